// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/overrides.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <git2.h>

namespace Tarmac {

namespace {

void initialiseLibgit2()
{
    // Reference-counted by libgit2; kept for the life of the process.
    static const int initialised = git_libgit2_init();
    Q_UNUSED(initialised);
}

git_merge_file_input input(const QByteArray &bytes, const QByteArray &path)
{
    git_merge_file_input in = GIT_MERGE_FILE_INPUT_INIT;
    in.ptr = bytes.constData();
    in.size = size_t(bytes.size());
    in.path = path.constData();
    in.mode = 0100644;
    return in;
}

bool isMarker(const QByteArray &line, char c)
{
    if (line.size() < 7)
        return false;
    for (int i = 0; i < 7; ++i) {
        if (line.at(i) != c)
            return false;
    }
    if (line.size() == 7)
        return true;
    const char next = line.at(7);
    return next == ' ' || next == '\n' || next == '\r';
}

// Splits git_merge_file's output into the text between conflicts and the conflicts themselves.
void splitConflicts(const QByteArray &merged, OverrideMerge &merge)
{
    enum { Outside, Mine, Theirs } state = Outside;
    QByteArray outside;
    ConflictHunk hunk;
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < merged.size()) {
        qsizetype end = merged.indexOf('\n', pos);
        end = end < 0 ? merged.size() : end + 1;
        const QByteArray line = merged.mid(pos, end - pos);
        pos = end;
        ++lineNumber;
        if (state != Outside)
            hunk.block += line;
        if (state == Outside && isMarker(line, '<')) {
            merge.between.append(outside);
            outside.clear();
            hunk = ConflictHunk { lineNumber, {}, {}, line };
            state = Mine;
        } else if (state == Mine && isMarker(line, '=')) {
            state = Theirs;
        } else if (state == Theirs && isMarker(line, '>')) {
            merge.conflicts.append(hunk);
            state = Outside;
        } else if (state == Mine) {
            hunk.mine += line;
        } else if (state == Theirs) {
            hunk.theirs += line;
        } else {
            outside += line;
        }
    }
    // A block that never ends is text, not a conflict: it stays where it is.
    if (state != Outside)
        outside += hunk.block;
    merge.between.append(outside);
}

}

OverrideMerge Overrides::merge(const Override &override, const std::optional<QByteArray> &newRender)
{
    OverrideMerge merge;
    merge.result = override;
    if (!newRender) {
        merge.status = OverrideMerge::Status::Orphaned;
        return merge;
    }
    if (*newRender == override.base) {
        merge.status = OverrideMerge::Status::Unchanged;
        merge.between = { override.edited };
        return merge;
    }
    initialiseLibgit2();
    const QByteArray path = override.path.toUtf8();
    const git_merge_file_input ancestor = input(override.base, path);
    const git_merge_file_input ours = input(override.edited, path);
    const git_merge_file_input theirs = input(*newRender, path);
    git_merge_file_options options = GIT_MERGE_FILE_OPTIONS_INIT;
    options.ancestor_label = "base";
    options.our_label = "mine";
    options.their_label = "template";
    options.flags = GIT_MERGE_FILE_STYLE_MERGE;
    git_merge_file_result result = {};
    if (git_merge_file(&result, &ancestor, &ours, &theirs, &options) != 0) {
        const git_error *e = git_error_last();
        merge.status = OverrideMerge::Status::Failed;
        merge.error = tr("%1: cannot merge the edit with the new render: %2")
                          .arg(override.path, e ? QString::fromUtf8(e->message) : tr("unknown error"));
        return merge;
    }
    const QByteArray merged(result.ptr, qsizetype(result.len));
    const bool clean = result.automergeable != 0;
    git_merge_file_result_free(&result);

    merge.result = { override.path, *newRender, merged };
    if (clean) {
        merge.status = OverrideMerge::Status::Merged;
        merge.between = { merged };
    } else {
        merge.status = OverrideMerge::Status::Conflicted;
        splitConflicts(merged, merge);
    }
    return merge;
}

std::optional<Override> Overrides::resolve(const OverrideMerge &merge, const QList<HunkResolution> &resolutions)
{
    if (resolutions.size() != merge.conflicts.size() || merge.between.size() != merge.conflicts.size() + 1)
        return std::nullopt;
    QByteArray text = merge.between.constFirst();
    for (qsizetype i = 0; i < merge.conflicts.size(); ++i) {
        switch (resolutions.at(i).choice) {
        case Resolution::TakeMine:
            text += merge.conflicts.at(i).mine;
            break;
        case Resolution::TakeTheirs:
            text += merge.conflicts.at(i).theirs;
            break;
        case Resolution::Edited:
            text += resolutions.at(i).text;
            break;
        }
        text += merge.between.at(i + 1);
    }
    return Override { merge.result.path, merge.result.base, text };
}

std::optional<Override> Overrides::resolveAll(const OverrideMerge &merge, Resolution choice)
{
    return resolve(merge, QList<HunkResolution>(merge.conflicts.size(), HunkResolution { choice, {} }));
}

bool Overrides::hasConflictMarkers(const QByteArray &text)
{
    OverrideMerge probe;
    splitConflicts(text, probe);
    return !probe.conflicts.isEmpty();
}

OverrideMerge Overrides::markedConflicts(const Override &override)
{
    OverrideMerge merge;
    merge.result = override;
    splitConflicts(override.edited, merge);
    merge.status = merge.conflicts.isEmpty() ? OverrideMerge::Status::Unchanged : OverrideMerge::Status::Conflicted;
    if (merge.conflicts.isEmpty())
        merge.between = { override.edited };
    return merge;
}

std::optional<Override> Overrides::resolveOne(
    const Override &override, qsizetype hunk, const HunkResolution &resolution)
{
    const OverrideMerge merge = markedConflicts(override);
    if (hunk < 0 || hunk >= merge.conflicts.size())
        return std::nullopt;
    QList<HunkResolution> resolutions;
    for (qsizetype i = 0; i < merge.conflicts.size(); ++i)
        resolutions.append(i == hunk ? resolution : HunkResolution { Resolution::Edited, merge.conflicts.at(i).block });
    return resolve(merge, resolutions);
}

QString Overrides::basePath(const QString &path)
{
    return QLatin1String(Folder) + QLatin1Char('/') + path + QLatin1String(BaseSuffix);
}

std::optional<Override> Overrides::load(const QString &serviceDirectory, const QString &path, QString *error)
{
    const QDir dir(serviceDirectory);
    QFile base(dir.filePath(basePath(path)));
    if (!base.open(QIODevice::ReadOnly)) {
        *error = tr("%1: the override's base (%2) cannot be read: %3")
                     .arg(dir.filePath(path), basePath(path), base.errorString());
        return std::nullopt;
    }
    QFile edited(dir.filePath(path));
    if (!edited.open(QIODevice::ReadOnly)) {
        *error = tr("%1: the overridden file cannot be read: %2").arg(dir.filePath(path), edited.errorString());
        return std::nullopt;
    }
    return Override { path, base.readAll(), edited.readAll() };
}

bool Overrides::save(const QString &serviceDirectory, const Override &override, QString *error)
{
    const QDir dir(serviceDirectory);
    const std::pair<QString, const QByteArray *> files[] = { { dir.filePath(basePath(override.path)), &override.base },
        { dir.filePath(override.path), &override.edited } };
    for (const auto &[target, content] : files) {
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(*content) != content->size() || !out.commit()) {
            *error = tr("%1: cannot write: %2").arg(target, out.errorString());
            return false;
        }
    }
    return true;
}

}
