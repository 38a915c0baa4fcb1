// SPDX-License-Identifier: GPL-3.0-or-later
#include "localreleases.h"

#include "core/logging.h"

#include <QDir>
#include <QProcess>

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
        process->terminate();
        if (!process->waitForFinished(5000)) {
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
    // Supervision: a release that dies is logged and started again.
    connect(process, &QProcess::finished, this, [process, key](int code) {
        qCWarning(lcServer) << "release of" << key << "exited with" << code << "- restarting it";
        process->start();
    });
}

}
