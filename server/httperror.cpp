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

}
