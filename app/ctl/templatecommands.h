// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <QStringList>

namespace Tarmac::Ctl {

// tarmacctl render TEMPLATE --set KEY=VALUE ... [--resource KIND[:NAME]] ... -o DIR
int runRenderCommand(const QStringList &arguments);
// tarmacctl validate PATH: a template, or generated files
int runValidateCommand(const QStringList &arguments);

// The template folders tarmacctl reads after the built-in templates: the user's folder, then
// TARMAC_TEMPLATE_PATH (':'-separated).
QStringList templateFolders();
// Prints each diagnostic on standard error as file:line:col: severity: message; returns the errors.
int printTemplateDiagnostics(const TemplateDiagnostics &diagnostics);

}
