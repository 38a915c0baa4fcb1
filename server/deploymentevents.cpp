// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymentevents.h"

#include "apierror.h"
#include "database.h"
#include "metrics/dorapoint.h"
#include "sql.h"
#include "sqlbatch.h"

#include <QJsonDocument>

namespace Tarmac::Server {

DeploymentEvents::DeploymentEvents(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

DeploymentEvents::~DeploymentEvents() = default;

bool DeploymentEvents::isTerminal(const QString &status)
{
    return status == QLatin1String("succeeded") || status == QLatin1String("failed")
        || status == QLatin1String("cancelled");
}

namespace {
// The next number and the row in one statement.
const QString appendStatement
    = QStringLiteral("INSERT INTO deployment_events (deployment_id, seq, kind, data, at) "
                     "SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, CAST(? AS BIGINT) FROM deployment_events "
                     "WHERE deployment_id = ? RETURNING seq");

// An event's data as stored, with its time, and that time.
std::pair<QString, qint64> stamped(const QJsonObject &data)
{
    const qint64 at = nowMs();
    QJsonObject withTime = data;
    withTime.insert(QStringLiteral("at"), Metrics::formatTimestamp(at));
    return { QString::fromUtf8(QJsonDocument(withTime).toJson(QJsonDocument::Compact)), at };
}
}

qint64 DeploymentEvents::append(const QString &deploymentId, const QString &kind, const QJsonObject &data)
{
    const auto [text, at] = stamped(data);
    // Two writers (the runner and a cancel on another instance) may race for the next number: the
    // primary key stops the second, which takes the number after.
    for (int attempt = 0;; ++attempt) {
        qint64 seq = 0;
        try {
            SqlStatement inserted(m_database, appendStatement, { deploymentId, kind, text, at, deploymentId });
            if (inserted.next())
                seq = inserted.value(0).toLongLong();
        } catch (const ApiError &error) {
            if (error.status() == QHttpServerResponse::StatusCode::Conflict && attempt < 5)
                continue;
            throw;
        }
        announceAfterCommit(deploymentId);
        return seq;
    }
}

void DeploymentEvents::appendFirst(
    SqlBatch &batch, const QString &deploymentId, const QString &kind, const QJsonObject &data)
{
    // Number 1, and nothing when the deployment was not written (the batch's checks then undo it).
    const auto [text, at] = stamped(data);
    batch.add(QStringLiteral("INSERT INTO deployment_events (deployment_id, seq, kind, data, at) "
                             "SELECT d.id, 1, ?, ?, CAST(? AS BIGINT) FROM deployments d WHERE d.id = ?"),
        { kind, text, at, deploymentId });
    announceAfterCommit(deploymentId);
}

void DeploymentEvents::announceAfterCommit(const QString &deploymentId)
{
    // Streams read on this connection: told before the commit, they could send an event that
    // then rolls back. Queued, because a commit can happen inside a stream's own read (an open
    // write batch commits before it), which must not start another read of the same stream.
    m_database.afterCommit([this, deploymentId] {
        QMetaObject::invokeMethod(this, [this, deploymentId] { Q_EMIT appended(deploymentId); }, Qt::QueuedConnection);
    });
}

void DeploymentEvents::log(const QString &deploymentId, const QString &line, const QString &stream)
{
    append(deploymentId, QStringLiteral("log"),
        { { QStringLiteral("line"), line }, { QStringLiteral("stream"), stream } });
}

void DeploymentEvents::setStatus(const QString &deploymentId, const QString &status, const QString &message)
{
    // The status and its event together, so a stream never sees one without the other.
    QString error;
    if (!m_database.beginWrite(&error))
        throw ApiError::internal(error);
    try {
        recordStatus(deploymentId, status, message);
        if (!m_database.commit(&error))
            throw ApiError::internal(error);
    } catch (...) {
        m_database.rollback();
        throw;
    }
}

void DeploymentEvents::recordStatus(const QString &deploymentId, const QString &status, const QString &message)
{
    const qint64 now = nowMs();
    if (isTerminal(status)) {
        sqlExec(m_database,
            QStringLiteral("UPDATE deployments SET status = ?, message = ?, finished_at = ? WHERE id = ?"),
            { status, message, now, deploymentId });
    } else if (status == QLatin1String("running")) {
        sqlExec(m_database,
            QStringLiteral("UPDATE deployments SET status = ?, message = ?, started_at = COALESCE(started_at, ?) "
                           "WHERE id = ?"),
            { status, message, now, deploymentId });
    } else {
        sqlExec(m_database, QStringLiteral("UPDATE deployments SET status = ?, message = ? WHERE id = ?"),
            { status, message, deploymentId });
    }
    append(deploymentId, QStringLiteral("status"),
        { { QStringLiteral("status"), status }, { QStringLiteral("message"), message } });
}

QList<DeploymentEvents::Event> DeploymentEvents::since(const QString &deploymentId, qint64 afterSeq) const
{
    QSqlQuery query = sqlExec(m_database,
        QStringLiteral(
            "SELECT seq, kind, data FROM deployment_events WHERE deployment_id = ? AND seq > ? ORDER BY seq"),
        { deploymentId, afterSeq });
    QList<Event> events;
    while (query.next()) {
        events.append({ query.value(0).toLongLong(), query.value(1).toString(),
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object() });
    }
    return events;
}

}
