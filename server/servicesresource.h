// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Tarmac::Server {

class ApiRequest;
class Router;
struct ServerContext;
class SqlBatch;

// /services: create, list, get, update, archive. Developers change only their team's services.
class ServicesResource {
public:
    struct ServiceRef {
        QString id;
        QString name;
        QString teamName;
        bool archived = false;
    };

    explicit ServicesResource(ServerContext &context);
    void addRoutes(Router &router);

    // A service by id or name; 404 (or 422 naming field, when field is given) when there is none.
    static ServiceRef find(const ApiRequest &request, const QString &idOrName, const QString &field = {});
    // find in two halves, to look it up in one SqlBatch with other lookups: adds the lookup, then
    // reads what it found.
    static int addFind(SqlBatch &batch, const QString &idOrName);
    static ServiceRef found(const SqlBatch &batch, int lookup, const QString &idOrName, const QString &field = {});

private:
    ServerContext &m_context;
};

}
