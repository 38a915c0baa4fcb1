// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/templatetypes.h"

namespace Tarmac {

QString TemplateDiagnostic::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(qMax(column, 1));
    return where + (severity == Severity::Error ? QStringLiteral(": error: ") : QStringLiteral(": warning: "))
        + message;
}

bool hasErrors(const TemplateDiagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const auto &d) { return d.isError(); });
}

const RenderedFile *RenderResult::file(const QString &path) const
{
    for (const RenderedFile &f : files) {
        if (f.path == path && !f.skipped)
            return &f;
    }
    return nullptr;
}

}
