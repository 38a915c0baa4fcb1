// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Tarmac {

// A commit as the deploy cockpit sends it with a deployment (its changes).
struct CommitInfo {
    QString sha;
    QString summary; // the first line of the message
    QString message;
    QString authorName;
    QString authorEmail;
    QDateTime time; // the commit time, UTC

    bool operator==(const CommitInfo &) const = default;
};

// The git repository of a generated service, through libgit2: created with a first commit when
// the service is generated, read for the commits since the last deployment.
class ServiceRepository {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::ServiceRepository)
public:
    struct Identity {
        QString name;
        QString email;
        bool isEmpty() const { return name.isEmpty() && email.isEmpty(); }
    };
    struct InitOptions {
        Identity author; // empty: user.name and user.email from git config
        QString remoteUrl; // added as origin when given; nothing is pushed
        QString message;
        QString branch = QStringLiteral("main");
    };

    // Creates a repository in folder (which must not be one yet) and commits every file that
    // .gitignore does not exclude. Returns the commit's sha.
    static std::optional<QString> initialise(const QString &folder, const InitOptions &options, QString *error);
    // Commits every change (added, changed and removed files) on the current branch; nothing when
    // there is nothing to commit (returns the current HEAD).
    static std::optional<QString> commitAll(
        const QString &folder, const QString &message, const Identity &author, QString *error);
    // The commits reachable from HEAD and not from since, newest first; every commit when since is
    // empty. At most maxCount of them (the newest) when maxCount >= 0.
    static std::optional<QList<CommitInfo>> commitsSince(
        const QString &folder, const QString &since, QString *error, int maxCount = -1);
    // Whether folder itself is the top of a git repository (its parents are not searched).
    static bool isRepository(const QString &folder);
};

}
