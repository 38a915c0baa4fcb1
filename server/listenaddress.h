// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

namespace Tarmac::Server {

// HOST:PORT as given to --listen: 127.0.0.1:8470, [::1]:0, localhost:8470. Port 0 lets the
// system pick a free port.
struct ListenAddress {
    QHostAddress host;
    quint16 port = 0;

    // Parses text; on failure returns false and says why in error.
    static bool parse(const QString &text, ListenAddress *address, QString *error);
};

}
