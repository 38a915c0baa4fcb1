// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tarmac::Ctl {

// tarmacctl compose FILE.tarmac.yaml -o DIR: renders a whole composition into a bundle folder.
int runComposeCommand(const QStringList &arguments);
// tarmacctl drift DIR [--record FILE]...: compares generated services with a fresh render.
int runDriftCommand(const QStringList &arguments);

}
