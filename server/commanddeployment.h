// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deploymenttask.h"

#include <QProcess>

namespace Tarmac::Server {

// The command deployer: writes the bundle to a folder and runs the environment's configured command
// (kubectl, helm, a CI trigger) with the folder and the deployment's facts in its environment.
// Exit status 0 is success.
class CommandDeployment : public DeploymentTask {
    Q_OBJECT
public:
    CommandDeployment(DeploymentJob job, QString bundleFolder, QObject *parent = nullptr);
    ~CommandDeployment() override;

    void start() override;
    void cancel() override;

private:
    QString m_bundleFolder;
    QProcess m_process;
    bool m_cancelled = false;
};

}
