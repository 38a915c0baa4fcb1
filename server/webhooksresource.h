// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Tarmac::Server {

class ApiRequest;
class Router;
struct ServerContext;

// /webhooks/github and /webhooks/gitlab: deployments, pushes and incidents from other systems, in
// their own payload shapes, so metrics cover deployments made outside Tarmac. Not behind a bearer
// token: GitHub signs the body (X-Hub-Signature-256, HMAC-SHA256 with the shared secret), GitLab
// sends the shared token (X-Gitlab-Token); both are checked in constant time. A payload's
// repository or project name is the service's name.
class WebhooksResource {
public:
    explicit WebhooksResource(ServerContext &context);
    void addRoutes(Router &router);

private:
    QJsonObject github(ApiRequest &request);
    QJsonObject gitlab(ApiRequest &request);

    ServerContext &m_context;
};

}
