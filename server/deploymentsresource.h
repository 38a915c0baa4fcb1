// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Tarmac::Server {

class ApiRequest;
class Router;
class SqlBatch;
struct ServerContext;

// /deployments: create (queued for a runner, or recorded when made elsewhere), get, list with
// filters, cancel, rollback, and the Server-Sent Events stream of one deployment.
class DeploymentsResource {
public:
    explicit DeploymentsResource(ServerContext &context);
    void addRoutes(Router &router);

    static QJsonObject load(const ApiRequest &request, const QString &id);

private:
    static QJsonObject loaded(const SqlBatch &batch, int deployment, int changes, const QString &id);
    QJsonObject create(ApiRequest &request, const QJsonObject &body, const QString &rollbackOf);

    ServerContext &m_context;
};

}
