// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>

namespace Tarmac::Server {

// The API's one error shape: {"error": {"code", "message", "details"}} with the status code.
QHttpServerResponse errorResponse(QHttpServerResponse::StatusCode status, const QString &code, const QString &message,
    const QJsonObject &details = {});
// 201 with the created object and a Location of pathPrefix + its id.
QHttpServerResponse createdResponse(const QJsonObject &object, const QString &pathPrefix);
// 201 with the created object and the given Location, for resources not addressed by their id.
QHttpServerResponse createdResponseAt(const QJsonObject &object, const QString &location);

}
