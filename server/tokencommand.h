// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tarmac::Server {

class Database;

// `tarmacd token create|list|revoke`: API tokens, stored only as hashes; create prints the token
// once. arguments are those after "token". Returns the exit status.
int runTokenCommand(Database &database, const QStringList &arguments);

}
