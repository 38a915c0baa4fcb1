// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace Tarmac::Server {

class Database;
class SqlBatch;

// A deployment's status changes and log lines, kept in the database (so any instance can stream
// them, and a client can resume from an event id), with a signal for streams in this process.
class DeploymentEvents : public QObject {
    Q_OBJECT
public:
    struct Event {
        qint64 seq = 0;
        QString kind; // status or log
        QJsonObject data;
    };

    explicit DeploymentEvents(Database &database, QObject *parent = nullptr);
    ~DeploymentEvents() override;

    // Appends an event and returns its number (1, 2, ... per deployment). Throws ApiError.
    qint64 append(const QString &deploymentId, const QString &kind, const QJsonObject &data);
    // A new deployment's first event, sent with the statements that create it: number 1, since no
    // other writer can see the deployment yet; nothing if the deployment was not written.
    void appendFirst(SqlBatch &batch, const QString &deploymentId, const QString &kind, const QJsonObject &data);
    void log(const QString &deploymentId, const QString &line, const QString &stream = QStringLiteral("stdout"));
    // Records a new status on the deployment and as an event, in a transaction of its own (not
    // inside another); terminal statuses set finished_at.
    void setStatus(const QString &deploymentId, const QString &status, const QString &message = {});
    QList<Event> since(const QString &deploymentId, qint64 afterSeq) const;

    static bool isTerminal(const QString &status);

    // setStatus() inside a transaction the caller holds.
    void recordStatus(const QString &deploymentId, const QString &status, const QString &message);

Q_SIGNALS:
    // Once the transaction that appended to deploymentId has committed.
    void appended(const QString &deploymentId);

private:
    void announceAfterCommit(const QString &deploymentId);

    Database &m_database;
};

}
