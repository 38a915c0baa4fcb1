// SPDX-License-Identifier: GPL-3.0-or-later
#include "localdeployment.h"

#include "localreleases.h"

#include <QNetworkReply>
#include <QProcess>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace Tarmac::Server {

namespace {
// Without a health URL: a process still running after this long counts as started.
constexpr int GraceMs = 1000;
}

LocalDeployment::LocalDeployment(DeploymentJob job, LocalReleases &releases, int healthTimeoutMs, QObject *parent)
    : DeploymentTask(std::move(job), parent)
    , m_releases(releases)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(healthTimeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the release did not become healthy within %1 s").arg(m_deadline.interval() / 1000));
    });
    m_probe.setInterval(200);
    connect(&m_probe, &QTimer::timeout, this, &LocalDeployment::checkHealth);
}

LocalDeployment::~LocalDeployment()
{
    if (!m_done && m_process)
        LocalReleases::stop(m_process);
}

void LocalDeployment::start()
{
    if (m_job.runCommand.isEmpty()) {
        fail(QStringLiteral("service %1 has no run command for the local deployer").arg(m_job.service));
        return;
    }
    m_folder = m_releases.releaseFolder(m_job.service, m_job.environment, m_job.id);
    QString error;
    if (!writeBundle(m_job.bundle, m_folder, &error)) {
        fail(error);
        return;
    }
    Q_EMIT logLine(QStringLiteral("release folder %1").arg(m_folder), QStringLiteral("tarmacd"));
    m_process = new QProcess(this);
    forwardOutput(m_process);
    m_process->setProcessEnvironment(environment(m_folder));
    m_process->setWorkingDirectory(m_folder);
    connect(m_process, &QProcess::finished, this, [this](int code) {
        fail(QStringLiteral("the release exited with status %1 before it was healthy").arg(code));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError processError) {
        if (processError == QProcess::FailedToStart)
            fail(QStringLiteral("cannot start the run command: ") + m_process->errorString());
    });
    Q_EMIT logLine(QStringLiteral("$ ") + m_job.runCommand, QStringLiteral("tarmacd"));
#ifdef Q_OS_WIN
    m_process->start(QStringLiteral("cmd"), { QStringLiteral("/c"), m_job.runCommand });
#else
    // Its own process group, so that stopping the release stops what its shell started too.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    m_process->start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), m_job.runCommand });
#endif
    m_deadline.start();
    if (m_job.healthUrl.isEmpty())
        QTimer::singleShot(GraceMs, this, &LocalDeployment::checkHealth);
    else
        m_probe.start();
}

void LocalDeployment::checkHealth()
{
    if (m_done || !m_process)
        return;
    const auto healthy = [this] {
        m_done = true;
        m_probe.stop();
        m_deadline.stop();
        m_process->disconnect(this);
        QProcess *process = m_process;
        m_process = nullptr;
        m_releases.promote(m_job.service, m_job.environment, m_folder, process);
        Q_EMIT finished(true, QStringLiteral("the release is healthy and current"));
    };
    if (m_job.healthUrl.isEmpty()) {
        if (m_process->state() == QProcess::Running)
            healthy();
        return;
    }
    QNetworkRequest request { QUrl(m_job.healthUrl) };
    request.setTransferTimeout(1000);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, healthy] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!m_done && status >= 200 && status < 300) {
            Q_EMIT logLine(QStringLiteral("health check %1 answered %2").arg(m_job.healthUrl).arg(status),
                QStringLiteral("tarmacd"));
            healthy();
        }
    });
}

void LocalDeployment::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_probe.stop();
    m_deadline.stop();
    if (m_process) {
        m_process->disconnect(this);
        LocalReleases::stop(m_process);
        m_process = nullptr;
    }
    Q_EMIT finished(false, message);
}

void LocalDeployment::cancel()
{
    fail(QStringLiteral("cancelled"));
}

}
