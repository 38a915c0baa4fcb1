// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <functional>

namespace Tarmac {

class TextPosition;

// YAML syntax, document by document (an error in one document does not hide the others), then the
// Kubernetes checks on the documents that parsed.
class YamlChecker {
public:
    static void check(const QString &fileName, const TextPosition &positions, TemplateDiagnostics &out,
        const std::function<bool()> &cancelled);
};

}
