// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/templatefolder.h"

#include "templates/templatewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Tarmac {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::TemplateFolder", text);
}

TemplateDiagnostic failure(const QString &file, const QString &message)
{
    return { file, 0, 0, TemplateDiagnostic::Severity::Error, message };
}
}

TemplateFolder::Read TemplateFolder::read(const QString &folder)
{
    Read read;
    const QDir root(folder);
    if (!QFileInfo(folder).isDir()) {
        read.diagnostics.append(failure(folder, tr("is not a folder")));
        return read;
    }
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (relative.startsWith(QLatin1Char('.')) || relative.contains(QLatin1String("/.")))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            read.diagnostics.append(failure(path, tr("cannot read the file: %1").arg(file.errorString())));
            continue;
        }
        const QByteArray content = file.readAll();
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(content);
        if (decoder.hasError()) {
            read.diagnostics.append(
                failure(path, tr("is not UTF-8 text; the platform stores templates as text files only")));
            continue;
        }
        read.files.insert(relative, text);
    }
    return read;
}

TemplateDiagnostics TemplateFolder::write(const QJsonObject &files, const QString &folder)
{
    const QFileInfo target(folder);
    const QString staging
        = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".incoming");
    QDir(staging).removeRecursively();
    RenderResult result;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        RenderedFile file;
        file.path = it.key();
        file.content = it.value().toString().toUtf8();
        result.files.append(file);
    }
    TemplateDiagnostics problems = TemplateWriter::write(result, staging);
    if (problems.isEmpty()) {
        QDir(folder).removeRecursively();
        if (!QDir().rename(staging, folder))
            problems.append(failure(folder, tr("cannot move the new files into place")));
    }
    if (!problems.isEmpty())
        QDir(staging).removeRecursively();
    return problems;
}

}
