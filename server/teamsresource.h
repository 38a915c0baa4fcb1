// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Tarmac::Server {

class ApiRequest;
class Router;
struct ServerContext;
class SqlBatch;

// /teams and /environments: the small catalogues services and deployments hang from.
class TeamsResource {
public:
    explicit TeamsResource(ServerContext &context);
    void addRoutes(Router &router);

    // A team's id from its id or name; 422 naming field when there is none.
    static QString teamId(const ApiRequest &request, const QString &idOrName, const QString &field);
    // An environment looked up by id or name in a SqlBatch with other lookups: adds the lookup,
    // then gives the id it found; 422 naming field when there is none.
    static int addEnvironmentLookup(SqlBatch &batch, const QString &idOrName);
    static QString environmentFound(const SqlBatch &batch, int lookup, const QString &idOrName, const QString &field);
    // Makes sure the environments of the config file exist with their production flag and deployer.
    static void syncEnvironments(ServerContext &context);

private:
    ServerContext &m_context;
};

}
