// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tarmac::Ctl {

// tarmacctl metrics dora|adoption [--from WHEN] [--to WHEN] [--bucket day|week|month] [--scope SCOPE]
// [--year YEAR] [--json|--csv]: the platform's metrics for scripts.
int runMetricsCommand(const QStringList &arguments);

}
