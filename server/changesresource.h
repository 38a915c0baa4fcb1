// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tarmac::Server {

class Router;
struct ServerContext;

// /changes: commits with their times, each linked to the first successful production deployment
// that shipped it (its lead time ends there).
class ChangesResource {
public:
    explicit ChangesResource(ServerContext &context);
    void addRoutes(Router &router);

private:
    ServerContext &m_context;
};

}
