// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serversettings.h"

namespace Tarmac::Server {

class Database;
class DeploymentEvents;

// What every resource's handlers share.
struct ServerContext {
    Database &database;
    DeploymentEvents &events;
    ServerSettings settings;
    // Counts this instance's committed writes, so caches of derived data know when to drop.
    quint64 writeGeneration = 0;
};

}
