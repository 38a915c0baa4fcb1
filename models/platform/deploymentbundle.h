// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Tarmac {

// The files a deployment carries ({"files": {PATH: TEXT}} in the API), and how two of them differ.
struct DeploymentBundle {
    QMap<QString, QString> files; // relative path -> text

    // Reads every text file under folder (hidden folders such as .git left out). On failure returns
    // an empty bundle and says which file and why in error.
    static DeploymentBundle fromFolder(const QString &folder, QString *error);
    static DeploymentBundle fromJson(const QJsonObject &bundle);
    QJsonObject toJson() const;
    bool isEmpty() const { return files.isEmpty(); }

    struct FileChange {
        enum class Kind { Added, Removed, Modified };
        Kind kind;
        QString path;
        QString diff; // unified diff for a modified file, the text for an added one
        int added = 0;
        int removed = 0;
    };
    // What deploying this bundle changes against before, path by path (unchanged files left out).
    QList<FileChange> changesSince(const DeploymentBundle &before) const;
};

// A line-based unified diff (3 lines of context) of two texts, with counts of added/removed lines.
QString unifiedDiff(const QString &before, const QString &after, int *added = nullptr, int *removed = nullptr);

}
