// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformconnectionsmodel.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace Tarmac {

class PlatformConnection;

// The one place that decides which platform the workbench talks to. It points the workbench's
// single PlatformConnection (which every PlatformClient reads on each call) at the active entry of
// the connections list: starts the embedded tarmacd, or loads a remote one's CA file and its token
// from the keychain (off the GUI thread) and connects. Pages follow through the connection's
// targetChanged() and stateChanged().
class PlatformSwitcher : public QObject {
    Q_OBJECT
public:
    explicit PlatformSwitcher(PlatformConnection *connection, QObject *parent = nullptr);
    ~PlatformSwitcher() override;

    PlatformConnectionsModel *connections() const { return m_connections; }
    PlatformConnection *connection() const { return m_connection; }

    // Where the embedded platform's server and data are.
    void setEmbeddedServer(const QString &program, const QString &dataDir);
    // Connects to the active connection; with url, to the platform there instead (the connection
    // with that address when there is one, else a one-off that is not kept).
    void start(const QUrl &url = {});
    // Makes the connection with this id the active one (remembered for the next start) and connects.
    void activate(const QString &id);
    // Connects again to the active connection, reading its token and CA file anew.
    void reload();

    // Keeps token for the platform at url in the keychain; without one, for this session only (never
    // a file). Applied at once when url is the active platform. Reports through tokenSaved().
    void saveToken(const QUrl &url, const QByteArray &token);
    // Removes the keychain's token for url (when its connection is removed).
    void forgetToken(const QUrl &url);

    // Checks endpoint with token (empty: the one the keychain has) without changing the active
    // platform: the health answer and the platform's version, whether the token is accepted, or the
    // exact error. done(ok, text) is called on context's thread.
    void test(const PlatformEndpoint &endpoint, const QByteArray &token, QObject *context,
        std::function<void(bool ok, const QString &text)> done);

Q_SIGNALS:
    // The active remote platform has no token: keychainAvailable false means the user may enter one
    // for this session only. why: what the keychain said.
    void tokenNeeded(const QUrl &url, bool keychainAvailable, const QString &why);
    void tokenSaved(const QUrl &url, bool inKeychain, const QString &keychainError);

private:
    void connectTo(const PlatformEndpoint &endpoint);

    PlatformConnection *m_connection;
    PlatformConnectionsModel *m_connections;
    QString m_serverProgram;
    QString m_dataDir;
    PlatformEndpoint m_current; // what the connection points at (may be a one-off from the command line)
    quint64 m_generation = 0; // answers for an earlier switch are dropped
};

}
