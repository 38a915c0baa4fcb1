// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Tarmac {

// Light or dark: Qt::ColorScheme::Unknown follows the system. Where the platform cannot switch
// its own palette (X11 without a desktop theme, offscreen), a Fusion palette of the chosen
// scheme is applied instead.
void applyColorScheme(Qt::ColorScheme scheme);

}
