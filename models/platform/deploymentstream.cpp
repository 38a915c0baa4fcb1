// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/deploymentstream.h"

#include "core/logging.h"
#include "platform/platformconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Tarmac {

namespace {
bool isTerminal(const QString &status)
{
    return status == "succeeded"_L1 || status == "failed"_L1 || status == "cancelled"_L1;
}
}

DeploymentStream::DeploymentStream(PlatformClient *client, QString deploymentId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_deploymentId(std::move(deploymentId))
{
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &DeploymentStream::connectNow);
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(std::chrono::seconds(45));
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_stalled = true;
        m_reply->abort();
    });
}

DeploymentStream::~DeploymentStream()
{
    stop();
}

void DeploymentStream::setStallTimeout(std::chrono::milliseconds timeout)
{
    m_stallTimer.setInterval(timeout);
}

void DeploymentStream::start(qint64 afterEventId)
{
    stop();
    m_lastEventId = afterEventId;
    m_failuresInRow = 0;
    m_running = true;
    connectNow();
}

void DeploymentStream::stop()
{
    m_running = false;
    m_resumeTimer.stop();
    m_stallTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void DeploymentStream::connectNow()
{
    if (!m_running)
        return;
    QNetworkRequest request = m_client->request(u"/deployments/"_s + m_deploymentId + u"/events"_s);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (m_lastEventId > 0)
        request.setRawHeader(QByteArrayLiteral("Last-Event-ID"), QByteArray::number(m_lastEventId));
    m_parser.resetPartial();
    m_errorBody.clear();
    m_stalled = false;
    m_lastEventIdAtConnect = m_lastEventId;
    QNetworkReply *reply = m_client->network()->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &DeploymentStream::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &DeploymentStream::onReplyFinished);
    m_stallTimer.start();
}

void DeploymentStream::onReadyRead()
{
    if (!m_reply)
        return;
    m_stallTimer.start();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_reply->readAll();
    if (status >= 300) {
        m_errorBody += bytes; // an error document, read when the reply ends
        return;
    }
    const QList<SseEvent> events = m_parser.feed(bytes);
    for (const SseEvent &event : events) {
        dispatch(event);
        if (!m_running)
            return;
    }
}

void DeploymentStream::dispatch(const SseEvent &event)
{
    bool ok = false;
    const qint64 id = event.id.toLongLong(&ok);
    // A replayed event (a server that ignored Last-Event-ID) is not shown twice.
    if (ok && id <= m_lastEventId)
        return;
    if (ok)
        m_lastEventId = id;
    m_failuresInRow = 0;
    const QJsonObject data = QJsonDocument::fromJson(event.data.toUtf8()).object();
    const QDateTime at = QDateTime::fromString(data.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    if (event.type == "log"_L1) {
        Q_EMIT logLine(
            data.value(QLatin1String("line")).toString(), data.value(QLatin1String("stream")).toString(), at);
    } else if (event.type == "status"_L1) {
        const QString status = data.value(QLatin1String("status")).toString();
        Q_EMIT statusChanged(status, data.value(QLatin1String("message")).toString(), at);
        if (isTerminal(status)) {
            end();
            Q_EMIT finished(status);
        }
    }
}

void DeploymentStream::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_stallTimer.stop();
    m_reply.clear();
    reply->deleteLater();
    if (!m_running)
        return;
    // Whatever was still buffered (a last event before a clean close).
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 300) {
        for (const SseEvent &event : m_parser.feed(reply->readAll())) {
            dispatch(event);
            if (!m_running)
                return;
        }
    } else {
        m_errorBody += reply->readAll();
    }

    ApiError error;
    error.where = u"GET "_s + reply->url().toDisplayString(QUrl::RemoveQuery);
    if (!apiErrorFromReply(reply, m_errorBody, m_stalled, &error)) {
        // A clean end without a terminal status: the connection was cut (a proxy, a restart).
        error.kind = ApiError::Kind::Network;
        error.message = tr("the event stream ended before the deployment finished");
    }
    if (error.kind == ApiError::Kind::Http && error.httpStatus < 500 && error.httpStatus != 429) {
        end();
        Q_EMIT failed(error); // a refused token or an unknown deployment does not heal by waiting
        return;
    }
    if (error.kind == ApiError::Kind::Tls) {
        end();
        Q_EMIT failed(error);
        return;
    }
    resumeLater(error);
}

void DeploymentStream::resumeLater(const ApiError &why)
{
    if (m_lastEventId == m_lastEventIdAtConnect)
        ++m_failuresInRow;
    if (m_failuresInRow > m_maxResumes) {
        end();
        Q_EMIT failed(why);
        return;
    }
    // The stream's retry: time, longer while the platform stays away (up to 8x).
    const auto base = std::chrono::milliseconds(m_parser.retryMs().value_or(int(m_defaultRetry.count())));
    const auto wait = base * (1 << std::min(std::max(m_failuresInRow - 1, 0), 3));
    qCInfo(lcPlatform) << "event stream of" << m_deploymentId << "cut after event" << m_lastEventId << ":"
                       << why.message << "- resuming in" << wait.count() << "ms";
    Q_EMIT resuming(why, m_failuresInRow);
    m_resumeTimer.start(wait);
}

void DeploymentStream::end()
{
    m_running = false;
    m_resumeTimer.stop();
    m_stallTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

}
