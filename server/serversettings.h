// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Tarmac::Server {

// How an environment's deployments are carried out, from the tarmacd config file.
struct EnvironmentSettings {
    QString name;
    bool production = false;
    QString deployer = QStringLiteral("record"); // record, local or command
    QString command; // for the command deployer: run with sh -c (cmd /c on Windows)
};

// What tarmacd's config file and command line set.
struct ServerSettings {
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    qint64 attributionWindowMs = 7LL * 24 * 60 * 60 * 1000;
    QString stateDirectory; // release folders and bundles
    int maxConcurrentDeployments = 4;
    int healthTimeoutMs = 30000;
    // An instance not heard of for this long has stopped: its running deployments are failed.
    int instanceTimeoutMs = 60000;
    QList<EnvironmentSettings> environments;
    QString githubWebhookSecret; // empty: GitHub webhooks off
    QString gitlabWebhookToken; // empty: GitLab webhooks off

    // Reads a JSON config file; on failure returns false and says what and where in error.
    bool load(const QString &path, QString *error);
};

}
