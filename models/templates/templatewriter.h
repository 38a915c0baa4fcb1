// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

namespace Tarmac {

// Writes a render result into a folder. Every path is checked first; if one fails, or the result
// has errors, nothing is written.
class TemplateWriter {
public:
    // Returns the diagnostics of what went wrong (empty on success).
    static TemplateDiagnostics write(const RenderResult &result, const QString &outputDirectory);
};

}
