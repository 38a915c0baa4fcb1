// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Tarmac {

struct Capability;
struct MaturityModel;

// A capability's levels as HTML: each level's name, tagline, summary, characteristics,
// consequences and indicators; highlight marks one level (0: none). The workshop and the presenter
// view show the same text.
QString levelDescriptionsHtml(const MaturityModel &model, const Capability &capability, int highlight);

}
