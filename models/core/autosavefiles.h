// SPDX-License-Identifier: GPL-3.0-or-later
// The files behind a document's autosave, shared by every kind of document (compositions,
// assessment sessions): the autosave itself and, beside it, the path of the file it stands for.
// Plain file work, called on the documents' writer threads and when offering a recovery.
#pragma once

#include <QString>
#include <QStringList>

namespace Tarmac::AutosaveFiles {

// Notes beside autosavePath which file it stands for (empty for a document never saved).
void recordOrigin(const QString &autosavePath, const QString &originalPath);
// Removes an autosave and its note.
void remove(const QString &autosavePath);
// The file an autosave stands for; empty when it was never saved or the note is missing.
QString originOf(const QString &autosavePath);
// The autosaves in directory whose names end with suffix, newest first.
QStringList inDirectory(const QString &directory, const QString &suffix);

}
