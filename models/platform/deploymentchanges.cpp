// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/deploymentchanges.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tarmac {

DeploymentChanges DeploymentChanges::collect(const QString &folder, const QString &sinceSha, int cap)
{
    DeploymentChanges changes;
    if (folder.isEmpty() || !ServiceRepository::isRepository(folder))
        return changes;
    changes.isRepository = true;
    changes.sinceSha = sinceSha;
    QString error;
    // One more than the cap tells whether some were left out.
    std::optional<QList<CommitInfo>> commits = ServiceRepository::commitsSince(folder, sinceSha, &error, cap + 1);
    if (!commits && !sinceSha.isEmpty()) {
        // The last deployed commit is gone (a rebase, another clone): send what a first deployment would.
        changes.sinceUnknown = true;
        error.clear();
        commits = ServiceRepository::commitsSince(folder, QString(), &error, cap + 1);
    }
    if (!commits) {
        changes.error = error;
        return changes;
    }
    changes.truncated = commits->size() > cap;
    if (changes.truncated)
        commits->resize(cap);
    changes.commits = *commits;
    // Newest first: the first one is HEAD; with nothing new, HEAD is what was deployed.
    changes.headSha = changes.commits.isEmpty() ? sinceSha : changes.commits.constFirst().sha;
    return changes;
}

QJsonArray DeploymentChanges::toJson() const
{
    QJsonArray list;
    for (const CommitInfo &commit : commits)
        list.append(QJsonObject { { u"sha"_s, commit.sha },
            { u"committedAt"_s, commit.time.toUTC().toString(Qt::ISODate) }, { u"title"_s, commit.summary } });
    return list;
}

QString DeploymentChanges::describe() const
{
    if (!isRepository)
        return tr("The folder is not a git repository: no changes are sent, so lead time cannot be measured for "
                  "this deployment.");
    if (!error.isEmpty())
        return tr("The git repository cannot be read (%1): no changes are sent.").arg(error);
    QString text;
    if (sinceSha.isEmpty())
        text = tr("%n commit(s) (first deployment here):", nullptr, int(commits.size()));
    else if (sinceUnknown)
        text = tr("%n commit(s); the commit last deployed here (%1) is not in this repository, so they are counted "
                  "as for a first deployment:",
            nullptr, int(commits.size()))
                   .arg(sinceSha.left(10));
    else if (commits.isEmpty())
        return tr("No new commits since %1, which is already deployed here.").arg(sinceSha.left(10));
    else
        text = tr("%n commit(s) since %1, last deployed here:", nullptr, int(commits.size())).arg(sinceSha.left(10));
    for (const CommitInfo &commit : commits)
        text += u"\n  "_s + commit.sha.left(10) + u"  "_s + commit.time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s)
            + u"  "_s + commit.summary;
    if (truncated)
        text += u"\n  "_s + tr("… and older ones, left out (at most %n are sent).", nullptr, int(commits.size()));
    return text;
}

}
