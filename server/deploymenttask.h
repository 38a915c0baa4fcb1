// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>

namespace Tarmac::Server {

// What a deployer needs to know about one deployment.
struct DeploymentJob {
    QString id;
    QString service;
    QString environment;
    bool production = false;
    QString version;
    QString sha;
    QString intent;
    QJsonObject bundle; // {"files": {PATH: TEXT}}
    QString runCommand; // the service's local run command
    QString healthUrl;
    QString command; // the command deployer's command
};

// One deployment being carried out by a deployer: reports log lines, then finishes once.
class DeploymentTask : public QObject {
    Q_OBJECT
public:
    explicit DeploymentTask(DeploymentJob job, QObject *parent = nullptr);
    ~DeploymentTask() override;

    virtual void start() = 0;
    // Stops the work; finished(false, ...) follows.
    virtual void cancel() = 0;
    const DeploymentJob &job() const { return m_job; }

    // Writes the bundle's files under folder, refusing paths that leave it.
    static bool writeBundle(const QJsonObject &bundle, const QString &folder, QString *error);
    // The deployment's facts as TARMAC_* variables, for the commands deployers run.
    QProcessEnvironment environment(const QString &bundleFolder) const;

Q_SIGNALS:
    void logLine(const QString &line, const QString &stream);
    void finished(bool ok, const QString &message);

protected:
    // Forwards a process's output line by line as log lines.
    void forwardOutput(class QProcess *process);

    DeploymentJob m_job;
};

}
