// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tarmac::Ctl {

// tarmacctl assessment: list and validate maturity models, export a session as CSV, Markdown or PDF.
int runAssessmentCommand(const QStringList &arguments);

// Whether this command line will draw (a PDF report): drawing text needs a QGuiApplication, which
// tarmacctl then creates on the offscreen platform instead of a QCoreApplication.
bool assessmentCommandDraws(int argc, char **argv);

}
