// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tarmac::Server {

class Router;
struct ServerContext;

// /incidents: open, resolve, attribute to a deployment (or leave it to the window rule, which the
// incident shows as its effective attribution).
class IncidentsResource {
public:
    explicit IncidentsResource(ServerContext &context);
    void addRoutes(Router &router);

private:
    ServerContext &m_context;
};

}
