// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

class QProcess;

namespace Tarmac::Server {

// The local deployer's running services: per service and environment the current release's
// process (restarted if it dies) and the previous release's folder, kept for a rollback. Stops
// every process cleanly when destroyed.
class LocalReleases : public QObject {
    Q_OBJECT
public:
    explicit LocalReleases(QString root, QObject *parent = nullptr);
    ~LocalReleases() override;

    // Where a deployment's release folder goes.
    QString releaseFolder(const QString &service, const QString &environment, const QString &deploymentId) const;
    // Makes process (already healthy) the current release, stops the one before it and removes
    // release folders older than the previous one.
    void promote(const QString &service, const QString &environment, const QString &folder, QProcess *process);

    static void stop(QProcess *process);

private:
    struct Release {
        QString folder;
        QString previousFolder;
        QProcess *process = nullptr;
    };
    QString m_root;
    QHash<QString, Release> m_releases;
};

}
