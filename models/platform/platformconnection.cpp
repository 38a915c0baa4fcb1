// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/platformconnection.h"

#include "core/logging.h"
#include "platform/localplatformprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace std::chrono_literals;

namespace Tarmac {

namespace {
constexpr auto healthTimeout = 5s;
constexpr auto healthRetryDelay = 250ms;
// A freshly started local server may need a moment before it answers; a remote one gets one try
// per reconnect so that a down server is reported quickly.
constexpr int embeddedHealthAttempts = 20;
}

PlatformConnection::PlatformConnection(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(healthRetryDelay);
    connect(&m_retryTimer, &QTimer::timeout, this, &PlatformConnection::checkHealth);
}

PlatformConnection::~PlatformConnection()
{
    stop();
}

void PlatformConnection::startEmbedded(const QString &serverProgram, const QString &dataDir)
{
    stop();
    m_kind = Kind::Embedded;
    m_serverProgram = serverProgram;
    m_dataDir = dataDir;
    m_baseUrl.clear();
    Q_EMIT targetChanged();
    if (!m_local) {
        m_local = new LocalPlatformProcess(this);
        connect(m_local, &LocalPlatformProcess::listening, this, [this](const QUrl &url) {
            m_baseUrl = url;
            m_healthAttempts = 0;
            checkHealth();
        });
        connect(m_local, &LocalPlatformProcess::failed, this, [this](const QString &reason) {
            m_retryTimer.stop();
            if (m_healthReply)
                m_healthReply->abort();
            setState(State::Failed, reason);
        });
    }
    setState(State::Starting);
    m_local->start(serverProgram, dataDir);
}

void PlatformConnection::connectRemote(const QUrl &baseUrl)
{
    stop();
    m_kind = Kind::Remote;
    m_baseUrl = baseUrl;
    m_healthAttempts = 0;
    Q_EMIT targetChanged();
    setState(State::Starting);
    checkHealth();
}

void PlatformConnection::setRemote(const QUrl &baseUrl)
{
    stop();
    m_kind = Kind::Remote;
    m_baseUrl = baseUrl;
    Q_EMIT targetChanged();
    setState(State::Idle);
}

void PlatformConnection::failRemote(const QUrl &baseUrl, const QString &reason)
{
    stop();
    m_kind = Kind::Remote;
    m_baseUrl = baseUrl;
    Q_EMIT targetChanged();
    setState(State::Failed, reason);
}

void PlatformConnection::reconnect()
{
    if (m_kind == Kind::Embedded && (!m_local || !m_local->isRunning())) {
        startEmbedded(m_serverProgram, m_dataDir);
        return;
    }
    if (m_baseUrl.isEmpty())
        return;
    m_healthAttempts = 0;
    setState(State::Starting);
    checkHealth();
}

void PlatformConnection::stop()
{
    m_retryTimer.stop();
    if (m_healthReply)
        m_healthReply->abort();
    if (m_local)
        m_local->stop();
}

QByteArray PlatformConnection::token() const
{
    if (m_kind == Kind::Remote)
        return m_remoteToken;
    return m_local ? m_local->token() : QByteArray();
}

QSslConfiguration PlatformConnection::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_caCertificates.isEmpty())
        configuration.addCaCertificates(m_caCertificates);
    return configuration;
}

QString PlatformConnection::statusText() const
{
    QString where;
    if (m_kind == Kind::Embedded)
        where = tr("Local platform");
    else if (m_displayName.isEmpty())
        where = tr("Platform %1").arg(m_baseUrl.adjusted(QUrl::RemoveUserInfo).authority());
    else
        where = tr("%1 at %2").arg(m_displayName, m_baseUrl.adjusted(QUrl::RemoveUserInfo).authority());
    switch (m_state) {
    case State::Idle:
        return tr("%1: not started").arg(where);
    case State::Starting:
        return tr("%1: starting").arg(where);
    case State::Connected:
        return tr("%1: connected").arg(where);
    case State::Failed:
        return tr("%1: failed (%2)").arg(where, m_failureReason);
    }
    Q_UNREACHABLE_RETURN(QString());
}

void PlatformConnection::setState(State state, const QString &failureReason)
{
    if (state == m_state && failureReason == m_failureReason)
        return;
    m_state = state;
    m_failureReason = failureReason;
    Q_EMIT stateChanged(state);
}

void PlatformConnection::checkHealth()
{
    if (m_healthReply)
        m_healthReply->abort();
    ++m_healthAttempts;
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/api/v1/health"));
    QNetworkRequest request(url);
    request.setTransferTimeout(healthTimeout);
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(sslConfiguration());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->get(request);
    m_healthReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onHealthReply(reply); });
}

void PlatformConnection::onHealthReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_healthReply)
        return; // superseded by a newer check
    m_healthReply.clear();
    if (reply->error() == QNetworkReply::OperationCanceledError && m_state != State::Starting)
        return;

    QString problem;
    if (reply->error() != QNetworkReply::NoError) {
        problem = reply->errorString();
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            problem = tr("the health check did not answer with JSON (%1)").arg(parseError.errorString());
        else if (doc.object().value(QLatin1String("status")).toString() != QLatin1String("ok"))
            problem
                = tr("the platform reports status \"%1\"").arg(doc.object().value(QLatin1String("status")).toString());
    }

    if (problem.isEmpty()) {
        qCInfo(lcPlatform) << "connected to" << m_baseUrl.toString();
        setState(State::Connected);
        return;
    }
    const int attempts = m_kind == Kind::Embedded ? embeddedHealthAttempts : 1;
    if (m_healthAttempts < attempts) {
        m_retryTimer.start();
        return;
    }
    setState(State::Failed, problem);
}

}
