// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <optional>

namespace Tarmac {

// Reads and checks a template.yaml. Every problem comes back as a diagnostic with the file, the
// line and column of the offending value, what is wrong and what is expected.
class ManifestLoader {
public:
    struct Result {
        std::optional<TemplateManifest> manifest; // empty when an error prevents using it
        TemplateDiagnostics diagnostics;
    };

    // path: a template folder or its template.yaml
    static Result load(const QString &path);
    // The same over text already in memory; fileName is used in diagnostics and to resolve the folder.
    static Result loadFromData(const QByteArray &data, const QString &fileName);
};

}
