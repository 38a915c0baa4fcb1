// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentsresource.h"

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
using Status = QHttpServerResponse::StatusCode;

// The window rule of DESIGN.md: the service's latest successful production deployment finished
// before the incident opened, if within the window.
QString windowRule(qint64 windowMs)
{
    return QStringLiteral("(SELECT d.id FROM deployments d JOIN environments e ON e.id = d.environment_id "
                          "WHERE d.service_id = i.service_id AND e.production = 1 AND d.status = 'succeeded' "
                          "AND d.finished_at <= i.opened_at AND d.finished_at > i.opened_at - %1 "
                          "ORDER BY d.finished_at DESC, d.id DESC LIMIT 1)")
        .arg(windowMs);
}

QString columns(qint64 windowMs)
{
    return QStringLiteral("SELECT i.id, s.name, i.title, i.opened_at, i.resolved_at, i.deployment_id, i.source, ")
        + windowRule(windowMs)
        + QStringLiteral(", t.name FROM incidents i JOIN services s ON s.id = i.service_id "
                         "JOIN teams t ON t.id = s.team_id");
}

QJsonObject incidentJson(const QSqlQuery &q)
{
    QJsonObject attribution;
    if (!q.value(5).isNull())
        attribution = { { QStringLiteral("deployment"), q.value(5).toString() },
            { QStringLiteral("by"), QStringLiteral("explicit") } };
    else if (!q.value(7).isNull())
        attribution = { { QStringLiteral("deployment"), q.value(7).toString() },
            { QStringLiteral("by"), QStringLiteral("window") } };
    else
        attribution
            = { { QStringLiteral("deployment"), QJsonValue::Null }, { QStringLiteral("by"), QStringLiteral("none") } };
    return { { QStringLiteral("id"), q.value(0).toString() }, { QStringLiteral("service"), q.value(1).toString() },
        { QStringLiteral("title"), q.value(2).toString() },
        { QStringLiteral("openedAt"), Json::timeOrNull(q.value(3)) },
        { QStringLiteral("resolvedAt"), Json::timeOrNull(q.value(4)) },
        { QStringLiteral("source"), q.value(6).toString() }, { QStringLiteral("team"), q.value(8).toString() },
        { QStringLiteral("attribution"), attribution } };
}
}

IncidentsResource::IncidentsResource(ServerContext &context)
    : m_context(context)
{
}

void IncidentsResource::addRoutes(Router &router)
{
    const auto load = [this](const ApiRequest &request, const QString &id) {
        QSqlQuery q = sqlExec(request.database(),
            columns(m_context.settings.attributionWindowMs) + QStringLiteral(" WHERE i.id = ?"), { id });
        if (!q.next())
            throw ApiError::notFound(QStringLiteral("incident"), id);
        return incidentJson(q);
    };
    router.add(Method::Get, QStringLiteral("/api/v1/incidents"), [this](ApiRequest &request) {
        QStringList where;
        QVariantList values;
        if (request.hasQuery(QStringLiteral("service"))) {
            where.append(QStringLiteral("(s.id = ? OR s.name = ?)"));
            values << request.query(QStringLiteral("service")) << request.query(QStringLiteral("service"));
        }
        if (request.hasQuery(QStringLiteral("team"))) {
            where.append(QStringLiteral("(t.id = ? OR t.name = ?)"));
            values << request.query(QStringLiteral("team")) << request.query(QStringLiteral("team"));
        }
        if (request.query(QStringLiteral("open")) == QLatin1String("true"))
            where.append(QStringLiteral("i.resolved_at IS NULL"));
        return QHttpServerResponse(pagedList(request, columns(m_context.settings.attributionWindowMs), where, values,
            incidentJson, QStringLiteral("i.id")));
    });
    router.add(Method::Get, QStringLiteral("/api/v1/incidents/{id}"), [load](ApiRequest &request) {
        return QHttpServerResponse(load(request, request.parameter(QStringLiteral("id"))));
    });
    const auto deploymentOf
        = [](const ApiRequest &request, const QJsonObject &body, const QString &serviceId) -> QVariant {
        const QString deployment = Json::optionalString(body, QStringLiteral("deployment"));
        if (deployment.isEmpty())
            return {};
        QSqlQuery q = sqlExec(
            request.database(), QStringLiteral("SELECT service_id FROM deployments WHERE id = ?"), { deployment });
        if (!q.next())
            throw ApiError::invalid(QStringLiteral("deployment"), QStringLiteral("no deployment '%1'").arg(deployment));
        if (q.value(0).toString() != serviceId)
            throw ApiError::invalid(
                QStringLiteral("deployment"), QStringLiteral("deployment '%1' is of another service").arg(deployment));
        return deployment;
    };
    router.addCreating(Method::Post, QStringLiteral("/api/v1/incidents"), [load, deploymentOf](ApiRequest &request) {
        const QJsonObject body = request.body();
        const ServicesResource::ServiceRef service = ServicesResource::find(
            request, Json::requiredString(body, QStringLiteral("service")), QStringLiteral("service"));
        request.requireTeamWrite(service.teamName);
        const qint64 now = nowMs();
        const qint64 openedAt = Json::optionalTime(body, QStringLiteral("openedAt")).value_or(now);
        const auto resolvedAt = Json::optionalTime(body, QStringLiteral("resolvedAt"));
        if (resolvedAt && *resolvedAt < openedAt)
            throw ApiError::invalid(QStringLiteral("resolvedAt"), QStringLiteral("is before openedAt"));
        const QString id = newId(QStringLiteral("inc"));
        sqlExec(request.database(),
            QStringLiteral("INSERT INTO incidents (id, service_id, title, opened_at, resolved_at, deployment_id, "
                           "source, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { id, service.id, Json::requiredString(body, QStringLiteral("title")), openedAt,
                resolvedAt ? QVariant(*resolvedAt) : QVariant(), deploymentOf(request, body, service.id),
                Json::optionalString(body, QStringLiteral("source"), QStringLiteral("tarmac")), now });
        return createdResponse(load(request, id), QStringLiteral("/api/v1/incidents/"));
    });
    const auto writable = [](const ApiRequest &request) {
        const QString id = request.parameter(QStringLiteral("id"));
        QSqlQuery q = sqlExec(request.database(),
            QStringLiteral(
                "SELECT i.service_id, t.name, i.opened_at FROM incidents i JOIN services s ON s.id = i.service_id "
                "JOIN teams t ON t.id = s.team_id WHERE i.id = ?"),
            { id });
        if (!q.next())
            throw ApiError::notFound(QStringLiteral("incident"), id);
        request.requireTeamWrite(q.value(1).toString());
        return std::pair<QString, qint64>(q.value(0).toString(), q.value(2).toLongLong());
    };
    router.add(Method::Post, QStringLiteral("/api/v1/incidents/{id}/resolve"), [load, writable](ApiRequest &request) {
        const auto [serviceId, openedAt] = writable(request);
        const QJsonObject body = request.http().body().isEmpty() ? QJsonObject() : request.body();
        const qint64 resolvedAt = Json::optionalTime(body, QStringLiteral("resolvedAt")).value_or(nowMs());
        if (resolvedAt < openedAt)
            throw ApiError::invalid(QStringLiteral("resolvedAt"), QStringLiteral("is before the incident opened"));
        QSqlQuery q = sqlExec(request.database(),
            QStringLiteral("UPDATE incidents SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"),
            { resolvedAt, request.parameter(QStringLiteral("id")) });
        if (q.numRowsAffected() != 1)
            throw ApiError(Status::Conflict, QStringLiteral("already_resolved"),
                QStringLiteral("the incident is already resolved"));
        return QHttpServerResponse(load(request, request.parameter(QStringLiteral("id"))));
    });
    router.add(Method::Post, QStringLiteral("/api/v1/incidents/{id}/attribute"),
        [load, writable, deploymentOf](ApiRequest &request) {
            const QString serviceId = writable(request).first;
            const QJsonObject body = request.body();
            if (!body.contains(QLatin1String("deployment")))
                throw ApiError::invalid(QStringLiteral("deployment"),
                    QStringLiteral("is required (null hands it back to the window rule)"));
            sqlExec(request.database(), QStringLiteral("UPDATE incidents SET deployment_id = ? WHERE id = ?"),
                { deploymentOf(request, body, serviceId), request.parameter(QStringLiteral("id")) });
            return QHttpServerResponse(load(request, request.parameter(QStringLiteral("id"))));
        });
}

}
