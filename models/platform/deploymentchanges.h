// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/servicerepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Tarmac {

// What a deployment carries from its service's git repository so that the platform can measure lead
// time: the commits since the one last deployed to the environment (sent as the deployment's
// changes, HEAD as its sha). Author names stay on this machine: the API measures the system, not people.
struct DeploymentChanges {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::DeploymentChanges)
public:
    // A first deployment of a long-lived repository sends its newest commits only.
    static constexpr int defaultCap = 500;

    bool isRepository = false; // false: the folder is no git repository; nothing to send
    QString headSha;
    QString sinceSha; // the commit last deployed there; empty for a first deployment
    bool sinceUnknown = false; // sinceSha is not in this repository (rewritten history): counted as a first
    QList<CommitInfo> commits; // newest first
    bool truncated = false; // there were more than the cap; the oldest were left out
    QString error; // the repository could not be read

    // Reads folder's repository. Blocking: call it off the GUI thread.
    static DeploymentChanges collect(const QString &folder, const QString &sinceSha, int cap = defaultCap);

    // The deployment's "changes": [{sha, committedAt, title}].
    QJsonArray toJson() const;
    // For the confirm step: which commits go with the deployment, one line each.
    QString describe() const;
};

}
