// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Tarmac::Server {

class DeploymentTask;
class LocalReleases;
struct ServerContext;

// Claims queued deployments from the database and carries them out with the environment's
// deployer. Several tarmacd instances may share one PostgreSQL: each claims with
// FOR UPDATE SKIP LOCKED, so no deployment runs twice; on SQLite one transaction does it.
// Woken at once by this instance's writes, and by a slow poll for the others'. Each instance
// records a heartbeat; a deployment left running by an instance that stopped beating (killed,
// crashed, its machine gone) is failed by the others, so it never stays "running" for ever.
class DeploymentRunner : public QObject {
    Q_OBJECT
public:
    explicit DeploymentRunner(ServerContext &context, QObject *parent = nullptr);
    ~DeploymentRunner() override;

    void start();
    // Looks for queued deployments soon (coalesced).
    void wake();
    QString instanceId() const { return m_instanceId; }
    int running() const { return int(m_tasks.size()); }

private:
    void pass();
    QString claim();
    void launch(const QString &deploymentId);
    void checkCancellations();
    // Says this instance is alive and fails the running deployments of instances that are not.
    void heartbeat();
    void failAbandoned();

    ServerContext &m_context;
    QString m_instanceId;
    QTimer m_poll;
    QTimer m_heartbeat;
    bool m_wakePending = false;
    std::unique_ptr<LocalReleases> m_localReleases;
    QHash<QString, DeploymentTask *> m_tasks;
};

}
