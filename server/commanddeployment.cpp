// SPDX-License-Identifier: GPL-3.0-or-later
#include "commanddeployment.h"

#ifndef Q_OS_WIN
#include <signal.h>
#include <unistd.h>
#endif

namespace Tarmac::Server {

CommandDeployment::CommandDeployment(DeploymentJob job, QString bundleFolder, QObject *parent)
    : DeploymentTask(std::move(job), parent)
    , m_bundleFolder(std::move(bundleFolder))
{
}

CommandDeployment::~CommandDeployment()
{
    if (m_process.state() != QProcess::NotRunning) {
#ifndef Q_OS_WIN
        ::kill(-pid_t(m_process.processId()), SIGKILL);
#endif
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void CommandDeployment::start()
{
    QString error;
    if (!writeBundle(m_job.bundle, m_bundleFolder, &error)) {
        Q_EMIT finished(false, error);
        return;
    }
    forwardOutput(&m_process);
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_cancelled)
            Q_EMIT finished(false, QStringLiteral("cancelled"));
        else if (status == QProcess::NormalExit && code == 0)
            Q_EMIT finished(true, QStringLiteral("the command succeeded"));
        else
            Q_EMIT finished(false,
                status == QProcess::CrashExit ? QStringLiteral("the command crashed")
                                              : QStringLiteral("the command exited with status %1").arg(code));
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError processError) {
        if (processError == QProcess::FailedToStart)
            Q_EMIT finished(false, QStringLiteral("cannot start the command: ") + m_process.errorString());
    });
    m_process.setProcessEnvironment(environment(m_bundleFolder));
    m_process.setWorkingDirectory(m_bundleFolder);
    Q_EMIT logLine(QStringLiteral("$ ") + m_job.command, QStringLiteral("tarmacd"));
#ifdef Q_OS_WIN
    m_process.start(QStringLiteral("cmd"), { QStringLiteral("/c"), m_job.command });
#else
    // Its own process group, so that a cancel stops everything the command started.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
    m_process.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), m_job.command });
#endif
}

void CommandDeployment::cancel()
{
    m_cancelled = true;
#ifdef Q_OS_WIN
    m_process.terminate();
#else
    if (m_process.state() != QProcess::NotRunning)
        ::kill(-pid_t(m_process.processId()), SIGTERM);
#endif
}

}
