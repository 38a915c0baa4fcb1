// SPDX-License-Identifier: GPL-3.0-or-later
#include "listenaddress.h"

#include <QUrl>

namespace Tarmac::Server {

bool ListenAddress::parse(const QString &text, ListenAddress *address, QString *error)
{
    const QUrl url(QStringLiteral("tcp://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty() || url.port() < 0) {
        *error = QStringLiteral("'%1' is not HOST:PORT (for example 127.0.0.1:8470)").arg(text);
        return false;
    }
    const QString host = url.host();
    if (host == QLatin1String("localhost")) {
        address->host = QHostAddress(QHostAddress::LocalHost);
    } else if (!address->host.setAddress(host)) {
        *error = QStringLiteral("'%1' is not an IP address (give a numeric address or localhost)").arg(host);
        return false;
    }
    address->port = quint16(url.port());
    return true;
}

}
