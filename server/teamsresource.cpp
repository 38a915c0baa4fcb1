// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsresource.h"

#include "apierror.h"
#include "apirequest.h"
#include "database.h"
#include "httperror.h"
#include "pagedlist.h"
#include "router.h"
#include "servercontext.h"
#include "sql.h"
#include "sqlbatch.h"

#include <QRegularExpression>

namespace Tarmac::Server {

namespace {
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

const QString TeamColumns = QStringLiteral("SELECT id, name, title, created_at, demo FROM teams");
const QString EnvironmentColumns
    = QStringLiteral("SELECT id, name, production, deployer, created_at FROM environments");

QJsonObject teamJson(const QSqlQuery &q)
{
    return { { QStringLiteral("id"), q.value(0).toString() }, { QStringLiteral("name"), q.value(1).toString() },
        { QStringLiteral("title"), q.value(2).toString() },
        { QStringLiteral("createdAt"), Json::timeOrNull(q.value(3)) },
        { QStringLiteral("demo"), q.value(4).toInt() != 0 } };
}

QJsonObject environmentJson(const QSqlQuery &q)
{
    return { { QStringLiteral("id"), q.value(0).toString() }, { QStringLiteral("name"), q.value(1).toString() },
        { QStringLiteral("production"), q.value(2).toInt() != 0 },
        { QStringLiteral("deployer"), q.value(3).toString() },
        { QStringLiteral("createdAt"), Json::timeOrNull(q.value(4)) } };
}

QString checkedName(const QJsonObject &body)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QString name = Json::requiredString(body, QStringLiteral("name"));
    if (!slug.match(name).hasMatch())
        throw ApiError::invalid(QStringLiteral("name"),
            QStringLiteral("use 1 to 63 lower-case letters, digits and inner hyphens, such as payments-api"));
    return name;
}

QJsonObject one(const ApiRequest &request, const QString &columns, const QString &table, const QString &idOrName,
    QJsonObject (*row)(const QSqlQuery &))
{
    QSqlQuery q
        = sqlExec(request.database(), columns + QStringLiteral(" WHERE id = ? OR name = ?"), { idOrName, idOrName });
    if (!q.next())
        throw ApiError::notFound(table, idOrName);
    return row(q);
}
}

TeamsResource::TeamsResource(ServerContext &context)
    : m_context(context)
{
}

QString TeamsResource::teamId(const ApiRequest &request, const QString &idOrName, const QString &field)
{
    QSqlQuery q = sqlExec(
        request.database(), QStringLiteral("SELECT id FROM teams WHERE id = ? OR name = ?"), { idOrName, idOrName });
    if (!q.next())
        throw ApiError::invalid(field, QStringLiteral("no team '%1'").arg(idOrName));
    return q.value(0).toString();
}

int TeamsResource::addEnvironmentLookup(SqlBatch &batch, const QString &idOrName)
{
    return batch.add(QStringLiteral("SELECT id FROM environments WHERE id = ? OR name = ?"), { idOrName, idOrName });
}

QString TeamsResource::environmentFound(
    const SqlBatch &batch, int lookup, const QString &idOrName, const QString &field)
{
    const QList<QVariantList> &rows = batch.result(lookup).rows;
    if (rows.isEmpty())
        throw ApiError::invalid(field, QStringLiteral("no environment '%1'").arg(idOrName));
    return rows.constFirst().value(0).toString();
}

void TeamsResource::syncEnvironments(ServerContext &context)
{
    for (const EnvironmentSettings &environment : context.settings.environments) {
        QSqlQuery q = sqlExec(
            context.database, QStringLiteral("SELECT id FROM environments WHERE name = ?"), { environment.name });
        if (q.next()) {
            sqlExec(context.database,
                QStringLiteral("UPDATE environments SET production = ?, deployer = ? WHERE name = ?"),
                { environment.production ? 1 : 0, environment.deployer, environment.name });
        } else {
            sqlExec(context.database,
                QStringLiteral(
                    "INSERT INTO environments (id, name, production, deployer, created_at) VALUES (?, ?, ?, ?, ?)"),
                { newId(QStringLiteral("env")), environment.name, environment.production ? 1 : 0, environment.deployer,
                    nowMs() });
        }
    }
}

void TeamsResource::addRoutes(Router &router)
{
    router.add(Method::Get, QStringLiteral("/api/v1/teams"),
        [](ApiRequest &request) { return QHttpServerResponse(pagedList(request, TeamColumns, {}, {}, teamJson)); });
    router.add(Method::Get, QStringLiteral("/api/v1/teams/{id}"), [](ApiRequest &request) {
        return QHttpServerResponse(
            one(request, TeamColumns, QStringLiteral("team"), request.parameter(QStringLiteral("id")), teamJson));
    });
    router.addCreating(Method::Post, QStringLiteral("/api/v1/teams"), [](ApiRequest &request) {
        request.requireRole({ "admin", "owner" });
        const QJsonObject body = request.body();
        const QString name = checkedName(body);
        const QString id = newId(QStringLiteral("team"));
        try {
            sqlExec(request.database(),
                QStringLiteral("INSERT INTO teams (id, name, title, created_at) VALUES (?, ?, ?, ?)"),
                { id, name, Json::optionalString(body, QStringLiteral("title"), name), nowMs() });
        } catch (const ApiError &error) {
            if (error.status() == Status::Conflict)
                throw ApiError::conflict(QStringLiteral("there is already a team '%1'").arg(name),
                    { { QStringLiteral("field"), QStringLiteral("name") } });
            throw;
        }
        return createdResponse(
            one(request, TeamColumns, QStringLiteral("team"), id, teamJson), QStringLiteral("/api/v1/teams/"));
    });

    router.add(Method::Get, QStringLiteral("/api/v1/environments"), [](ApiRequest &request) {
        return QHttpServerResponse(pagedList(request, EnvironmentColumns, {}, {}, environmentJson));
    });
    router.add(Method::Get, QStringLiteral("/api/v1/environments/{id}"), [](ApiRequest &request) {
        return QHttpServerResponse(one(request, EnvironmentColumns, QStringLiteral("environment"),
            request.parameter(QStringLiteral("id")), environmentJson));
    });
    router.addCreating(Method::Post, QStringLiteral("/api/v1/environments"), [](ApiRequest &request) {
        request.requireRole({ "admin" });
        const QJsonObject body = request.body();
        const QString name = checkedName(body);
        const QJsonValue production = body.value(QLatin1String("production"));
        if (!production.isUndefined() && !production.isBool())
            throw ApiError::invalid(QStringLiteral("production"), QStringLiteral("must be true or false"));
        const QString id = newId(QStringLiteral("env"));
        try {
            // Environments made through the API record deployments; a deployer that runs commands
            // comes only from the config file, never from a request.
            sqlExec(request.database(),
                QStringLiteral("INSERT INTO environments (id, name, production, deployer, created_at) VALUES (?, ?, ?, "
                               "'record', ?)"),
                { id, name, production.toBool() ? 1 : 0, nowMs() });
        } catch (const ApiError &error) {
            if (error.status() == Status::Conflict)
                throw ApiError::conflict(QStringLiteral("there is already an environment '%1'").arg(name),
                    { { QStringLiteral("field"), QStringLiteral("name") } });
            throw;
        }
        return createdResponse(one(request, EnvironmentColumns, QStringLiteral("environment"), id, environmentJson),
            QStringLiteral("/api/v1/environments/"));
    });
}

}
