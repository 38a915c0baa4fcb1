// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace Tarmac::Server {

// The TLS configuration for serving HTTPS from PEM files: certPath holds the server's certificate
// followed by any intermediate certificates, keyPath its private key (RSA or EC, not encrypted).
// On failure returns nothing and says what is wrong with which file in error.
std::optional<QSslConfiguration> loadTlsConfiguration(const QString &certPath, const QString &keyPath, QString *error);

}
