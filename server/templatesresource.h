// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tarmac::Server {

class Router;
struct ServerContext;

// /templates: golden-path template versions as platform teams publish them, for every workbench's
// catalog. A version is a template folder's files (template.yaml and its skeleton) checked by the
// same manifest loader and path guard the workbench uses; name, version, kind, title, description,
// tags and owner are read from the manifest. Versions are immutable: publishing the same name and
// version again answers with the stored one when the files are the same, and 409 otherwise. Owners
// and admins publish; every valid token reads.
class TemplatesResource {
public:
    explicit TemplatesResource(ServerContext &context);
    void addRoutes(Router &router);

private:
    ServerContext &m_context;
};

}
