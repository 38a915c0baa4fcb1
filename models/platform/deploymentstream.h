// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformclient.h"
#include "platform/sseparser.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace Tarmac {

// Follows a deployment's event stream (GET /deployments/{id}/events, Server-Sent Events) until its
// terminal status. A cut connection, a stalled one or a platform that is briefly down is resumed
// after the stream's retry: time with Last-Event-ID, so no event is lost or seen twice.
class DeploymentStream : public QObject {
    Q_OBJECT
public:
    DeploymentStream(PlatformClient *client, QString deploymentId, QObject *parent = nullptr);
    ~DeploymentStream() override;

    // Starts reading after the event numbered afterEventId (0: from the beginning).
    void start(qint64 afterEventId = 0);
    void stop();

    QString deploymentId() const { return m_deploymentId; }
    qint64 lastEventId() const { return m_lastEventId; }
    bool isRunning() const { return m_running; }
    // Resumes in a row without a new event before giving up (the platform stays down).
    void setMaxResumes(int resumes) { m_maxResumes = resumes; }
    // With no byte (not even tarmacd's 15 s keep-alive) for this long, the connection counts as cut.
    void setStallTimeout(std::chrono::milliseconds timeout);
    // The wait before a resume when the stream gave no retry: (tarmacd gives 2 s).
    void setDefaultRetry(std::chrono::milliseconds retry) { m_defaultRetry = retry; }

Q_SIGNALS:
    void statusChanged(const QString &status, const QString &message, const QDateTime &at);
    void logLine(const QString &line, const QString &stream, const QDateTime &at);
    // The connection was cut; it is resumed after the given wait.
    void resuming(const Tarmac::ApiError &why, int attempt);
    // The deployment reached its terminal status (succeeded, failed or cancelled); the stream ends.
    void finished(const QString &status);
    // The stream cannot go on (token refused, deployment unknown, platform down for good).
    void failed(const Tarmac::ApiError &error);

private:
    void connectNow();
    void onReadyRead();
    void onReplyFinished();
    void dispatch(const SseEvent &event);
    void resumeLater(const ApiError &why);
    void end();

    PlatformClient *m_client;
    QString m_deploymentId;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QTimer m_resumeTimer;
    QTimer m_stallTimer;
    qint64 m_lastEventId = 0;
    qint64 m_lastEventIdAtConnect = 0;
    int m_failuresInRow = 0;
    int m_maxResumes = 20;
    std::chrono::milliseconds m_defaultRetry { 2000 };
    bool m_running = false;
    bool m_stalled = false;
    QByteArray m_errorBody;
};

}
