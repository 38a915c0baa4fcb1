// SPDX-License-Identifier: GPL-3.0-or-later
#include "httperror.h"

namespace Tarmac::Server {

QHttpServerResponse errorResponse(
    QHttpServerResponse::StatusCode status, const QString &code, const QString &message, const QJsonObject &details)
{
    const QJsonObject error {
        { QStringLiteral("code"), code },
        { QStringLiteral("message"), message },
        { QStringLiteral("details"), details },
    };
    return QHttpServerResponse(QJsonObject { { QStringLiteral("error"), error } }, status);
}

QHttpServerResponse createdResponse(const QJsonObject &object, const QString &pathPrefix)
{
    return createdResponseAt(object, pathPrefix + object.value(QLatin1String("id")).toString());
}

QHttpServerResponse createdResponseAt(const QJsonObject &object, const QString &location)
{
    QHttpServerResponse response(object, QHttpServerResponse::StatusCode::Created);
    QHttpHeaders headers = response.headers();
    headers.append(QHttpHeaders::WellKnownHeader::Location, location.toUtf8());
    response.setHeaders(std::move(headers));
    return response;
}

}
