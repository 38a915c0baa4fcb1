// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformclient.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QUrl>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace Tarmac {
class PlatformConnection;
}

namespace Tarmac::Ctl {

// What every tarmacctl command that talks to a platform shares: --platform URL (default
// $TARMAC_PLATFORM) and the token ($TARMAC_TOKEN, else the keychain entry for that URL, the one the
// workbench's Platform connections dialog writes), and a client for it.
class PlatformOptions {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::Ctl::PlatformOptions)
public:
    PlatformOptions();
    ~PlatformOptions();

    // Adds --platform (and --ca-certificate) to a command's parser.
    void addTo(QCommandLineParser &parser) const;
    // Reads the options after parsing; on failure says why in error (for stderr) and returns false.
    bool resolve(const QCommandLineParser &parser, QString *error);

    QUrl url() const { return m_url; }
    // Where the token came from ("TARMAC_TOKEN", "the keychain", "none"), for --verbose and errors.
    QString tokenSource() const { return m_tokenSource; }
    PlatformClient *client() const { return m_client.get(); }

private:
    QCommandLineOption m_platformOption;
    QCommandLineOption m_caOption;
    QUrl m_url;
    QString m_tokenSource;
    std::unique_ptr<PlatformConnection> m_connection;
    std::unique_ptr<PlatformClient> m_client;
};

// The outcome of a call run to completion.
struct CallResult {
    ApiError error;
    QJsonValue json;
    bool fromCache = false;
    QDateTime cachedAt;
    bool ok() const { return error.kind == ApiError::Kind::None; }
};

// Runs a request in tarmacctl's event loop until it finishes (tarmacctl has no window to keep alive).
CallResult runSynchronously(ApiReply *reply);

// Reads a paged list until `wanted` items or its last page into `items`; requestPage(cursor, limit)
// makes one page's request. Returns the first failed page's result, or a successful one.
CallResult collectPages(
    int wanted, const std::function<ApiReply *(const QString &cursor, int limit)> &requestPage, QJsonArray *items);

}
