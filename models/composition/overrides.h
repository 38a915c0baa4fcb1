// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Tarmac {

// A hand edit kept on top of a rendered file.
struct Override {
    QString path; // relative to the service folder, '/'-separated
    QByteArray base; // the render the edit was made on
    QByteArray edited; // the file as the user left it

    bool operator==(const Override &) const = default;
};

// A place where the edit and the new render changed the same lines differently.
struct ConflictHunk {
    int line = 0; // 1-based line of the `<<<<<<<` marker in the merged text
    QByteArray mine; // the user's lines
    QByteArray theirs; // the new render's lines
    QByteArray block; // the whole block as it stands in the text, markers included
};

// What became of an override when the render changed.
struct OverrideMerge {
    enum class Status {
        Unchanged, // the render is what the edit was made on: nothing to merge
        Merged, // merged cleanly; the override now sits on the new render
        Conflicted, // both sides kept between conflict markers; see conflicts
        Orphaned, // the render no longer produces the file: the edit is kept as it was
        Failed, // libgit2 could not merge (see error); the edit is kept as it was
    };
    Status status = Status::Unchanged;
    // The override after the merge: for Merged and Conflicted its base is the new render and its
    // edited text the merge (with markers when conflicted); otherwise the override as it was.
    Override result;
    QList<ConflictHunk> conflicts;
    // The merged text around the conflicts: conflicts.size() + 1 pieces (for resolve()).
    QList<QByteArray> between;
    QString error;

    bool needsAttention() const { return status != Status::Unchanged && status != Status::Merged; }
};

// Three-way merge of hand edits with re-rendered files (libgit2's git_merge_file: ancestor = the
// base render, ours = the edit, theirs = the new render), conflict resolution, and where overrides
// live on disk.
//
// Storage: in the service folder itself. The edited file is the working copy at its own path, and
// the render it was made on is `.tarmac/overrides/<path>.base`; `.tarmac/service.yaml` lists the
// overridden paths. Not a sidecar next to the composition file, because a generated service
// folder lives on its own: it becomes its own git repository, CI runs `tarmacctl drift` on it
// without the composition, and a reviewer sees the edit and its base as plain files that diff.
class Overrides {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::Overrides)
public:
    enum class Resolution { TakeMine, TakeTheirs, Edited };
    struct HunkResolution {
        Resolution choice = Resolution::TakeMine;
        QByteArray text; // the user's own result, for Edited
    };

    static constexpr const char *Folder = ".tarmac/overrides";
    static constexpr const char *BaseSuffix = ".base";

    // Merges an override with the new render of its file (nothing when the render no longer
    // produces it).
    static OverrideMerge merge(const Override &override, const std::optional<QByteArray> &newRender);
    // The override after resolving every conflict of a merge, one resolution per hunk in order; its
    // base is the new render. Returns nothing when the counts differ.
    static std::optional<Override> resolve(const OverrideMerge &merge, const QList<HunkResolution> &resolutions);
    // The same resolution for every hunk.
    static std::optional<Override> resolveAll(const OverrideMerge &merge, Resolution choice);
    // True when the text still holds a conflict block (`<<<<<<<` ... `>>>>>>>`).
    static bool hasConflictMarkers(const QByteArray &text);
    // The conflict blocks still in an override's edited text (a conflicted merge kept as it was), as
    // a Conflicted merge whose result is the override: what resolve() and resolveOne() take.
    static OverrideMerge markedConflicts(const Override &override);
    // Resolves the hunk-th marked conflict of an override's text and leaves the others marked, so
    // that conflicts can be settled one at a time. Nothing when there is no such conflict.
    static std::optional<Override> resolveOne(
        const Override &override, qsizetype hunk, const HunkResolution &resolution);

    // `.tarmac/overrides/<path>.base`, relative to the service folder.
    static QString basePath(const QString &path);
    // The override of path in a service folder: its base file and the working copy.
    static std::optional<Override> load(const QString &serviceDirectory, const QString &path, QString *error);
    // Writes the working copy and the base, each atomically.
    static bool save(const QString &serviceDirectory, const Override &override, QString *error);
};

}
