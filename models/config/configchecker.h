// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <functional>

namespace Tarmac {

// The checks every generated or edited config file gets: the editor runs them as the user types,
// `tarmacctl validate` and the template linter run them on generated files. Diagnostics carry the
// 1-based line and the 1-based column (in UTF-16 code units, as QTextDocument counts) of the node
// they are about.
class ConfigChecker {
public:
    enum class Kind { Plain, Yaml, Json, Dockerfile };

    // By file name first (foo.yaml, Dockerfile, build.Containerfile...), then by content.
    static Kind kindOf(const QString &fileName, QStringView content = {});
    // Returns early (with what it found so far) once cancelled() says so; cancelled may be empty.
    static TemplateDiagnostics check(
        const QString &fileName, const QString &content, const std::function<bool()> &cancelled = {});
};

}
