// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

namespace Tarmac {

class NunjucksEngine;

// What `tarmacctl validate` and the tests check, for templates and for generated files.
class TemplateLinter {
public:
    // A generated file: the config checks (YAML, JSON, Kubernetes, Dockerfile; see ConfigChecker) and
    // no secret values. path is used in diagnostics and to pick the checks (by file name).
    static TemplateDiagnostics checkGeneratedFile(const QString &path, const QByteArray &content, bool secrets = true);
    // Every file under a folder (generated output).
    static TemplateDiagnostics checkGeneratedFolder(const QString &folder);
    // A template: its manifest, GitHub Actions expressions that nunjucks would eat, unknown filters,
    // undefined variables, then a render with sample values checked like generated files.
    static TemplateDiagnostics lintTemplate(NunjucksEngine &engine, const QString &templatePath,
        const QList<TemplateManifest> &resourceTemplates = {}, const QString &sharedRoot = {});

    // Values that satisfy the form: defaults, and samples for required fields without one.
    static QJsonObject sampleParameters(const TemplateManifest &manifest);
    // Secret-looking values in text (private keys, cloud keys, literal passwords), as diagnostics.
    static TemplateDiagnostics findSecrets(const QString &path, const QString &text);
};

}
