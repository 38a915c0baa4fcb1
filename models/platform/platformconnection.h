// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Tarmac {

class LocalPlatformProcess;

// The workbench's link to one platform: either the embedded local tarmacd it starts itself, or a
// platform at a URL. Tracks whether the platform answers its health check; never blocks.
class PlatformConnection : public QObject {
    Q_OBJECT
public:
    enum class Kind {
        Embedded,
        Remote,
    };
    Q_ENUM(Kind)
    enum class State {
        Idle,
        Starting,
        Connected,
        Failed,
    };
    Q_ENUM(State)

    explicit PlatformConnection(QObject *parent = nullptr);
    ~PlatformConnection() override;

    // Starts tarmacd (serverProgram) as a child process with its SQLite database in dataDir.
    void startEmbedded(const QString &serverProgram, const QString &dataDir);
    // Uses the platform at baseUrl (for example http://127.0.0.1:8470).
    void connectRemote(const QUrl &baseUrl);
    // Points at baseUrl without a health check, for programs whose first call shows whether it
    // answers (tarmacctl).
    void setRemote(const QUrl &baseUrl);
    // Points at a remote platform that cannot be used as configured (its CA file cannot be read...):
    // failed with reason, without a health check.
    void failRemote(const QUrl &baseUrl, const QString &reason);
    // Checks the platform again after a failure; restarts the embedded server if it stopped.
    void reconnect();
    // Stops the embedded server, if any. Also done on destruction.
    void stop();

    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString failureReason() const { return m_failureReason; }
    // Bearer token for API calls; empty until a remote connection has one.
    QByteArray token() const;
    // The token of a remote platform (from the keychain, or pasted for this session). Kept in memory only.
    void setToken(const QByteArray &token) { m_remoteToken = token; }
    // Certificates trusted besides the system's, for a platform with a private CA. Verification
    // stays on either way.
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_caCertificates = certificates; }
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }
    // What every request to this platform uses: peer verification on, plus the extra CAs.
    QSslConfiguration sslConfiguration() const;
    // The connection's name for people ("staging"); the status says it beside the address.
    void setDisplayName(const QString &name) { m_displayName = name; }
    QString displayName() const { return m_displayName; }
    // "Local platform: connected", "Platform example.org: failed (why)" and so on.
    QString statusText() const;

Q_SIGNALS:
    void stateChanged(Tarmac::PlatformConnection::State state);
    // Now pointing at another platform (or the same one anew): what was loaded from the last one is stale.
    void targetChanged();

private:
    void setState(State state, const QString &failureReason = {});
    void checkHealth();
    void onHealthReply(QNetworkReply *reply);

    Kind m_kind = Kind::Embedded;
    State m_state = State::Idle;
    QUrl m_baseUrl;
    QString m_failureReason;
    QString m_serverProgram;
    QString m_dataDir;
    LocalPlatformProcess *m_local = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_healthReply;
    QTimer m_retryTimer;
    int m_healthAttempts = 0;
    QByteArray m_remoteToken;
    QString m_displayName;
    QList<QSslCertificate> m_caCertificates;
};

}
