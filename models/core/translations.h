// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tarmac {

// Loads Tarmac's and Qt's translations for the user's language. Where Tarmac has none for it (the
// C locale, or a language not translated yet), English is loaded, which carries the English plural
// forms ("%n file(s)" -> "1 file", "2 files"). Every program and GUI test calls this once.
void installTranslations();

}
