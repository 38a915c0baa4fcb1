// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicesresource.h"

#include "apierror.h"
#include "apirequest.h"
#include "database.h"
#include "httperror.h"
#include "pagedlist.h"
#include "router.h"
#include "servercontext.h"
#include "sql.h"
#include "sqlbatch.h"
#include "teamsresource.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Tarmac::Server {

namespace {
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

const QString Columns = QStringLiteral(
    "SELECT s.id, s.name, t.name, s.title, s.template_name, s.template_version, s.parameters, s.run_command, "
    "s.health_url, s.created_at, s.updated_at, s.archived_at FROM services s JOIN teams t ON t.id = s.team_id");

QJsonValue stringOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonObject serviceJson(const QSqlQuery &q)
{
    QJsonObject json { { QStringLiteral("id"), q.value(0).toString() },
        { QStringLiteral("name"), q.value(1).toString() }, { QStringLiteral("team"), q.value(2).toString() },
        { QStringLiteral("title"), q.value(3).toString() },
        { QStringLiteral("parameters"), QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object() },
        { QStringLiteral("runCommand"), stringOrNull(q.value(7)) },
        { QStringLiteral("healthUrl"), stringOrNull(q.value(8)) },
        { QStringLiteral("createdAt"), Json::timeOrNull(q.value(9)) },
        { QStringLiteral("updatedAt"), Json::timeOrNull(q.value(10)) },
        { QStringLiteral("archivedAt"), Json::timeOrNull(q.value(11)) } };
    json.insert(QStringLiteral("template"),
        q.value(4).isNull() ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(QJsonObject { { QStringLiteral("name"), q.value(4).toString() },
                                  { QStringLiteral("version"), stringOrNull(q.value(5)) } }));
    return json;
}

QJsonObject load(const ApiRequest &request, const QString &id)
{
    QSqlQuery q = sqlExec(request.database(), Columns + QStringLiteral(" WHERE s.id = ? OR s.name = ?"), { id, id });
    if (!q.next())
        throw ApiError::notFound(QStringLiteral("service"), id);
    return serviceJson(q);
}

QVariant optionalText(const QJsonObject &body, const QString &field)
{
    const QString value = Json::optionalString(body, field);
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QString parametersText(const QJsonObject &body)
{
    const QJsonValue value = body.value(QLatin1String("parameters"));
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("{}");
    if (!value.isObject())
        throw ApiError::invalid(QStringLiteral("parameters"), QStringLiteral("must be an object"));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}
}

ServicesResource::ServicesResource(ServerContext &context)
    : m_context(context)
{
}

ServicesResource::ServiceRef ServicesResource::find(
    const ApiRequest &request, const QString &idOrName, const QString &field)
{
    SqlBatch batch(request.database());
    const int lookup = addFind(batch, idOrName);
    batch.run();
    return found(batch, lookup, idOrName, field);
}

int ServicesResource::addFind(SqlBatch &batch, const QString &idOrName)
{
    return batch.add(
        QStringLiteral("SELECT s.id, s.name, t.name, s.archived_at FROM services s JOIN teams t ON t.id = s.team_id "
                       "WHERE s.id = ? OR s.name = ?"),
        { idOrName, idOrName });
}

ServicesResource::ServiceRef ServicesResource::found(
    const SqlBatch &batch, int lookup, const QString &idOrName, const QString &field)
{
    const QList<QVariantList> &rows = batch.result(lookup).rows;
    if (rows.isEmpty()) {
        if (!field.isEmpty())
            throw ApiError::invalid(field, QStringLiteral("no service '%1'").arg(idOrName));
        throw ApiError::notFound(QStringLiteral("service"), idOrName);
    }
    const SqlRow q(rows.constFirst());
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), !q.value(3).isNull() };
}

void ServicesResource::addRoutes(Router &router)
{
    router.add(Method::Get, QStringLiteral("/api/v1/services"), [](ApiRequest &request) {
        QStringList where;
        QVariantList values;
        if (request.hasQuery(QStringLiteral("team"))) {
            where.append(QStringLiteral("(t.id = ? OR t.name = ?)"));
            values << request.query(QStringLiteral("team")) << request.query(QStringLiteral("team"));
        }
        if (request.query(QStringLiteral("archived")) != QLatin1String("true"))
            where.append(QStringLiteral("s.archived_at IS NULL"));
        return QHttpServerResponse(pagedList(request, Columns, where, values, serviceJson, QStringLiteral("s.id")));
    });
    router.add(Method::Get, QStringLiteral("/api/v1/services/{id}"), [](ApiRequest &request) {
        return QHttpServerResponse(load(request, request.parameter(QStringLiteral("id"))));
    });
    router.addCreating(Method::Post, QStringLiteral("/api/v1/services"), [](ApiRequest &request) {
        const QJsonObject body = request.body();
        static const QRegularExpression slug(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
        const QString name = Json::requiredString(body, QStringLiteral("name"));
        if (!slug.match(name).hasMatch())
            throw ApiError::invalid(QStringLiteral("name"),
                QStringLiteral("use 1 to 63 lower-case letters, digits and inner hyphens, such as payments-api"));
        const QString team = Json::requiredString(body, QStringLiteral("team"));
        const QString teamId = TeamsResource::teamId(request, team, QStringLiteral("team"));
        QSqlQuery teamName
            = sqlExec(request.database(), QStringLiteral("SELECT name FROM teams WHERE id = ?"), { teamId });
        teamName.next();
        request.requireTeamWrite(teamName.value(0).toString());
        QVariant templateName, templateVersion;
        const QJsonValue templateValue = body.value(QLatin1String("template"));
        if (templateValue.isObject()) {
            templateName = Json::requiredString(templateValue.toObject(), QStringLiteral("name"));
            templateVersion = optionalText(templateValue.toObject(), QStringLiteral("version"));
        } else if (!templateValue.isUndefined() && !templateValue.isNull()) {
            throw ApiError::invalid(
                QStringLiteral("template"), QStringLiteral("must be an object with name and version"));
        }
        const QString id = newId(QStringLiteral("svc"));
        const qint64 now = nowMs();
        try {
            sqlExec(request.database(),
                QStringLiteral("INSERT INTO services (id, name, team_id, title, template_name, template_version, "
                               "parameters, run_command, health_url, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { id, name, teamId, Json::optionalString(body, QStringLiteral("title"), name), templateName,
                    templateVersion, parametersText(body), optionalText(body, QStringLiteral("runCommand")),
                    optionalText(body, QStringLiteral("healthUrl")), now, now });
        } catch (const ApiError &error) {
            if (error.status() == Status::Conflict)
                throw ApiError::conflict(QStringLiteral("there is already a service '%1'").arg(name),
                    { { QStringLiteral("field"), QStringLiteral("name") } });
            throw;
        }
        return createdResponse(load(request, id), QStringLiteral("/api/v1/services/"));
    });
    router.add(Method::Patch, QStringLiteral("/api/v1/services/{id}"), [](ApiRequest &request) {
        const ServiceRef service = find(request, request.parameter(QStringLiteral("id")));
        request.requireTeamWrite(service.teamName);
        if (service.archived)
            throw ApiError::conflict(QStringLiteral("service '%1' is archived").arg(service.name));
        const QJsonObject body = request.body();
        QStringList sets;
        QVariantList values;
        const auto setText = [&](const char *field, const char *column) {
            const QString name = QLatin1String(field);
            if (body.contains(name)) {
                sets.append(QLatin1String(column) + QStringLiteral(" = ?"));
                values.append(optionalText(body, name));
            }
        };
        setText("title", "title");
        setText("runCommand", "run_command");
        setText("healthUrl", "health_url");
        if (body.contains(QLatin1String("parameters"))) {
            sets.append(QStringLiteral("parameters = ?"));
            values.append(parametersText(body));
        }
        if (body.contains(QLatin1String("template"))) {
            const QJsonObject t = body.value(QLatin1String("template")).toObject();
            sets.append(QStringLiteral("template_name = ?"));
            values.append(Json::requiredString(t, QStringLiteral("name")));
            sets.append(QStringLiteral("template_version = ?"));
            values.append(optionalText(t, QStringLiteral("version")));
        }
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            static const QStringList known { QStringLiteral("title"), QStringLiteral("runCommand"),
                QStringLiteral("healthUrl"), QStringLiteral("parameters"), QStringLiteral("template") };
            if (!known.contains(it.key()))
                throw ApiError::invalid(it.key(),
                    QStringLiteral("cannot be changed (known fields: %1)").arg(known.join(QStringLiteral(", "))));
        }
        sets.append(QStringLiteral("updated_at = ?"));
        values << nowMs() << service.id;
        sqlExec(request.database(),
            QStringLiteral("UPDATE services SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), values);
        return QHttpServerResponse(load(request, service.id));
    });
    router.add(Method::Post, QStringLiteral("/api/v1/services/{id}/archive"), [](ApiRequest &request) {
        const ServiceRef service = find(request, request.parameter(QStringLiteral("id")));
        request.requireTeamWrite(service.teamName);
        // Archiving twice is harmless: the first time stands.
        sqlExec(request.database(),
            QStringLiteral("UPDATE services SET archived_at = COALESCE(archived_at, ?), updated_at = ? WHERE id = ?"),
            { nowMs(), nowMs(), service.id });
        return QHttpServerResponse(load(request, service.id));
    });
}

}
