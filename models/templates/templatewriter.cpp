// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/templatewriter.h"

#include "core/logging.h"
#include "templates/pathguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Tarmac {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::TemplateWriter", text);
}

TemplateDiagnostic failure(const QString &file, const QString &message)
{
    return { file, 0, 0, TemplateDiagnostic::Severity::Error, message };
}
}

TemplateDiagnostics TemplateWriter::write(const RenderResult &result, const QString &outputDirectory)
{
    TemplateDiagnostics problems;
    if (!result.ok()) {
        problems.append(failure(outputDirectory, tr("the render has errors; nothing was written")));
        return problems;
    }
    // Check everything before touching the disk.
    for (const RenderedFile &file : result.files) {
        if (file.skipped)
            continue;
        QString error;
        const QString normal = PathGuard::normalise(file.path, &error);
        if (!error.isEmpty() || normal.isEmpty())
            problems.append(failure(file.path, error.isEmpty() ? tr("the path is empty") : error));
    }
    if (!problems.isEmpty())
        return problems;
    QDir root(outputDirectory);
    if (!root.mkpath(QStringLiteral("."))) {
        problems.append(failure(outputDirectory, tr("cannot create the output folder")));
        return problems;
    }
    const QString canonicalRoot = QFileInfo(root.absolutePath()).canonicalFilePath();
    auto inside = [&](const QString &path) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        return canonical == canonicalRoot || canonical.startsWith(canonicalRoot + QLatin1Char('/'));
    };
    for (const RenderedFile &file : result.files) {
        if (file.skipped)
            continue;
        const QString target = root.absoluteFilePath(PathGuard::normalise(file.path, nullptr));
        const QString folder = file.directory ? target : QFileInfo(target).absolutePath();
        if (!QDir().mkpath(folder) || !inside(folder)) {
            // A symbolic link already in the output folder must not lead the files elsewhere.
            problems.append(failure(file.path, tr("cannot create the folder inside %1").arg(outputDirectory)));
            return problems;
        }
        if (file.directory)
            continue;
        // A file that is already there is replaced atomically (QSaveFile), so a crash never leaves
        // it half-written. A new file has nothing to protect: it is written in place, without the
        // flush to disk that made a render wait on the disk for every file.
        QFile fresh(target);
        if (fresh.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (fresh.write(file.content) != file.content.size() || !fresh.flush()) {
                problems.append(failure(file.path, tr("cannot write the file: %1").arg(fresh.errorString())));
                return problems;
            }
            fresh.close();
        } else {
            QSaveFile out(target);
            if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() || !out.commit()) {
                problems.append(failure(file.path, tr("cannot write the file: %1").arg(out.errorString())));
                return problems;
            }
        }
        if (file.executable)
            QFile::setPermissions(target,
                QFile::permissions(target) | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    }
    qCDebug(lcTemplates) << "wrote" << result.files.size() << "entries to" << outputDirectory;
    return problems;
}

}
