// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/servicerepository.h"

#include <QDir>
#include <QTimeZone>

#include <git2.h>
#include <memory>

namespace Tarmac {

namespace {

void initialiseLibgit2()
{
    static const int initialised = git_libgit2_init();
    Q_UNUSED(initialised);
}

QString lastError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message) : ServiceRepository::tr("unknown libgit2 error");
}

// Owners for libgit2's objects, freed by their own functions.
template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using Repository = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using Index = std::unique_ptr<git_index, Deleter<git_index, git_index_free>>;
using Tree = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using Signature = std::unique_ptr<git_signature, Deleter<git_signature, git_signature_free>>;
using Commit = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using Walk = std::unique_ptr<git_revwalk, Deleter<git_revwalk, git_revwalk_free>>;

QString shaOf(const git_oid *oid)
{
    char text[GIT_OID_MAX_HEXSIZE + 1] = {};
    git_oid_tostr(text, sizeof text, oid);
    return QString::fromLatin1(text);
}

Signature signature(git_repository *repo, const ServiceRepository::Identity &author, QString *error)
{
    git_signature *sig = nullptr;
    if (!author.isEmpty()) {
        if (git_signature_now(&sig, author.name.toUtf8().constData(), author.email.toUtf8().constData()) != 0)
            *error = ServiceRepository::tr("the author '%1 <%2>' is not valid: %3")
                         .arg(author.name, author.email, lastError());
    } else if (git_signature_default(&sig, repo) != 0) {
        *error = ServiceRepository::tr(
            "no author: set user.name and user.email in git config, or give a name and e-mail address");
    }
    return Signature(sig);
}

// Stages every file (removals too) and commits the index on HEAD.
std::optional<QString> commitIndex(
    git_repository *repo, const QString &message, const ServiceRepository::Identity &author, QString *error)
{
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) != 0) {
        *error = lastError();
        return std::nullopt;
    }
    const Index index(rawIndex);
    char star[] = "*";
    char *patterns[] = { star };
    const git_strarray all { patterns, 1 };
    git_oid treeId;
    if (git_index_add_all(index.get(), &all, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr) != 0
        || git_index_update_all(index.get(), &all, nullptr, nullptr) != 0 || git_index_write(index.get()) != 0
        || git_index_write_tree(&treeId, index.get()) != 0) {
        *error = ServiceRepository::tr("cannot stage the files: %1").arg(lastError());
        return std::nullopt;
    }
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, repo, &treeId) != 0) {
        *error = lastError();
        return std::nullopt;
    }
    const Tree tree(rawTree);
    git_oid headId;
    Commit parent;
    if (git_reference_name_to_id(&headId, repo, "HEAD") == 0) {
        git_commit *rawParent = nullptr;
        if (git_commit_lookup(&rawParent, repo, &headId) != 0) {
            *error = lastError();
            return std::nullopt;
        }
        parent.reset(rawParent);
        if (git_oid_equal(git_commit_tree_id(parent.get()), &treeId))
            return shaOf(&headId); // nothing changed
    }
    const Signature sig = signature(repo, author, error);
    if (!sig)
        return std::nullopt;
    const git_commit *parents[] = { parent.get() };
    git_oid commitId;
    const QByteArray text = message.toUtf8();
    if (git_commit_create(&commitId, repo, "HEAD", sig.get(), sig.get(), nullptr, text.constData(), tree.get(),
            parent ? 1 : 0, parent ? parents : nullptr)
        != 0) {
        *error = ServiceRepository::tr("cannot commit: %1").arg(lastError());
        return std::nullopt;
    }
    return shaOf(&commitId);
}

Repository open(const QString &folder, QString *error)
{
    initialiseLibgit2();
    git_repository *repo = nullptr;
    if (git_repository_open_ext(
            &repo, QDir(folder).absolutePath().toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr)
        != 0)
        *error = ServiceRepository::tr("%1 is not a git repository: %2").arg(folder, lastError());
    return Repository(repo);
}

}

std::optional<QString> ServiceRepository::initialise(const QString &folder, const InitOptions &options, QString *error)
{
    initialiseLibgit2();
    const QString path = QDir(folder).absolutePath();
    if (QFileInfo::exists(path + QStringLiteral("/.git"))) {
        *error = tr("%1 is already a git repository").arg(folder);
        return std::nullopt;
    }
    if (const QFileInfo info(path); info.isDir() && !info.isWritable()) {
        *error = tr("%1: no permission to write there, so it cannot become a git repository").arg(folder);
        return std::nullopt;
    }
    git_repository_init_options init = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    init.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
    const QByteArray head = options.branch.toUtf8();
    init.initial_head = head.constData();
    git_repository *rawRepo = nullptr;
    if (git_repository_init_ext(&rawRepo, path.toUtf8().constData(), &init) != 0) {
        *error = tr("cannot create a git repository in %1: %2").arg(folder, lastError());
        return std::nullopt;
    }
    const Repository repo(rawRepo);
    if (!options.remoteUrl.isEmpty()) {
        git_remote *rawRemote = nullptr;
        if (git_remote_create(&rawRemote, repo.get(), "origin", options.remoteUrl.toUtf8().constData()) != 0) {
            *error = tr("cannot add the remote '%1': %2").arg(options.remoteUrl, lastError());
            return std::nullopt;
        }
        git_remote_free(rawRemote);
    }
    const QString message = options.message.isEmpty() ? tr("Generated by Tarmac") + QLatin1Char('\n') : options.message;
    QString commitError;
    const std::optional<QString> sha = commitIndex(repo.get(), message, options.author, &commitError);
    if (!sha)
        *error = tr("%1: %2").arg(folder, commitError);
    return sha;
}

std::optional<QString> ServiceRepository::commitAll(
    const QString &folder, const QString &message, const Identity &author, QString *error)
{
    const Repository repo = open(folder, error);
    if (!repo)
        return std::nullopt;
    return commitIndex(repo.get(), message, author, error);
}

bool ServiceRepository::isRepository(const QString &folder)
{
    initialiseLibgit2();
    const QByteArray path = QDir(folder).absolutePath().toUtf8();
    return git_repository_open_ext(nullptr, path.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) == 0;
}

std::optional<QList<CommitInfo>> ServiceRepository::commitsSince(
    const QString &folder, const QString &since, QString *error, int maxCount)
{
    const Repository repo = open(folder, error);
    if (!repo)
        return std::nullopt;
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repo.get()) != 0) {
        *error = lastError();
        return std::nullopt;
    }
    const Walk walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push_head(walk.get()) != 0) {
        *error = tr("%1 has no commits: %2").arg(folder, lastError());
        return std::nullopt;
    }
    if (!since.isEmpty()) {
        git_oid sinceId;
        git_object *object = nullptr;
        if (git_revparse_single(&object, repo.get(), since.toUtf8().constData()) != 0) {
            *error = tr("commit %1 is not in the repository %2").arg(since, folder);
            return std::nullopt;
        }
        git_oid_cpy(&sinceId, git_object_id(object));
        git_object_free(object);
        if (git_revwalk_hide(walk.get(), &sinceId) != 0) {
            *error = tr("commit %1: %2").arg(since, lastError());
            return std::nullopt;
        }
    }
    QList<CommitInfo> commits;
    git_oid id;
    while ((maxCount < 0 || commits.size() < maxCount) && git_revwalk_next(&id, walk.get()) == 0) {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo.get(), &id) != 0) {
            *error = lastError();
            return std::nullopt;
        }
        const Commit commit(rawCommit);
        const git_signature *author = git_commit_author(commit.get());
        CommitInfo info;
        info.sha = shaOf(&id);
        info.message = QString::fromUtf8(git_commit_message(commit.get()));
        info.summary = QString::fromUtf8(git_commit_summary(commit.get()));
        info.authorName = QString::fromUtf8(author->name);
        info.authorEmail = QString::fromUtf8(author->email);
        info.time = QDateTime::fromSecsSinceEpoch(git_commit_time(commit.get()), QTimeZone::UTC);
        commits.append(info);
    }
    return commits;
}

}
