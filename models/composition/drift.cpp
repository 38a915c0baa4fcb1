// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/drift.h"

#include "templates/pathguard.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <git2.h>

namespace Tarmac {

namespace {

// The folder's files, by path relative to it, without Tarmac's and git's own folders.
QMap<QString, QByteArray> folderFiles(const QString &directory)
{
    QMap<QString, QByteArray> files;
    const QDir base(QDir(directory).absolutePath());
    QDirIterator it(base.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = base.relativeFilePath(it.next());
        if (path.startsWith(QLatin1String(".tarmac/")) || path.startsWith(QLatin1String(".git/")))
            continue;
        QFile file(it.filePath());
        files.insert(path, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return files;
}

bool writeAtomically(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit()) {
        *error = Drift::tr("%1: cannot write: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

}

QByteArray DriftReport::diff() const
{
    QByteArray text;
    for (const FileDrift &d : differences)
        text += d.patch;
    return text;
}

QStringList DriftReport::summary() const
{
    QStringList lines;
    for (const FileDrift &d : differences) {
        switch (d.kind) {
        case FileDrift::Kind::Changed:
            lines.append(d.overridden
                    ? Drift::tr("changed: %1 (an override made on an older render; generate again to merge it)")
                          .arg(d.path)
                    : Drift::tr("changed: %1").arg(d.path));
            break;
        case FileDrift::Kind::Missing:
            lines.append(Drift::tr("missing: %1").arg(d.path));
            break;
        case FileDrift::Kind::Added:
            lines.append(Drift::tr("added: %1").arg(d.path));
            break;
        case FileDrift::Kind::Conflict:
            lines.append(Drift::tr("conflict: %1 still holds conflict markers").arg(d.path));
            break;
        case FileDrift::Kind::OrphanedOverride:
            lines.append(
                Drift::tr("orphaned override: %1 is no longer produced by the template; the edit is kept").arg(d.path));
            break;
        }
    }
    return lines;
}

QByteArray Drift::unifiedDiff(
    const QString &path, const std::optional<QByteArray> &before, const std::optional<QByteArray> &after)
{
    if (before == after)
        return {};
    static const int initialised = git_libgit2_init();
    Q_UNUSED(initialised);
    const QByteArray name = path.toUtf8();
    git_patch *patch = nullptr;
    if (git_patch_from_buffers(&patch, before ? before->constData() : nullptr, before ? size_t(before->size()) : 0,
            name.constData(), after ? after->constData() : nullptr, after ? size_t(after->size()) : 0, name.constData(),
            nullptr)
        != 0)
        return QByteArrayLiteral("cannot diff ") + name + '\n';
    git_buf buffer = GIT_BUF_INIT;
    QByteArray text;
    if (git_patch_to_buf(&buffer, patch) == 0)
        text = QByteArray(buffer.ptr, qsizetype(buffer.size));
    git_buf_dispose(&buffer);
    git_patch_free(patch);
    return text;
}

DriftReport Drift::check(
    const QString &serviceDirectory, const QList<TemplateCatalog::Entry> &catalog, NunjucksEngine &engine)
{
    DriftReport report;
    report.directory = serviceDirectory;
    if (!QFileInfo(serviceDirectory).isDir()) {
        report.error = tr("%1: no such folder").arg(serviceDirectory);
        return report;
    }
    report.record = ServiceRecord::load(serviceDirectory, &report.error);
    if (!report.record)
        return report;
    const RenderResult render = report.record->render(catalog, engine);
    if (!render.ok()) {
        QStringList problems;
        for (const TemplateDiagnostic &d : render.diagnostics) {
            if (d.isError())
                problems.append(d.toString());
        }
        report.error
            = tr("%1: cannot render the service again:\n%2").arg(serviceDirectory, problems.join(QLatin1Char('\n')));
        return report;
    }
    for (const RenderedFile &f : render.files) {
        if (!f.skipped && !f.directory)
            report.expected.insert(f.path, f.content);
    }
    const QMap<QString, QByteArray> actual = folderFiles(serviceDirectory);

    QSet<QString> overridden;
    for (const QString &path : std::as_const(report.record->overrides)) {
        QString error;
        const QString normal = PathGuard::normalise(path, &error);
        if (!error.isEmpty() || normal != path) {
            report.error = tr("%1: override '%2' is not a path inside the folder").arg(serviceDirectory, path);
            return report;
        }
        overridden.insert(path);
        if (!actual.contains(path)) {
            // The user deleted the overridden file: what Tarmac would write is the plain render.
            if (report.expected.contains(path))
                report.differences.append({ path, FileDrift::Kind::Missing, true,
                    unifiedDiff(path, report.expected.value(path), std::nullopt) });
            continue;
        }
        const std::optional<Override> override = Overrides::load(serviceDirectory, path, &report.error);
        if (!override)
            return report;
        report.overrides.append(*override);
        const auto fresh = report.expected.constFind(path);
        const OverrideMerge merge = Overrides::merge(
            *override, fresh == report.expected.constEnd() ? std::nullopt : std::optional<QByteArray>(*fresh));
        if (merge.status == OverrideMerge::Status::Orphaned) {
            report.differences.append({ path, FileDrift::Kind::OrphanedOverride, true, {} });
            continue;
        }
        report.expected.insert(path, merge.result.edited);
        if (Overrides::hasConflictMarkers(override->edited))
            report.differences.append({ path, FileDrift::Kind::Conflict, true, {} });
        else if (merge.result.edited != override->edited)
            report.differences.append(
                { path, FileDrift::Kind::Changed, true, unifiedDiff(path, merge.result.edited, override->edited) });
    }
    for (auto it = report.expected.constBegin(); it != report.expected.constEnd(); ++it) {
        if (overridden.contains(it.key()))
            continue;
        const auto present = actual.constFind(it.key());
        if (present == actual.constEnd())
            report.differences.append(
                { it.key(), FileDrift::Kind::Missing, false, unifiedDiff(it.key(), it.value(), std::nullopt) });
        else if (*present != it.value())
            report.differences.append(
                { it.key(), FileDrift::Kind::Changed, false, unifiedDiff(it.key(), it.value(), *present) });
    }
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
        if (!report.expected.contains(it.key()) && !overridden.contains(it.key()))
            report.differences.append(
                { it.key(), FileDrift::Kind::Added, false, unifiedDiff(it.key(), std::nullopt, it.value()) });
    }
    std::sort(report.differences.begin(), report.differences.end(),
        [](const FileDrift &a, const FileDrift &b) { return a.path < b.path; });
    return report;
}

bool Drift::recordOverride(const QString &serviceDirectory, const QString &path,
    const QList<TemplateCatalog::Entry> &catalog, NunjucksEngine &engine, QString *error)
{
    const QString normal = PathGuard::normalise(path, error);
    if (!error->isEmpty())
        return false;
    std::optional<ServiceRecord> record = ServiceRecord::load(serviceDirectory, error);
    if (!record)
        return false;
    const RenderResult render = record->render(catalog, engine);
    const RenderedFile *fresh = render.ok() ? render.file(normal) : nullptr;
    if (!render.ok()) {
        *error = tr("%1: cannot render the service again").arg(serviceDirectory);
        return false;
    }
    if (!fresh || fresh->skipped || fresh->directory) {
        *error = tr("%1: %2 is not a file the template generates; only generated files have overrides")
                     .arg(serviceDirectory, normal);
        return false;
    }
    QFile edited(QDir(serviceDirectory).filePath(normal));
    if (!edited.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(edited.fileName(), edited.errorString());
        return false;
    }
    if (!Overrides::save(serviceDirectory, { normal, fresh->content, edited.readAll() }, error))
        return false;
    if (!record->overrides.contains(normal))
        record->overrides.append(normal);
    return writeAtomically(
        QDir(serviceDirectory).filePath(QLatin1String(ServiceRecord::FileName)), record->serialize(), error);
}

}
