// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentsresource.h"

#include "apierror.h"
#include "apirequest.h"
#include "assessment/assessmentsessionfile.h"
#include "database.h"
#include "httperror.h"
#include "router.h"
#include "servercontext.h"
#include "sql.h"

#include <QJsonArray>
#include <QSqlRecord>

namespace Tarmac::Server {

namespace {
using Method = QHttpServerRequest::Method;

// The latest earlier round of the same scope and model: earlier date, or the same date stored before.
const QString PreviousRound = QStringLiteral(
    "(SELECT p.id FROM assessments p WHERE p.scope_kind = a.scope_kind AND p.scope_name = a.scope_name "
    "AND p.model_id = a.model_id AND (p.held_on < a.held_on OR (p.held_on = a.held_on AND p.id < a.id)) "
    "ORDER BY p.held_on DESC, p.id DESC LIMIT 1)");

QString columns(bool withSession)
{
    return QStringLiteral("SELECT a.id, a.session_id, a.title, a.model_id, a.model_version, a.model_hash, "
                          "a.scope_kind, a.scope_name, a.held_on, a.facilitator, a.participants, a.published_by, "
                          "a.created_at, a.updated_at, ")
        + PreviousRound + (withSession ? QStringLiteral(", a.session") : QString())
        + QStringLiteral(" FROM assessments a");
}

QJsonObject assessmentJson(const QSqlQuery &q)
{
    QJsonObject json { { QStringLiteral("id"), q.value(0).toString() },
        { QStringLiteral("sessionId"), q.value(1).toString() }, { QStringLiteral("title"), q.value(2).toString() },
        { QStringLiteral("model"),
            QJsonObject { { QStringLiteral("id"), q.value(3).toString() },
                { QStringLiteral("version"), q.value(4).toString() },
                { QStringLiteral("hash"), q.value(5).toString() } } },
        { QStringLiteral("scope"),
            QJsonObject { { QStringLiteral("kind"), q.value(6).toString() },
                { QStringLiteral("name"), q.value(7).toString() } } },
        { QStringLiteral("date"), q.value(8).toString() }, { QStringLiteral("facilitator"), q.value(9).toString() },
        { QStringLiteral("participants"), q.value(10).toInt() },
        { QStringLiteral("publishedBy"), q.value(11).toString() },
        { QStringLiteral("publishedAt"), Json::timeOrNull(q.value(12)) },
        { QStringLiteral("updatedAt"), Json::timeOrNull(q.value(13)) },
        { QStringLiteral("previous"),
            q.value(14).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(14).toString()) } };
    if (q.record().count() > 15)
        json.insert(QStringLiteral("session"), q.value(15).toString());
    return json;
}

QJsonValue levelOrNull(const QVariant &level)
{
    return level.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(level.toInt());
}

// Adds each item's capabilities (agreed level and target) with one query for the whole page.
void addCapabilities(const ApiRequest &request, QJsonArray &items)
{
    if (items.isEmpty())
        return;
    QStringList marks;
    QVariantList ids;
    for (const QJsonValue &item : std::as_const(items)) {
        marks.append(QStringLiteral("?"));
        ids.append(item.toObject().value(QLatin1String("id")).toString());
    }
    QSqlQuery q = sqlExec(request.database(),
        QStringLiteral("SELECT assessment_id, capability_id, agreed_level, target_level FROM assessment_capabilities "
                       "WHERE assessment_id IN (%1) ORDER BY assessment_id, sort_order")
            .arg(marks.join(QStringLiteral(", "))),
        ids);
    QHash<QString, QJsonArray> byAssessment;
    while (q.next())
        byAssessment[q.value(0).toString()].append(QJsonObject { { QStringLiteral("id"), q.value(1).toString() },
            { QStringLiteral("agreed"), levelOrNull(q.value(2)) },
            { QStringLiteral("target"), levelOrNull(q.value(3)) } });
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        item.insert(QStringLiteral("capabilities"), byAssessment.value(item.value(QLatin1String("id")).toString()));
        items.replace(i, item);
    }
}

QJsonObject load(const ApiRequest &request, const QString &id)
{
    QSqlQuery q = sqlExec(request.database(), columns(true) + QStringLiteral(" WHERE a.id = ?"), { id });
    if (!q.next())
        throw ApiError::notFound(QStringLiteral("assessment"), id);
    QJsonArray one { assessmentJson(q) };
    addCapabilities(request, one);
    return one.at(0).toObject();
}

// The session in the body, parsed as the workbench parses its files; 422 with each error's line and
// column in the YAML text when it is not a session that can be stored.
AssessmentSession sessionOf(const ApiRequest &request)
{
    const QString text = Json::requiredString(request.body(), QStringLiteral("session"));
    SessionLoadResult loaded = AssessmentSessionFile::parse(text.toUtf8(), QStringLiteral("session"));
    if (loaded.ok()) {
        const auto missing
            = [&](const QString &what) { loaded.errors.append({ QStringLiteral("session"), 1, 1, what }); };
        if (!loaded.session.date.isValid())
            missing(QStringLiteral("the session has no 'date'; stored sessions are listed by date"));
        if (loaded.session.scope.kind.isEmpty())
            missing(QStringLiteral("the session's scope has no 'kind' (organisation, unit or team)"));
    }
    if (loaded.ok())
        return loaded.session;
    QJsonArray errors;
    for (const SourceError &error : std::as_const(loaded.errors))
        errors.append(QJsonObject { { QStringLiteral("line"), error.line }, { QStringLiteral("column"), error.column },
            { QStringLiteral("message"), error.message } });
    const SourceError &first = loaded.errors.constFirst();
    throw ApiError(QHttpServerResponse::StatusCode::UnprocessableEntity, QStringLiteral("validation_failed"),
        QStringLiteral("session: line %1, column %2: %3").arg(first.line).arg(first.column).arg(first.message),
        { { QStringLiteral("field"), QStringLiteral("session") }, { QStringLiteral("errors"), errors } });
}

void storeCapabilities(const ApiRequest &request, const QString &id, const AssessmentSession &session)
{
    sqlExec(request.database(), QStringLiteral("DELETE FROM assessment_capabilities WHERE assessment_id = ?"), { id });
    int order = 0;
    for (const CapabilityRecord &record : session.records) {
        sqlExec(request.database(),
            QStringLiteral("INSERT INTO assessment_capabilities (assessment_id, sort_order, capability_id, "
                           "agreed_level, target_level) VALUES (?, ?, ?, ?, ?)"),
            { id, order++, record.capabilityId, record.agreedLevel > 0 ? QVariant(record.agreedLevel) : QVariant(),
                record.targetLevel > 0 ? QVariant(record.targetLevel) : QVariant() });
    }
}

QVariantList derivedColumns(const AssessmentSession &session)
{
    return { session.title, session.model.id, session.model.version, session.model.hash, session.scope.kind,
        session.scope.name, session.date.toString(Qt::ISODate), session.facilitator, int(session.participants.size()) };
}

void requireReader(const ApiRequest &request)
{
    request.requireRole({ "owner", "facilitator", "admin" });
}

void requireWriter(const ApiRequest &request)
{
    request.requireRole({ "facilitator", "admin" });
}
}

AssessmentsResource::AssessmentsResource(ServerContext &context)
    : m_context(context)
{
}

void AssessmentsResource::addRoutes(Router &router)
{
    router.add(Method::Get, QStringLiteral("/api/v1/assessments"), [](ApiRequest &request) {
        requireReader(request);
        QStringList where;
        QVariantList values;
        if (request.hasQuery(QStringLiteral("model"))) {
            where.append(QStringLiteral("a.model_id = ?"));
            values << request.query(QStringLiteral("model"));
        }
        if (request.hasQuery(QStringLiteral("scope"))) {
            // scope=KIND or scope=KIND:NAME, as the metrics' scope is written.
            const QString scope = request.query(QStringLiteral("scope"));
            const QString kind = scope.section(u':', 0, 0);
            if (kind != QLatin1String("organisation") && kind != QLatin1String("unit") && kind != QLatin1String("team"))
                throw ApiError::badRequest(QStringLiteral("scope must be organisation, unit or team, optionally "
                                                          "followed by :NAME, such as team:payments"),
                    { { QStringLiteral("parameter"), QStringLiteral("scope") } });
            where.append(QStringLiteral("a.scope_kind = ?"));
            values << kind;
            if (scope.contains(u':')) {
                where.append(QStringLiteral("a.scope_name = ?"));
                values << scope.section(u':', 1);
            }
        }
        // Newest first by the day the workshop was held, then by when it was stored. The cursor is
        // the last item's id, as everywhere; its date is looked up to continue after it.
        const int limit = request.limit();
        const QString cursor = request.cursorId();
        if (!cursor.isEmpty()) {
            QSqlQuery after = sqlExec(
                request.database(), QStringLiteral("SELECT held_on FROM assessments WHERE id = ?"), { cursor });
            if (!after.next())
                throw ApiError::badRequest(QStringLiteral("cursor names an assessment that is no longer stored"),
                    { { QStringLiteral("parameter"), QStringLiteral("cursor") } });
            where.append(QStringLiteral("(a.held_on < ? OR (a.held_on = ? AND a.id < ?))"));
            values << after.value(0).toString() << after.value(0).toString() << cursor;
        }
        QString statement = columns(false);
        if (!where.isEmpty())
            statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        statement += QStringLiteral(" ORDER BY a.held_on DESC, a.id DESC LIMIT %1").arg(limit + 1);
        QSqlQuery q = sqlExec(request.database(), statement, values);
        QJsonArray items;
        bool more = false;
        while (q.next()) {
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.append(assessmentJson(q));
        }
        addCapabilities(request, items);
        const QString lastId
            = items.isEmpty() ? QString() : items.last().toObject().value(QLatin1String("id")).toString();
        return QHttpServerResponse(QJsonObject { { QStringLiteral("items"), items },
            { QStringLiteral("nextCursor"),
                more ? QJsonValue(ApiRequest::cursorFor(lastId)) : QJsonValue(QJsonValue::Null) } });
    });
    router.add(Method::Get, QStringLiteral("/api/v1/assessments/{id}"), [](ApiRequest &request) {
        requireReader(request);
        return QHttpServerResponse(load(request, request.parameter(QStringLiteral("id"))));
    });
    router.addCreating(Method::Post, QStringLiteral("/api/v1/assessments"), [](ApiRequest &request) {
        requireWriter(request);
        const AssessmentSession session = sessionOf(request);
        QSqlQuery existing = sqlExec(
            request.database(), QStringLiteral("SELECT id FROM assessments WHERE session_id = ?"), { session.id });
        if (existing.next())
            throw ApiError(QHttpServerResponse::StatusCode::Conflict, QStringLiteral("already_stored"),
                QStringLiteral("session '%1' is already stored as %2; PUT /assessments/%2 replaces it")
                    .arg(session.id, existing.value(0).toString()),
                { { QStringLiteral("id"), existing.value(0).toString() } });
        const QString id = newId(QStringLiteral("asm"));
        const qint64 now = nowMs();
        sqlExec(request.database(),
            QStringLiteral("INSERT INTO assessments (id, session_id, title, model_id, model_version, model_hash, "
                           "scope_kind, scope_name, held_on, facilitator, participants, session, published_by, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList { id, session.id } + derivedColumns(session)
                + QVariantList { Json::requiredString(request.body(), QStringLiteral("session")),
                    request.principal().id, now, now });
        storeCapabilities(request, id, session);
        return createdResponse(load(request, id), QStringLiteral("/api/v1/assessments/"));
    });
    // Publishing a session again (after the room went on) replaces the stored text; it stays one round.
    router.add(Method::Put, QStringLiteral("/api/v1/assessments/{id}"), [](ApiRequest &request) {
        requireWriter(request);
        const QString id = request.parameter(QStringLiteral("id"));
        QSqlQuery stored
            = sqlExec(request.database(), QStringLiteral("SELECT session_id FROM assessments WHERE id = ?"), { id });
        if (!stored.next())
            throw ApiError::notFound(QStringLiteral("assessment"), id);
        const AssessmentSession session = sessionOf(request);
        if (session.id != stored.value(0).toString())
            throw ApiError::invalid(QStringLiteral("session"),
                QStringLiteral("is session '%1', but %2 stores session '%3'; POST a new session instead")
                    .arg(session.id, id, stored.value(0).toString()));
        sqlExec(request.database(),
            QStringLiteral("UPDATE assessments SET title = ?, model_id = ?, model_version = ?, model_hash = ?, "
                           "scope_kind = ?, scope_name = ?, held_on = ?, facilitator = ?, participants = ?, "
                           "session = ?, published_by = ?, updated_at = ? WHERE id = ?"),
            derivedColumns(session)
                + QVariantList { Json::requiredString(request.body(), QStringLiteral("session")),
                    request.principal().id, nowMs(), id });
        storeCapabilities(request, id, session);
        return QHttpServerResponse(load(request, id));
    });
}

}
