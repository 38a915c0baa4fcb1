// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/recentdocuments.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Tarmac {

namespace {

QString normalised(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

void store(const QStringList &paths)
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(QLatin1String(RecentDocuments::SettingsKey));
    else
        settings.setValue(QLatin1String(RecentDocuments::SettingsKey), paths);
}

}

QStringList RecentDocuments::paths()
{
    QStringList paths = QSettings().value(QLatin1String(SettingsKey)).toStringList();
    paths.removeAll(QString());
    paths.removeDuplicates();
    return paths.mid(0, Limit);
}

QList<RecentDocuments::Entry> RecentDocuments::entries()
{
    QList<Entry> entries;
    for (const QString &path : paths())
        entries.append({ path, QFileInfo(path).isFile() });
    return entries;
}

void RecentDocuments::add(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString normal = normalised(path);
    QStringList list = paths();
    list.removeAll(normal);
    list.prepend(normal);
    store(list.mid(0, Limit));
}

void RecentDocuments::remove(const QString &path)
{
    QStringList list = paths();
    if (list.removeAll(normalised(path)) > 0)
        store(list);
}

void RecentDocuments::clear()
{
    store({});
}

}
