// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tarmac::Ctl {

// tarmacctl templates list [--platform URL] [--json], tarmacctl templates publish FOLDER
int runTemplatesCommand(const QStringList &arguments);

}
