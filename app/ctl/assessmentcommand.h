// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tarmac::Ctl {

// tarmacctl assessment: list and validate maturity models, export a session as CSV, Markdown or PDF.
int runAssessmentCommand(const QStringList &arguments);

// Whether `assessment ARGUMENTS` will draw (a PDF report).
bool assessmentCommandDraws(const QStringList &arguments);

}
