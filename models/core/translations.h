// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Tarmac {

// The QSettings key of the language the user chose (a locale name such as "de"); absent or empty
// means the system's language.
inline constexpr char languageSettingKey[] = "appearance/language";

// Loads Tarmac's and Qt's translations for the language chosen in the settings, else the user's
// locale. Where Tarmac has none for it (the C locale, or a language not translated yet), English is
// loaded, which carries the English plural forms ("%n file(s)" -> "1 file", "2 files"). Every
// program and GUI test calls this once, after naming the application (the settings follow its name).
void installTranslations();

// The languages Tarmac is translated into, as locale names ("de", "en", "fr"), sorted.
QStringList availableLanguages();

}
