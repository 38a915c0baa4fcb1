// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tarmac::Ctl {

// tarmacctl render TEMPLATE --set KEY=VALUE ... [--resource KIND[:NAME]] ... -o DIR
int runRenderCommand(const QStringList &arguments);
// tarmacctl validate PATH: a template, or generated files
int runValidateCommand(const QStringList &arguments);
// tarmacctl templates list [--json]
int runTemplatesCommand(const QStringList &arguments);

}
