// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deploymenttask.h"

#include <QNetworkAccessManager>
#include <QTimer>

class QProcess;

namespace Tarmac::Server {

class LocalReleases;

// The local deployer: writes the bundle to a new release folder, starts the service's run command
// there, waits for its health check (its health URL answering 2xx, or without one the process
// staying up for a grace period), then makes it the current release in place of the previous one,
// which keeps running until then (so a failed deployment leaves the old release serving).
class LocalDeployment : public DeploymentTask {
    Q_OBJECT
public:
    LocalDeployment(DeploymentJob job, LocalReleases &releases, int healthTimeoutMs, QObject *parent = nullptr);
    ~LocalDeployment() override;

    void start() override;
    void cancel() override;

private:
    void checkHealth();
    void fail(const QString &message);

    LocalReleases &m_releases;
    QString m_folder;
    QProcess *m_process = nullptr;
    QNetworkAccessManager m_network;
    QTimer m_probe;
    QTimer m_deadline;
    bool m_done = false;
};

}
