// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesresource.h"

#include "apierror.h"
#include "apirequest.h"
#include "database.h"
#include "httperror.h"
#include "pagedlist.h"
#include "router.h"
#include "servercontext.h"
#include "servicesresource.h"
#include "sql.h"

namespace Tarmac::Server {

namespace {
using Method = QHttpServerRequest::Method;

const QString FirstShip = QStringLiteral(
    "FROM deployment_changes dc JOIN deployments d ON d.id = dc.deployment_id JOIN environments e ON e.id = "
    "d.environment_id "
    "WHERE dc.change_id = c.id AND e.production = 1 AND d.status = 'succeeded' ORDER BY d.finished_at, d.id LIMIT 1");
const QString Columns = QStringLiteral("SELECT c.id, s.name, c.sha, c.title, c.committed_at, (SELECT d.id ") + FirstShip
    + QStringLiteral("), (SELECT d.finished_at ") + FirstShip
    + QStringLiteral(") FROM changes c JOIN services s ON s.id = c.service_id");

QJsonObject changeJson(const QSqlQuery &q)
{
    QJsonObject json { { QStringLiteral("id"), q.value(0).toString() },
        { QStringLiteral("service"), q.value(1).toString() }, { QStringLiteral("sha"), q.value(2).toString() },
        { QStringLiteral("title"), q.value(3).toString() },
        { QStringLiteral("committedAt"), Json::timeOrNull(q.value(4)) } };
    if (q.value(5).isNull()) {
        json.insert(QStringLiteral("firstProductionDeployment"), QJsonValue::Null);
        json.insert(QStringLiteral("leadTimeSeconds"), QJsonValue::Null);
    } else {
        json.insert(QStringLiteral("firstProductionDeployment"),
            QJsonObject { { QStringLiteral("id"), q.value(5).toString() },
                { QStringLiteral("finishedAt"), Json::timeOrNull(q.value(6)) } });
        json.insert(
            QStringLiteral("leadTimeSeconds"), double(q.value(6).toLongLong() - q.value(4).toLongLong()) / 1000.0);
    }
    return json;
}

QJsonObject load(const ApiRequest &request, const QString &id)
{
    QSqlQuery q = sqlExec(request.database(), Columns + QStringLiteral(" WHERE c.id = ?"), { id });
    if (!q.next())
        throw ApiError::notFound(QStringLiteral("change"), id);
    return changeJson(q);
}
}

ChangesResource::ChangesResource(ServerContext &context)
    : m_context(context)
{
}

void ChangesResource::addRoutes(Router &router)
{
    router.add(Method::Get, QStringLiteral("/api/v1/changes"), [](ApiRequest &request) {
        QStringList where;
        QVariantList values;
        if (request.hasQuery(QStringLiteral("service"))) {
            where.append(QStringLiteral("(s.id = ? OR s.name = ?)"));
            values << request.query(QStringLiteral("service")) << request.query(QStringLiteral("service"));
        }
        if (request.hasQuery(QStringLiteral("deployment"))) {
            where.append(QStringLiteral("c.id IN (SELECT change_id FROM deployment_changes WHERE deployment_id = ?)"));
            values << request.query(QStringLiteral("deployment"));
        }
        return QHttpServerResponse(pagedList(request, Columns, where, values, changeJson, QStringLiteral("c.id")));
    });
    router.add(Method::Get, QStringLiteral("/api/v1/changes/{id}"), [](ApiRequest &request) {
        return QHttpServerResponse(load(request, request.parameter(QStringLiteral("id"))));
    });
    router.addCreating(Method::Post, QStringLiteral("/api/v1/changes"), [](ApiRequest &request) {
        const QJsonObject body = request.body();
        const ServicesResource::ServiceRef service = ServicesResource::find(
            request, Json::requiredString(body, QStringLiteral("service")), QStringLiteral("service"));
        request.requireTeamWrite(service.teamName);
        const QString sha = Json::requiredString(body, QStringLiteral("sha"));
        const qint64 committedAt = Json::requiredTime(body, QStringLiteral("committedAt"));
        const QString id = newId(QStringLiteral("chg"));
        try {
            sqlExec(request.database(),
                QStringLiteral("INSERT INTO changes (id, service_id, sha, title, committed_at, created_at) VALUES (?, "
                               "?, ?, ?, ?, ?)"),
                { id, service.id, sha, Json::optionalString(body, QStringLiteral("title")), committedAt, nowMs() });
        } catch (const ApiError &error) {
            if (error.status() == QHttpServerResponse::StatusCode::Conflict)
                throw ApiError::conflict(QStringLiteral("service '%1' already has change %2").arg(service.name, sha),
                    { { QStringLiteral("field"), QStringLiteral("sha") } });
            throw;
        }
        return createdResponse(load(request, id), QStringLiteral("/api/v1/changes/"));
    });
}

}
