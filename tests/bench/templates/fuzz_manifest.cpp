// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer over manifest loading (YAML, schema checks, parameter pages) and the path guard.
// Build with clang (CMAKE_CXX_COMPILER=clang++), then: fuzz_manifest -max_total_time=60 CORPUS
#include "templates/manifestloader.h"
#include "templates/parameterschema.h"
#include "templates/pathguard.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Tarmac::ManifestLoader::Result result
        = Tarmac::ManifestLoader::loadFromData(bytes, QStringLiteral("fuzz/template.yaml"));
    for (const Tarmac::TemplateDiagnostic &d : result.diagnostics)
        (void)d.toString();
    if (result.manifest) {
        const Tarmac::ParameterSchema schema(result.manifest->parameterPages);
        const QJsonObject values = schema.withDefaults({});
        (void)schema.validate(values);
    }
    // The same bytes as a path: normalised paths never escape and never start with '/'.
    QString error;
    const QString path = QString::fromUtf8(bytes);
    const QString normal = Tarmac::PathGuard::normalise(path, &error);
    if (error.isEmpty()
        && (normal.startsWith(QLatin1Char('/')) || normal == QLatin1String("..")
            || normal.startsWith(QLatin1String("../")) || normal.contains(QLatin1String("/../"))))
        __builtin_trap();
    return 0;
}
