// SPDX-License-Identifier: GPL-3.0-or-later
#include "localreleases.h"

#include "core/logging.h"

#include <QDir>
#include <QProcess>
#include <QTimer>

#ifndef Q_OS_WIN
#include <signal.h>
#include <unistd.h>
#endif

#include <memory>

namespace Tarmac::Server {

LocalReleases::LocalReleases(QString root, QObject *parent)
    : QObject(parent)
    , m_root(std::move(root))
{
}

LocalReleases::~LocalReleases()
{
    for (const Release &release : std::as_const(m_releases))
        stop(release.process);
}

QString LocalReleases::releaseFolder(
    const QString &service, const QString &environment, const QString &deploymentId) const
{
    return QDir(m_root).filePath(service + u'/' + environment + u'/' + deploymentId);
}

void LocalReleases::stop(QProcess *process)
{
    if (!process)
        return;
    process->disconnect();
    if (process->state() != QProcess::NotRunning) {
#ifdef Q_OS_WIN
        process->terminate();
#else
        // The release runs in a process group of its own: stop all of it.
        ::kill(-pid_t(process->processId()), SIGTERM);
#endif
        if (!process->waitForFinished(5000)) {
#ifndef Q_OS_WIN
            ::kill(-pid_t(process->processId()), SIGKILL);
#endif
            process->kill();
            process->waitForFinished(2000);
        }
    }
    process->deleteLater();
}

void LocalReleases::promote(
    const QString &service, const QString &environment, const QString &folder, QProcess *process)
{
    const QString key = service + u'/' + environment;
    Release &release = m_releases[key];
    stop(release.process);
    // Keep the release before this one for a rollback; anything older goes.
    const QDir parent = QFileInfo(folder).dir();
    for (const QString &entry : parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString path = parent.filePath(entry);
        if (path != folder && path != release.folder)
            QDir(path).removeRecursively();
    }
    release.previousFolder = release.folder;
    release.folder = folder;
    release.process = process;
    process->setParent(this);
    // Supervision: a release that dies is started again after a pause that doubles each time (up
    // to a minute), so one that cannot stay up does not spin.
    auto restarts = std::make_shared<int>(0);
    connect(process, &QProcess::finished, this, [process, key, restarts](int code) {
        const int delay = std::min(60000, 1000 << std::min(*restarts, 6));
        ++*restarts;
        qCWarning(lcServer) << "release of" << key << "exited with" << code << "- restarting it in" << delay << "ms";
        QTimer::singleShot(delay, process, [process] { process->start(); });
    });
}

}
