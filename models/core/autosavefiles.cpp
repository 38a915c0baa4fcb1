// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/autosavefiles.h"

#include <QDir>
#include <QFile>

namespace Tarmac::AutosaveFiles {

namespace {
QString originNote(const QString &autosavePath)
{
    return autosavePath + QStringLiteral(".origin");
}
}

void recordOrigin(const QString &autosavePath, const QString &originalPath)
{
    QFile note(originNote(autosavePath));
    if (note.open(QIODevice::WriteOnly | QIODevice::Truncate))
        note.write(originalPath.toUtf8());
}

void remove(const QString &autosavePath)
{
    QFile::remove(autosavePath);
    QFile::remove(originNote(autosavePath));
}

QString originOf(const QString &autosavePath)
{
    QFile note(originNote(autosavePath));
    if (!note.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(note.readAll());
}

QStringList inDirectory(const QString &directory, const QString &suffix)
{
    QStringList files;
    const QDir dir(directory);
    const QStringList names = dir.entryList({ QStringLiteral("*") + suffix }, QDir::Files, QDir::Time);
    for (const QString &name : names)
        files.append(dir.filePath(name));
    return files;
}

}
