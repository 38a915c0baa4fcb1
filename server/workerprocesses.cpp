// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerprocesses.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QTimer>
#include <QtGlobal>

// Linux only: a worker must not outlive a parent killed with SIGKILL, and prctl is how.
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace Tarmac::Server {

WorkerProcesses::WorkerProcesses(
    const QString &listen, const QStringList &arguments, QByteArray sessionToken, QObject *parent)
    : QObject(parent)
    , m_arguments(workerArguments(arguments, listen))
    , m_sessionToken(std::move(sessionToken))
{
}

WorkerProcesses::~WorkerProcesses()
{
    m_stopping = true;
    for (const auto &worker : m_workers)
        worker->terminate();
    for (const auto &worker : m_workers) {
        if (!worker->waitForFinished(10000))
            worker->kill();
    }
}

QStringList WorkerProcesses::workerArguments(const QStringList &arguments, const QString &listen)
{
    // Standard input and the number of workers are this process's to act on.
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--stop-when-stdin-closes") || argument.startsWith(QLatin1String("--workers="))
            || argument.startsWith(QLatin1String("--listen=")))
            continue;
        if (argument == QLatin1String("--workers") || argument == QLatin1String("--listen")) {
            ++i;
            continue;
        }
        kept.append(argument);
    }
    return kept << QStringLiteral("--listen") << listen << QStringLiteral("--worker");
}

void WorkerProcesses::start(int count)
{
    for (int i = 0; i < count; ++i) {
        auto worker = std::make_unique<QProcess>();
        QProcess *process = worker.get();
        connect(process, &QProcess::finished, this, [this, process](int code, QProcess::ExitStatus status) {
            if (m_stopping)
                return;
            qCWarning(lcServer) << "worker" << process->processId() << "stopped"
                                << (status == QProcess::CrashExit ? QStringLiteral("by a crash")
                                                                  : QStringLiteral("with status %1").arg(code))
                                << "; starting another in a second";
            QTimer::singleShot(1000, this, [this, process] {
                if (!m_stopping)
                    startWorker(*process);
            });
        });
        m_workers.push_back(std::move(worker));
        startWorker(*process);
    }
}

void WorkerProcesses::startWorker(QProcess &worker)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // main() took it out of this process's environment, so that nothing else we start sees it.
    if (!m_sessionToken.isEmpty())
        environment.insert(QStringLiteral("TARMACD_SESSION_TOKEN"), QString::fromUtf8(m_sessionToken));
    worker.setProcessEnvironment(environment);
    // This process already said where it listens; the workers' own log goes to our stderr.
    worker.setStandardOutputFile(QProcess::nullDevice());
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    worker.setStandardInputFile(QProcess::nullDevice());
    const pid_t parent = getpid();
    worker.setChildProcessModifier([parent] {
        // Between fork and exec: only async-signal-safe calls.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
    worker.start(QCoreApplication::applicationFilePath(), m_arguments);
}

}

#endif
