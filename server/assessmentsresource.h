// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tarmac::Server {

class Router;
struct ServerContext;

// /assessments: maturity workshop sessions as facilitators publish them, so owners can follow the
// results over time. The session file's YAML text is stored as it came; model, scope, date and each
// capability's agreed level and target are read from it (by the same parser the workbench uses) to
// list and compare rounds. Facilitators and admins write; owners, facilitators and admins read.
// Viewers and developers do not: a session names the people in the room and what each voted.
class AssessmentsResource {
public:
    explicit AssessmentsResource(ServerContext &context);
    void addRoutes(Router &router);

private:
    ServerContext &m_context;
};

}
