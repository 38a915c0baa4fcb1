// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tarmac {

// The documents opened or saved last (compositions and assessment sessions alike), newest first,
// kept in QSettings so that File > Open Recent offers them after a restart. Only paths are stored.
class RecentDocuments {
public:
    static constexpr qsizetype Limit = 10;
    static constexpr const char *SettingsKey = "recentDocuments";

    struct Entry {
        QString path;
        bool exists = false; // moved or deleted since: shown, but cannot be opened
    };

    static QStringList paths();
    static QList<Entry> entries();
    // Puts an opened or saved document first (absolute and cleaned; once; at most Limit kept).
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

}
