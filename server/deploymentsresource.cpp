// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymentsresource.h"

#include "apierror.h"
#include "apirequest.h"
#include "database.h"
#include "deploymentevents.h"
#include "eventstream.h"
#include "httperror.h"
#include "pagedlist.h"
#include "router.h"
#include "servercontext.h"
#include "servicesresource.h"
#include "sql.h"
#include "sqlbatch.h"
#include "teamsresource.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>

namespace Tarmac::Server {

namespace {
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

const QString Columns = QStringLiteral(
    "SELECT d.id, s.name, e.name, d.version, d.sha, d.intent, d.status, d.source, d.rollback_of, d.message, "
    "d.created_by, d.created_at, d.started_at, d.finished_at, t.name, e.production FROM deployments d "
    "JOIN services s ON s.id = d.service_id JOIN environments e ON e.id = d.environment_id "
    "JOIN teams t ON t.id = s.team_id");

QJsonValue stringOrNull(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

const QString ChangesOf
    = QStringLiteral("SELECT c.id, c.sha, c.committed_at, c.title FROM deployment_changes dc "
                     "JOIN changes c ON c.id = dc.change_id WHERE dc.deployment_id = ? ORDER BY c.committed_at, c.id");

// A row of Columns, from a QSqlQuery or a SqlRow.
template <typename Row> QJsonObject deploymentJson(const Row &q)
{
    return { { QStringLiteral("id"), q.value(0).toString() }, { QStringLiteral("service"), q.value(1).toString() },
        { QStringLiteral("environment"), q.value(2).toString() }, { QStringLiteral("version"), q.value(3).toString() },
        { QStringLiteral("sha"), stringOrNull(q.value(4)) }, { QStringLiteral("intent"), q.value(5).toString() },
        { QStringLiteral("status"), q.value(6).toString() }, { QStringLiteral("source"), q.value(7).toString() },
        { QStringLiteral("rollbackOf"), stringOrNull(q.value(8)) },
        { QStringLiteral("message"), q.value(9).toString() }, { QStringLiteral("createdBy"), q.value(10).toString() },
        { QStringLiteral("createdAt"), Json::timeOrNull(q.value(11)) },
        { QStringLiteral("startedAt"), Json::timeOrNull(q.value(12)) },
        { QStringLiteral("finishedAt"), Json::timeOrNull(q.value(13)) },
        { QStringLiteral("team"), q.value(14).toString() },
        { QStringLiteral("production"), q.value(15).toInt() != 0 } };
}

QString who(const ApiRequest &request)
{
    return request.principal().id;
}
}

DeploymentsResource::DeploymentsResource(ServerContext &context)
    : m_context(context)
{
}

QJsonObject DeploymentsResource::load(const ApiRequest &request, const QString &id)
{
    SqlBatch batch(request.database());
    const int deployment = batch.add(Columns + QStringLiteral(" WHERE d.id = ?"), { id });
    const int changes = batch.add(ChangesOf, { id });
    batch.run();
    return loaded(batch, deployment, changes, id);
}

// A deployment with its changes from a batch that read Columns and ChangesOf.
QJsonObject DeploymentsResource::loaded(const SqlBatch &batch, int deployment, int changes, const QString &id)
{
    const QList<QVariantList> &rows = batch.result(deployment).rows;
    if (rows.isEmpty())
        throw ApiError::notFound(QStringLiteral("deployment"), id);
    QJsonObject json = deploymentJson(SqlRow(rows.constFirst()));
    QJsonArray list;
    for (const QVariantList &values : batch.result(changes).rows) {
        const SqlRow change(values);
        list.append(QJsonObject { { QStringLiteral("id"), change.value(0).toString() },
            { QStringLiteral("sha"), change.value(1).toString() },
            { QStringLiteral("committedAt"), Json::timeOrNull(change.value(2)) },
            { QStringLiteral("title"), change.value(3).toString() } });
    }
    json.insert(QStringLiteral("changes"), list);
    return json;
}

QJsonObject DeploymentsResource::create(ApiRequest &request, const QJsonObject &body, const QString &rollbackOf)
{
    const QString serviceName = Json::requiredString(body, QStringLiteral("service"));
    const QString environmentName = Json::requiredString(body, QStringLiteral("environment"));
    const QString version = Json::requiredString(body, QStringLiteral("version"));
    const QString sha = Json::optionalString(body, QStringLiteral("sha"));
    const QString intent = Json::oneOf(body, QStringLiteral("intent"),
        { QStringLiteral("planned"), QStringLiteral("hotfix"), QStringLiteral("rollback") }, QStringLiteral("planned"));
    const QJsonValue bundle = body.value(QLatin1String("bundle"));
    if (!bundle.isUndefined() && !bundle.isNull() && !bundle.isObject())
        throw ApiError::invalid(
            QStringLiteral("bundle"), QStringLiteral("must be an object: {\"files\": {PATH: TEXT}}"));
    const QJsonObject files = bundle.toObject().value(QLatin1String("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QString path = it.key();
        if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\')
            || path.split(u'/').contains(QStringLiteral("..")) || !it.value().isString())
            throw ApiError::invalid(QStringLiteral("bundle.files"),
                QStringLiteral("'%1' must be a relative path inside the bundle with text content").arg(path));
    }

    // A deployment made elsewhere is recorded as it finished, not run.
    QString status = QStringLiteral("queued");
    QString source = QStringLiteral("tarmac");
    QVariant startedAt, finishedAt;
    const QJsonValue record = body.value(QLatin1String("record"));
    if (record.isObject()) {
        const QJsonObject r = record.toObject();
        status = Json::oneOf(r, QStringLiteral("status"), { QStringLiteral("succeeded"), QStringLiteral("failed") });
        finishedAt = Json::requiredTime(r, QStringLiteral("finishedAt"));
        const auto started = Json::optionalTime(r, QStringLiteral("startedAt"));
        startedAt = started ? *started : finishedAt.toLongLong();
        if (startedAt.toLongLong() > finishedAt.toLongLong())
            throw ApiError::invalid(QStringLiteral("record.startedAt"), QStringLiteral("is after finishedAt"));
        source = Json::optionalString(r, QStringLiteral("source"), QStringLiteral("external"));
    } else if (!record.isUndefined() && !record.isNull()) {
        throw ApiError::invalid(QStringLiteral("record"), QStringLiteral("must be an object"));
    }

    const QJsonValue changes = body.value(QLatin1String("changes"));
    if (!changes.isUndefined() && !changes.isNull() && !changes.isArray())
        throw ApiError::invalid(
            QStringLiteral("changes"), QStringLiteral("must be an array of {sha, committedAt, title}"));
    const QJsonArray changeList = changes.toArray();
    for (qsizetype i = 0; i < changeList.size(); ++i) {
        const QString field = QStringLiteral("changes[%1]").arg(i);
        if (!changeList.at(i).isObject())
            throw ApiError::invalid(field, QStringLiteral("must be an object"));
        const QJsonObject change = changeList.at(i).toObject();
        Json::requiredString(change, QStringLiteral("sha"));
        if (!Json::optionalTime(change, QStringLiteral("committedAt")))
            throw ApiError::invalid(field + QStringLiteral(".committedAt"), QStringLiteral("is required"));
    }

    // Everything goes to the database together, one round trip on PostgreSQL: the service's and
    // environment's lookups, and the writes, which name them by the same lookups in SQL and so
    // write nothing when either is missing. They run inside the write's savepoint: when a check
    // of what the lookups found refuses, the throw undoes them (WriteBatch::undo).
    const QString id = newId(QStringLiteral("dep"));
    const qint64 now = nowMs();
    SqlBatch batch(request.database());
    const int serviceLookup = ServicesResource::addFind(batch, serviceName);
    const int environmentLookup = TeamsResource::addEnvironmentLookup(batch, environmentName);
    batch.add(
        QStringLiteral("INSERT INTO deployments (id, service_id, environment_id, version, sha, intent, status, source, "
                       "rollback_of, bundle, created_by, created_at, started_at, finished_at) "
                       "SELECT ?, s.id, e.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM services s, environments e "
                       "WHERE (s.id = ? OR s.name = ?) AND (e.id = ? OR e.name = ?)"),
        { id, version, sha.isEmpty() ? QVariant() : QVariant(sha), intent, status, source,
            rollbackOf.isEmpty() ? QVariant() : QVariant(rollbackOf),
            bundle.isObject()
                ? QVariant(QString::fromUtf8(QJsonDocument(bundle.toObject()).toJson(QJsonDocument::Compact)))
                : QVariant(),
            who(request), now, startedAt, finishedAt, serviceName, serviceName, environmentName, environmentName });
    for (const QJsonValue &value : changeList) {
        const QJsonObject change = value.toObject();
        const QString changeSha = change.value(QLatin1String("sha")).toString();
        // A change is one commit of one service: the first report of it stands, and this
        // deployment links to whichever row holds it.
        batch.add(QStringLiteral("INSERT INTO changes (id, service_id, sha, title, committed_at, created_at) "
                                 "SELECT ?, d.service_id, ?, ?, ?, ? FROM deployments d WHERE d.id = ? "
                                 "ON CONFLICT (service_id, sha) DO NOTHING"),
            { newId(QStringLiteral("chg")), changeSha, Json::optionalString(change, QStringLiteral("title")),
                *Json::optionalTime(change, QStringLiteral("committedAt")), now, id });
        batch.add(QStringLiteral("INSERT INTO deployment_changes (deployment_id, change_id) SELECT d.id, c.id "
                                 "FROM deployments d JOIN changes c ON c.service_id = d.service_id AND c.sha = ? "
                                 "WHERE d.id = ? ON CONFLICT DO NOTHING"),
            { changeSha, id });
    }
    m_context.events.appendFirst(batch, id, QStringLiteral("status"),
        { { QStringLiteral("status"), status }, { QStringLiteral("message"), QString() } });
    const int deployment = batch.add(Columns + QStringLiteral(" WHERE d.id = ?"), { id });
    const int linked = batch.add(ChangesOf, { id });
    batch.run();

    const ServicesResource::ServiceRef service
        = ServicesResource::found(batch, serviceLookup, serviceName, QStringLiteral("service"));
    request.requireTeamWrite(service.teamName);
    if (service.archived)
        throw ApiError::conflict(QStringLiteral("service '%1' is archived").arg(service.name));
    TeamsResource::environmentFound(batch, environmentLookup, environmentName, QStringLiteral("environment"));
    return loaded(batch, deployment, linked, id);
}

void DeploymentsResource::addRoutes(Router &router)
{
    router.addCreating(Method::Post, QStringLiteral("/api/v1/deployments"), [this](ApiRequest &request) {
        const QJsonObject body = request.body();
        return createdResponse(create(request, body, {}), QStringLiteral("/api/v1/deployments/"));
    });
    router.add(Method::Get, QStringLiteral("/api/v1/deployments/{id}"), [](ApiRequest &request) {
        return QHttpServerResponse(load(request, request.parameter(QStringLiteral("id"))));
    });
    router.add(Method::Get, QStringLiteral("/api/v1/deployments"), [](ApiRequest &request) {
        QStringList where;
        QVariantList values;
        const auto filter = [&](const char *parameter, const QString &condition, int bindings) {
            const QString name = QLatin1String(parameter);
            if (!request.hasQuery(name))
                return;
            where.append(condition);
            for (int i = 0; i < bindings; ++i)
                values.append(request.query(name));
        };
        filter("service", QStringLiteral("(s.id = ? OR s.name = ?)"), 2);
        filter("team", QStringLiteral("(t.id = ? OR t.name = ?)"), 2);
        filter("environment", QStringLiteral("(e.id = ? OR e.name = ?)"), 2);
        if (request.hasQuery(QStringLiteral("status"))) {
            const QString status = request.query(QStringLiteral("status"));
            static const QStringList statuses { QStringLiteral("queued"), QStringLiteral("running"),
                QStringLiteral("succeeded"), QStringLiteral("failed"), QStringLiteral("cancelled") };
            if (!statuses.contains(status))
                throw ApiError::badRequest(
                    QStringLiteral("status must be one of %1").arg(statuses.join(QStringLiteral(", "))),
                    { { QStringLiteral("parameter"), QStringLiteral("status") } });
            where.append(QStringLiteral("d.status = ?"));
            values.append(status);
        }
        // from/to select by creation time: a queued deployment has no finish time yet.
        if (const auto from = request.queryTime(QStringLiteral("from"))) {
            where.append(QStringLiteral("d.created_at >= ?"));
            values.append(*from);
        }
        if (const auto to = request.queryTime(QStringLiteral("to"))) {
            where.append(QStringLiteral("d.created_at < ?"));
            values.append(*to);
        }
        return QHttpServerResponse(
            pagedList(request, Columns, where, values, deploymentJson<QSqlQuery>, QStringLiteral("d.id")));
    });
    router.add(Method::Post, QStringLiteral("/api/v1/deployments/{id}/cancel"), [this](ApiRequest &request) {
        const QJsonObject deployment = load(request, request.parameter(QStringLiteral("id")));
        const QString id = deployment.value(QLatin1String("id")).toString();
        request.requireTeamWrite(deployment.value(QLatin1String("team")).toString());
        const QString status = deployment.value(QLatin1String("status")).toString();
        if (DeploymentEvents::isTerminal(status))
            throw ApiError(Status::Conflict, QStringLiteral("already_finished"),
                QStringLiteral("deployment %1 already finished: %2").arg(id, status),
                { { QStringLiteral("status"), status } });
        if (status == QLatin1String("queued")) {
            // Only if no runner claimed it meanwhile (another instance may have).
            QSqlQuery q = sqlExec(request.database(),
                QStringLiteral("UPDATE deployments SET status = 'cancelled', finished_at = ?, message = ? "
                               "WHERE id = ? AND status = 'queued'"),
                { nowMs(), QStringLiteral("cancelled before it started"), id });
            if (q.numRowsAffected() == 1) {
                m_context.events.append(id, QStringLiteral("status"),
                    { { QStringLiteral("status"), QStringLiteral("cancelled") },
                        { QStringLiteral("message"), QStringLiteral("cancelled before it started") } });
                return QHttpServerResponse(load(request, id));
            }
        }
        // Running: the instance running it stops it and records the outcome.
        sqlExec(request.database(), QStringLiteral("UPDATE deployments SET cancel_requested = 1 WHERE id = ?"), { id });
        QHttpServerResponse response(load(request, id), Status::Accepted);
        return response;
    });
    router.addCreating(Method::Post, QStringLiteral("/api/v1/deployments/{id}/rollback"), [this](ApiRequest &request) {
        const QString id = request.parameter(QStringLiteral("id"));
        QSqlQuery q = sqlExec(request.database(),
            QStringLiteral("SELECT service_id, environment_id, created_at FROM deployments WHERE id = ?"), { id });
        if (!q.next())
            throw ApiError::notFound(QStringLiteral("deployment"), id);
        const QString serviceId = q.value(0).toString();
        const QString environmentId = q.value(1).toString();
        // What ran before it: the latest successful deployment of the same service and environment.
        QSqlQuery previous = sqlExec(request.database(),
            QStringLiteral(
                "SELECT id, version, sha, bundle FROM deployments WHERE service_id = ? AND environment_id = ? "
                "AND status = 'succeeded' AND created_at < ? AND id <> ? ORDER BY finished_at DESC, id DESC LIMIT 1"),
            { serviceId, environmentId, q.value(2), id });
        if (!previous.next())
            throw ApiError(Status::Conflict, QStringLiteral("nothing_to_roll_back_to"),
                QStringLiteral("no successful deployment of this service to this environment before %1").arg(id));
        QJsonObject body { { QStringLiteral("service"), serviceId }, { QStringLiteral("environment"), environmentId },
            { QStringLiteral("version"), previous.value(1).toString() },
            { QStringLiteral("intent"), QStringLiteral("rollback") } };
        if (!previous.value(2).isNull())
            body.insert(QStringLiteral("sha"), previous.value(2).toString());
        if (!previous.value(3).isNull())
            body.insert(
                QStringLiteral("bundle"), QJsonDocument::fromJson(previous.value(3).toString().toUtf8()).object());
        return createdResponse(create(request, body, id), QStringLiteral("/api/v1/deployments/"));
    });
    router.addStream(Method::Get, QStringLiteral("/api/v1/deployments/{id}/events"),
        [this](ApiRequest &request, QHttpServerResponder &responder) {
            const QString id
                = load(request, request.parameter(QStringLiteral("id"))).value(QLatin1String("id")).toString();
            QByteArray last = request.http().value(QByteArrayLiteral("Last-Event-ID"));
            if (last.isEmpty())
                last = request.query(QStringLiteral("lastEventId")).toLatin1();
            bool ok = true;
            const qint64 after = last.isEmpty() ? 0 : last.toLongLong(&ok);
            if (!ok || after < 0)
                throw ApiError::badRequest(QStringLiteral("Last-Event-ID must be an event number this stream sent"));
            new EventStream(m_context.database, m_context.events, id, after, std::move(responder));
        });
}

}
