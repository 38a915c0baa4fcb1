// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tarmac::Ctl {

// tarmacctl assessment publish FILE: stores the session (without private notes) on the platform,
// or replaces the copy stored before. Prints the stored id.
int publishAssessment(const QStringList &arguments);
// tarmacctl assessment list [--scope KIND[:NAME]] [--model ID] [--limit N] [--json]: the sessions
// the platform stores, newest workshop first.
int listAssessments(const QStringList &arguments);

}
