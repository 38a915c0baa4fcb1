// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/deploymentbundle.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringConverter>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Tarmac {

namespace {
constexpr qint64 maxFileBytes = 2 * 1024 * 1024;

// Longest common subsequence over lines: fine for the few hundred lines of a generated config file.
QList<QPair<char, QString>> lineEdits(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QList<QPair<char, QString>> edits;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            edits.append({ ' ', a.at(i) });
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            edits.append({ '+', b.at(j++) });
        } else {
            edits.append({ '-', a.at(i++) });
        }
    }
    return edits;
}
}

QString unifiedDiff(const QString &before, const QString &after, int *added, int *removed)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    const QList<QPair<char, QString>> edits = lineEdits(a, b);
    int plus = 0, minus = 0;
    QList<bool> shown(edits.size(), false);
    for (qsizetype k = 0; k < edits.size(); ++k) {
        if (edits.at(k).first == ' ')
            continue;
        (edits.at(k).first == '+' ? plus : minus)++;
        for (qsizetype c = std::max<qsizetype>(0, k - 3); c <= std::min(edits.size() - 1, k + 3); ++c)
            shown[c] = true;
    }
    QString out;
    int lineA = 1, lineB = 1;
    for (qsizetype k = 0; k < edits.size(); ++k) {
        if (shown.at(k) && (k == 0 || !shown.at(k - 1))) {
            // The hunk's extent, counted forward.
            int countA = 0, countB = 0;
            for (qsizetype e = k; e < edits.size() && shown.at(e); ++e) {
                countA += edits.at(e).first != '+';
                countB += edits.at(e).first != '-';
            }
            out += u"@@ -%1,%2 +%3,%4 @@\n"_s.arg(lineA).arg(countA).arg(lineB).arg(countB);
        }
        if (shown.at(k))
            out += QChar::fromLatin1(edits.at(k).first) + edits.at(k).second + u'\n';
        lineA += edits.at(k).first != '+';
        lineB += edits.at(k).first != '-';
    }
    if (added)
        *added = plus;
    if (removed)
        *removed = minus;
    return out;
}

DeploymentBundle DeploymentBundle::fromFolder(const QString &folder, QString *error)
{
    DeploymentBundle bundle;
    const QDir root(folder);
    if (!root.exists()) {
        *error = QObject::tr("the bundle folder %1 does not exist").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (relative.startsWith(u'.') || relative.contains(u"/."_s))
            continue; // .git and friends are not part of what runs
        QFile file(path);
        if (file.size() > maxFileBytes) {
            *error = QObject::tr("%1 is larger than 2 MiB; a bundle carries configuration and source text only")
                         .arg(QDir::toNativeSeparators(path));
            return {};
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QObject::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return {};
        }
        QStringDecoder decoder(QStringConverter::Utf8);
        const QString text = decoder.decode(file.readAll());
        if (decoder.hasError()) {
            *error = QObject::tr("%1 is not UTF-8 text; a bundle carries text files only")
                         .arg(QDir::toNativeSeparators(path));
            return {};
        }
        bundle.files.insert(relative, text);
    }
    return bundle;
}

DeploymentBundle DeploymentBundle::fromJson(const QJsonObject &bundle)
{
    DeploymentBundle result;
    const QJsonObject files = bundle.value("files"_L1).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        result.files.insert(it.key(), it.value().toString());
    return result;
}

QJsonObject DeploymentBundle::toJson() const
{
    QJsonObject files;
    for (auto it = this->files.constBegin(); it != this->files.constEnd(); ++it)
        files.insert(it.key(), it.value());
    return { { u"files"_s, files } };
}

QList<DeploymentBundle::FileChange> DeploymentBundle::changesSince(const DeploymentBundle &before) const
{
    QList<FileChange> changes;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const auto old = before.files.constFind(it.key());
        if (old == before.files.constEnd()) {
            changes.append({ FileChange::Kind::Added, it.key(), it.value(), int(it.value().count(u'\n')) + 1, 0 });
        } else if (old.value() != it.value()) {
            FileChange change { FileChange::Kind::Modified, it.key(), {}, 0, 0 };
            change.diff = unifiedDiff(old.value(), it.value(), &change.added, &change.removed);
            changes.append(change);
        }
    }
    for (auto it = before.files.constBegin(); it != before.files.constEnd(); ++it) {
        if (!files.contains(it.key()))
            changes.append({ FileChange::Kind::Removed, it.key(), {}, 0, int(it.value().count(u'\n')) + 1 });
    }
    std::sort(changes.begin(), changes.end(), [](const FileChange &x, const FileChange &y) { return x.path < y.path; });
    return changes;
}

}
