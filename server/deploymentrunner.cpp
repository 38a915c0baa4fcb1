// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymentrunner.h"

#include "apierror.h"
#include "commanddeployment.h"
#include "core/logging.h"
#include "database.h"
#include "deploymentevents.h"
#include "localdeployment.h"
#include "localreleases.h"
#include "servercontext.h"
#include "sql.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>

namespace Tarmac::Server {

DeploymentRunner::DeploymentRunner(ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_localReleases(
          std::make_unique<LocalReleases>(QDir(context.settings.stateDirectory).filePath(QStringLiteral("releases"))))
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        checkCancellations();
        pass();
    });
    // Several beats per timeout, so one late beat never makes a live instance look dead.
    m_heartbeat.setInterval(std::max(250, std::min(10000, m_context.settings.instanceTimeoutMs / 4)));
    connect(&m_heartbeat, &QTimer::timeout, this, &DeploymentRunner::heartbeat);
}

DeploymentRunner::~DeploymentRunner()
{
    // Whatever is still running did not finish: say so rather than leave it "running" forever.
    const QList<DeploymentTask *> tasks = m_tasks.values();
    m_tasks.clear();
    for (DeploymentTask *task : tasks) {
        task->disconnect(this);
        try {
            m_context.events.setStatus(
                task->job().id, QStringLiteral("failed"), QStringLiteral("tarmacd stopped while it ran"));
        } catch (const ApiError &) {
        }
        delete task;
    }
    try {
        sqlExec(m_context.database, QStringLiteral("DELETE FROM server_instances WHERE id = ?"), { m_instanceId });
    } catch (const ApiError &) {
    }
}

void DeploymentRunner::start()
{
    try {
        const qint64 now = nowMs();
        sqlExec(m_context.database,
            QStringLiteral("INSERT INTO server_instances (id, started_at, seen_at) VALUES (?, ?, ?)"),
            { m_instanceId, now, now });
    } catch (const ApiError &error) {
        qCWarning(lcServer) << "cannot record this instance:" << error.message();
    }
    m_heartbeat.start();
    failAbandoned();
    m_poll.start();
    wake();
}

void DeploymentRunner::wake()
{
    if (m_wakePending)
        return;
    m_wakePending = true;
    QTimer::singleShot(0, this, [this] {
        m_wakePending = false;
        checkCancellations();
        pass();
    });
}

void DeploymentRunner::pass()
{
    while (m_tasks.size() < m_context.settings.maxConcurrentDeployments) {
        QString id;
        try {
            id = claim();
        } catch (const ApiError &error) {
            qCWarning(lcServer) << "cannot claim a deployment:" << error.message();
            return;
        }
        if (id.isEmpty())
            return;
        launch(id);
    }
}

QString DeploymentRunner::claim()
{
    Database &db = m_context.database;
    QString error;
    if (!db.beginWrite(&error))
        throw ApiError::internal(error);
    try {
        QString id;
        const qint64 now = nowMs();
        if (db.kind() == QLatin1String("postgres")) {
            SqlStatement q(db,
                QStringLiteral("UPDATE deployments SET status = 'running', claimed_by = ?, started_at = ? WHERE id = ("
                               "SELECT id FROM deployments WHERE status = 'queued' ORDER BY created_at, id LIMIT 1 "
                               "FOR UPDATE SKIP LOCKED) RETURNING id"),
                { m_instanceId, now });
            if (q.next())
                id = q.value(0).toString();
        } else {
            SqlStatement q(db,
                QStringLiteral("SELECT id FROM deployments WHERE status = 'queued' ORDER BY created_at, id LIMIT 1"));
            if (q.next()) {
                id = q.value(0).toString();
                SqlStatement claimed(db,
                    QStringLiteral("UPDATE deployments SET status = 'running', claimed_by = ?, started_at = ? "
                                   "WHERE id = ? AND status = 'queued'"),
                    { m_instanceId, now, id });
                // Another process sharing the file took it first.
                if (claimed.numRowsAffected() != 1)
                    id.clear();
            }
        }
        if (!id.isEmpty())
            m_context.events.append(id, QStringLiteral("status"),
                { { QStringLiteral("status"), QStringLiteral("running") }, { QStringLiteral("message"), QString() } });
        if (!db.commit(&error))
            throw ApiError::internal(error);
        return id;
    } catch (...) {
        db.rollback();
        throw;
    }
}

void DeploymentRunner::launch(const QString &deploymentId)
{
    DeploymentJob job;
    QString deployer;
    try {
        QSqlQuery q = sqlExec(m_context.database,
            QStringLiteral("SELECT s.name, e.name, e.production, e.deployer, d.version, d.sha, d.intent, d.bundle, "
                           "s.run_command, s.health_url FROM deployments d JOIN services s ON s.id = d.service_id "
                           "JOIN environments e ON e.id = d.environment_id WHERE d.id = ?"),
            { deploymentId });
        if (!q.next())
            return;
        job.id = deploymentId;
        job.service = q.value(0).toString();
        job.environment = q.value(1).toString();
        job.production = q.value(2).toInt() != 0;
        deployer = q.value(3).toString();
        job.version = q.value(4).toString();
        job.sha = q.value(5).toString();
        job.intent = q.value(6).toString();
        job.bundle = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        job.runCommand = q.value(8).toString();
        job.healthUrl = q.value(9).toString();
        for (const EnvironmentSettings &environment : std::as_const(m_context.settings.environments)) {
            if (environment.name == job.environment)
                job.command = environment.command;
        }
    } catch (const ApiError &error) {
        qCWarning(lcServer) << "cannot load deployment" << deploymentId << error.message();
        return;
    }

    const auto finish = [this, deploymentId](bool ok, const QString &message) {
        try {
            m_context.events.setStatus(
                deploymentId, ok ? QStringLiteral("succeeded") : QStringLiteral("failed"), message);
        } catch (const ApiError &error) {
            qCWarning(lcServer) << "cannot record the end of" << deploymentId << error.message();
        }
    };
    DeploymentTask *task = nullptr;
    if (deployer == QLatin1String("local")) {
        task = new LocalDeployment(job, *m_localReleases, m_context.settings.healthTimeoutMs, this);
    } else if (deployer == QLatin1String("command") && !job.command.isEmpty()) {
        task = new CommandDeployment(
            job, QDir(m_context.settings.stateDirectory).filePath(QStringLiteral("bundles/") + deploymentId), this);
    } else if (deployer == QLatin1String("command")) {
        finish(false, QStringLiteral("environment %1 has no command configured in this tarmacd").arg(job.environment));
        return;
    } else {
        // record: the platform only keeps the record; something else does the deploying.
        finish(true, QStringLiteral("recorded; environment %1 has no deployer").arg(job.environment));
        return;
    }
    m_tasks.insert(deploymentId, task);
    connect(task, &DeploymentTask::logLine, this, [this, deploymentId](const QString &line, const QString &stream) {
        try {
            m_context.events.log(deploymentId, line, stream);
        } catch (const ApiError &error) {
            qCWarning(lcServer) << "cannot store a log line of" << deploymentId << error.message();
        }
    });
    connect(task, &DeploymentTask::finished, this, [this, deploymentId, finish, task](bool ok, const QString &message) {
        if (!m_tasks.remove(deploymentId))
            return;
        try {
            QSqlQuery q = sqlExec(m_context.database,
                QStringLiteral("SELECT cancel_requested FROM deployments WHERE id = ?"), { deploymentId });
            if (!ok && q.next() && q.value(0).toInt() == 1)
                m_context.events.setStatus(deploymentId, QStringLiteral("cancelled"), message);
            else
                finish(ok, message);
        } catch (const ApiError &error) {
            qCWarning(lcServer) << "cannot record the end of" << deploymentId << error.message();
        }
        task->deleteLater();
        wake();
    });
    task->start();
}

void DeploymentRunner::heartbeat()
{
    try {
        sqlExec(m_context.database, QStringLiteral("UPDATE server_instances SET seen_at = ? WHERE id = ?"),
            { nowMs(), m_instanceId });
    } catch (const ApiError &error) {
        qCWarning(lcServer) << "cannot record a heartbeat:" << error.message();
    }
    failAbandoned();
}

void DeploymentRunner::failAbandoned()
{
    Database &db = m_context.database;
    const qint64 cutoff = nowMs() - m_context.settings.instanceTimeoutMs;
    try {
        // Instances gone for a day are forgotten; their deployments were failed long ago.
        sqlExec(
            db, QStringLiteral("DELETE FROM server_instances WHERE seen_at < ?"), { cutoff - 24LL * 60 * 60 * 1000 });
        QSqlQuery q = sqlExec(db,
            QStringLiteral("SELECT id, claimed_by FROM deployments WHERE status = 'running' AND claimed_by <> ? "
                           "AND claimed_by NOT IN (SELECT id FROM server_instances WHERE seen_at >= ?)"),
            { m_instanceId, cutoff });
        QList<std::pair<QString, QString>> abandoned;
        while (q.next())
            abandoned.append({ q.value(0).toString(), q.value(1).toString() });
        for (const auto &[deploymentId, instance] : std::as_const(abandoned)) {
            QString error;
            if (!db.beginWrite(&error))
                throw ApiError::internal(error);
            try {
                // Taking it over first: of several live instances, exactly one records the failure.
                QSqlQuery taken = sqlExec(db,
                    QStringLiteral("UPDATE deployments SET claimed_by = ? WHERE id = ? AND status = 'running' "
                                   "AND claimed_by = ?"),
                    { m_instanceId, deploymentId, instance });
                if (taken.numRowsAffected() == 1) {
                    m_context.events.recordStatus(deploymentId, QStringLiteral("failed"),
                        QStringLiteral("the tarmacd instance that ran it stopped answering; check the target "
                                       "before deploying again"));
                    qCWarning(lcServer) << "failed" << deploymentId << "left running by stopped instance" << instance;
                }
                if (!db.commit(&error))
                    throw ApiError::internal(error);
            } catch (...) {
                db.rollback();
                throw;
            }
        }
    } catch (const ApiError &error) {
        qCWarning(lcServer) << "cannot look for abandoned deployments:" << error.message();
    }
}

void DeploymentRunner::checkCancellations()
{
    if (m_tasks.isEmpty())
        return;
    try {
        QSqlQuery q = sqlExec(m_context.database,
            QStringLiteral(
                "SELECT id FROM deployments WHERE claimed_by = ? AND status = 'running' AND cancel_requested = 1"),
            { m_instanceId });
        while (q.next()) {
            if (DeploymentTask *task = m_tasks.value(q.value(0).toString()))
                task->cancel();
        }
    } catch (const ApiError &error) {
        qCWarning(lcServer) << "cannot look for cancellations:" << error.message();
    }
}

}
