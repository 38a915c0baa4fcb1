// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsresource.h"

#include "apierror.h"
#include "apirequest.h"
#include "database.h"
#include "doraquery.h"
#include "httperror.h"
#include "metrics/dorabands.h"
#include "metrics/statistics.h"
#include "router.h"
#include "servercontext.h"
#include "sql.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVersionNumber>

namespace Tarmac::Server {

using namespace Tarmac::Metrics;

namespace {
using Method = QHttpServerRequest::Method;

constexpr int MaxBuckets = 1100;

struct Query {
    TimeSpan range;
    Bucket bucket = Bucket::Week;
    MetricScope scope;
    QJsonObject scopeJson;
};

Query parse(const ApiRequest &request)
{
    Query query;
    const auto from = request.queryTime(QStringLiteral("from"));
    const auto to = request.queryTime(QStringLiteral("to"));
    if (!from || !to)
        throw ApiError::badRequest(QStringLiteral("from and to are required: the range [from, to) in RFC 3339"),
            { { QStringLiteral("parameter"), from ? QStringLiteral("to") : QStringLiteral("from") } });
    if (*to < *from)
        throw ApiError::badRequest(
            QStringLiteral("to is before from"), { { QStringLiteral("parameter"), QStringLiteral("to") } });
    query.range = { *from, *to };
    const QString bucketText
        = request.hasQuery(QStringLiteral("bucket")) ? request.query(QStringLiteral("bucket")) : QStringLiteral("week");
    const auto bucket = bucketFromName(bucketText);
    if (!bucket)
        throw ApiError::badRequest(QStringLiteral("bucket must be day, week or month"),
            { { QStringLiteral("parameter"), QStringLiteral("bucket") } });
    query.bucket = *bucket;
    if (bucketsOf(query.range, query.bucket).size() > MaxBuckets)
        throw ApiError::badRequest(
            QStringLiteral("the range holds more than %1 buckets; use a larger bucket").arg(MaxBuckets),
            { { QStringLiteral("parameter"), QStringLiteral("bucket") } });

    const QString scope
        = request.hasQuery(QStringLiteral("scope")) ? request.query(QStringLiteral("scope")) : QStringLiteral("all");
    // scope=all, or scope=team:NAME, service:NAME, environment:NAME (ids work too).
    const QString kind = scope.section(u':', 0, 0);
    const QString name = scope.section(u':', 1);
    query.scopeJson = { { QStringLiteral("kind"), kind } };
    if (kind == QLatin1String("all") && name.isEmpty())
        return query;
    if (kind == QLatin1String("path")) {
        if (name != QLatin1String("golden") && name != QLatin1String("other"))
            throw ApiError::badRequest(QStringLiteral("scope path:NAME takes golden or other"),
                { { QStringLiteral("parameter"), QStringLiteral("scope") } });
        query.scope = { kind, name, query.range.to };
        query.scopeJson.insert(QStringLiteral("id"), name);
        return query;
    }
    const QHash<QString, QString> tables { { QStringLiteral("team"), QStringLiteral("teams") },
        { QStringLiteral("service"), QStringLiteral("services") },
        { QStringLiteral("environment"), QStringLiteral("environments") } };
    if (!tables.contains(kind) || name.isEmpty())
        throw ApiError::badRequest(
            QStringLiteral("scope must be all, team:NAME, service:NAME, environment:NAME or path:golden|other"),
            { { QStringLiteral("parameter"), QStringLiteral("scope") } });
    QSqlQuery q = sqlExec(request.database(),
        QStringLiteral("SELECT id, name FROM %1 WHERE id = ? OR name = ?").arg(tables.value(kind)), { name, name });
    if (!q.next())
        throw ApiError::notFound(kind, name);
    query.scope = { kind, q.value(0).toString() };
    query.scopeJson.insert(QStringLiteral("id"), q.value(0).toString());
    query.scopeJson.insert(QStringLiteral("name"), q.value(1).toString());
    return query;
}

QJsonObject rangeJson(const TimeSpan &range)
{
    return { { QStringLiteral("from"), formatTimestamp(range.from) },
        { QStringLiteral("to"), formatTimestamp(range.to) } };
}

QList<double> doubles(const QList<qint64> &values)
{
    QList<double> result;
    for (qint64 v : values)
        result.append(double(v));
    return result;
}

QJsonValue valueOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

struct DoraRequest {
    Query query;
    DoraBands bands;
    bool withIds = false;
    qint64 attributionWindowMs = 0;
};

// What a DORA request asks, read on the server's thread (the request does not outlive the call).
DoraRequest parseDora(const ApiRequest &request, qint64 attributionWindowMs)
{
    DoraRequest dora { parse(request), {}, false, attributionWindowMs };
    int year = DoraBands::defaultYear();
    if (request.hasQuery(QStringLiteral("year"))) {
        bool ok = false;
        year = request.query(QStringLiteral("year")).toInt(&ok);
        if (!ok)
            year = 0;
    }
    const auto bands = DoraBands::forYear(year);
    if (!bands) {
        QJsonArray years;
        for (int y : DoraBands::years())
            years.append(y);
        throw ApiError::badRequest(
            QStringLiteral("there is no bands table for report year %1").arg(request.query(QStringLiteral("year"))),
            { { QStringLiteral("parameter"), QStringLiteral("year") }, { QStringLiteral("years"), years } });
    }
    dora.bands = *bands;
    dora.withIds = request.query(QStringLiteral("ids")) == QLatin1String("true");
    return dora;
}

// The DORA answer's body, on whichever thread holds the connection.
QJsonObject doraJson(const Database &database, const DoraRequest &dora)
{
    const Query &query = dora.query;
    const DoraBands *bands = &dora.bands;
    const DoraQuery::Result result
        = DoraQuery(database, dora.attributionWindowMs).run(query.range, query.bucket, query.scope, dora.withIds);

    QJsonArray points;
    for (const DoraPoint &point : result.points)
        points.append(point.toJson());

    const DoraPoint &total = result.total;
    const auto weekMedian = median(doubles(result.deployDaysPerWeek));
    const auto monthMedian = median(doubles(result.deployDaysPerMonth));
    const auto band
        = [](const std::optional<Band> &b) { return b ? QJsonValue(bandName(*b)) : QJsonValue(QJsonValue::Null); };
    const QJsonObject bandJson {
        { QStringLiteral("year"), bands->year },
        { QStringLiteral("table"), bands->toJson() },
        { QStringLiteral("deploymentFrequency"),
            QJsonObject { { QStringLiteral("band"),
                              band(weekMedian ? std::optional<Band>(
                                                    bands->deploymentFrequency(*weekMedian, monthMedian.value_or(0)))
                                              : std::nullopt) },
                { QStringLiteral("medianDeployDaysPerWeek"), valueOrNull(weekMedian) },
                { QStringLiteral("medianDeployDaysPerMonth"), valueOrNull(monthMedian) } } },
        { QStringLiteral("leadTime"),
            QJsonObject { { QStringLiteral("band"),
                band(total.leadTimeMedian ? std::optional<Band>(bands->leadTime(*total.leadTimeMedian))
                                          : std::nullopt) } } },
        { QStringLiteral("changeFailureRate"),
            QJsonObject { { QStringLiteral("band"),
                band(total.changeFailureRate ? std::optional<Band>(bands->changeFailureRate(*total.changeFailureRate))
                                             : std::nullopt) } } },
        { QStringLiteral("recoveryTime"),
            QJsonObject { { QStringLiteral("band"),
                band(total.recoveryMedian ? std::optional<Band>(bands->recoveryTime(*total.recoveryMedian))
                                          : std::nullopt) } } },
    };
    QJsonArray warnings;
    if (total.leadTimeDropped > 0)
        warnings.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("non_positive_lead_times") },
            { QStringLiteral("count"), total.leadTimeDropped },
            { QStringLiteral("message"),
                QStringLiteral("%1 changes shipped at or before their commit time were left out of lead time")
                    .arg(total.leadTimeDropped) } });
    if (total.unattributedIncidents > 0)
        warnings.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("unattributed_incidents") },
            { QStringLiteral("count"), total.unattributedIncidents },
            { QStringLiteral("message"),
                QStringLiteral("%1 incidents had no deployment within the attribution window; they count in time to "
                               "restore but fail no deployment")
                    .arg(total.unattributedIncidents) } });
    if (total.openFailures > 0)
        warnings.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("open_failures") },
            { QStringLiteral("count"), total.openFailures },
            { QStringLiteral("message"),
                QStringLiteral("%1 failed deployments have not recovered yet; they are not timed")
                    .arg(total.openFailures) } });
    if (total.deploymentsWithoutChanges > 0)
        warnings.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("deployments_without_changes") },
            { QStringLiteral("count"), total.deploymentsWithoutChanges },
            { QStringLiteral("message"),
                QStringLiteral("%1 deployments shipped no change; they count in deployment frequency but add nothing "
                               "to lead time")
                    .arg(total.deploymentsWithoutChanges) } });
    QJsonObject totalJson = total.toJson();
    return { { QStringLiteral("range"), rangeJson(query.range) },
        { QStringLiteral("bucket"), bucketName(query.bucket) }, { QStringLiteral("scope"), query.scopeJson },
        { QStringLiteral("attributionWindowSeconds"), double(dora.attributionWindowMs) / 1000.0 },
        { QStringLiteral("points"), points }, { QStringLiteral("total"), totalJson },
        { QStringLiteral("bands"), bandJson }, { QStringLiteral("warnings"), warnings } };
}

// Each worker thread's own connection to the database: a connection belongs to the thread that
// opened it. It closes when the thread ends, with the pool.
const Database &workerConnection(const Database &main)
{
    thread_local std::unique_ptr<Database> connection;
    if (!connection) {
        auto opened = std::make_unique<Database>();
        QString error;
        if (!main.openAnother(opened.get(), &error))
            throw ApiError(QHttpServerResponse::StatusCode::ServiceUnavailable, QStringLiteral("database_unavailable"),
                QStringLiteral("cannot open a connection for metrics: ") + error);
        connection = std::move(opened);
    }
    return *connection;
}

QHttpServerResponse jsonResponse(const QByteArray &body)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
}
}

MetricsResource::MetricsResource(ServerContext &context)
    : m_context(context)
{
    // One computation per core; more would only share them.
    m_workers.setMaxThreadCount(2);
    // Keep the threads and with them their connections: opening one costs more than a small answer.
    m_workers.setExpiryTimeout(-1);
}

MetricsResource::~MetricsResource()
{
    m_workers.waitForDone();
}

void MetricsResource::addRoutes(Router &router)
{
    router.addStream(Method::Get, QStringLiteral("/api/v1/metrics/dora"),
        [this](ApiRequest &request, QHttpServerResponder &responder) { doraDeferred(request, responder); });
    router.add(Method::Get, QStringLiteral("/api/v1/metrics/adoption"),
        [this](ApiRequest &request) { return cached(request, &MetricsResource::adoption); });
}

QString MetricsResource::cacheKey(const ApiRequest &request)
{
    return request.http().url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
}

const QByteArray *MetricsResource::fresh(const QString &key) const
{
    constexpr qint64 MaxAgeMs = 5000;
    const auto it = m_cache.constFind(key);
    if (it == m_cache.cend() || it->generation != m_context.writeGeneration || nowMs() - it->at >= MaxAgeMs)
        return nullptr;
    return &it->body;
}

void MetricsResource::remember(const QString &key, const QByteArray &body, quint64 generation)
{
    constexpr qsizetype MaxEntries = 256;
    if (m_cache.size() >= MaxEntries)
        m_cache.clear();
    m_cache.insert(key, { body, generation, nowMs() });
}

QHttpServerResponse MetricsResource::cached(
    const ApiRequest &request, QJsonObject (MetricsResource::*compute)(const ApiRequest &) const)
{
    const QString key = cacheKey(request);
    if (const QByteArray *body = fresh(key))
        return jsonResponse(*body);
    // Kept serialized: turning the series into JSON text costs more than answering from memory.
    const QByteArray body = QJsonDocument((this->*compute)(request)).toJson(QJsonDocument::Compact);
    remember(key, body, m_context.writeGeneration);
    return jsonResponse(body);
}

void MetricsResource::doraDeferred(const ApiRequest &request, QHttpServerResponder &responder)
{
    const QString key = cacheKey(request);
    if (const QByteArray *body = fresh(key)) {
        responder.sendResponse(jsonResponse(*body));
        return;
    }
    const auto waiting = m_waiting.find(key);
    if (waiting != m_waiting.end()) {
        waiting->push_back(std::make_shared<QHttpServerResponder>(std::move(responder)));
        return;
    }
    // A bad request throws here, while the dispatcher still has the responder to answer it.
    const DoraRequest dora = parseDora(request, m_context.settings.attributionWindowMs);
    m_waiting[key].push_back(std::make_shared<QHttpServerResponder>(std::move(responder)));
    // What is written while it runs may be missing from the answer: it is cached as of the
    // generation it started at, so the next request after that write computes again.
    const quint64 generation = m_context.writeGeneration;
    const Database &database = m_context.database;
    m_workers.start([this, key, dora, generation, &database] {
        QByteArray body;
        std::optional<ApiError> error;
        try {
            body = QJsonDocument(doraJson(workerConnection(database), dora)).toJson(QJsonDocument::Compact);
        } catch (const ApiError &e) {
            error = e;
        }
        QMetaObject::invokeMethod(
            &m_receiver,
            [this, key, body, error, generation] {
                if (!error)
                    remember(key, body, generation);
                answerWaiting(key, body, error);
            },
            Qt::QueuedConnection);
    });
}

void MetricsResource::answerWaiting(const QString &key, const QByteArray &body, const std::optional<ApiError> &error)
{
    const std::vector<std::shared_ptr<QHttpServerResponder>> responders = m_waiting.take(key);
    for (const std::shared_ptr<QHttpServerResponder> &responder : responders) {
        responder->sendResponse(error
                ? errorResponse(error->status(), error->code(), error->message(), error->details())
                : jsonResponse(body));
    }
}

QJsonObject MetricsResource::adoption(const ApiRequest &request) const
{
    const Query query = parse(request);
    const Database &db = request.database();
    QString serviceScope;
    QVariantList scopeValues;
    if (query.scope.kind == QLatin1String("team")) {
        serviceScope = QStringLiteral(" AND s.team_id = ?");
        scopeValues.append(query.scope.id);
    } else if (query.scope.kind == QLatin1String("service")) {
        serviceScope = QStringLiteral(" AND s.id = ?");
        scopeValues.append(query.scope.id);
    } else if (query.scope.kind == QLatin1String("path")) {
        serviceScope
            = QStringLiteral(" AND s.id %1 (%2)")
                  .arg(query.scope.id == QLatin1String("golden") ? QStringLiteral("IN") : QStringLiteral("NOT IN"),
                      goldenPathServices(QString::number(query.range.to)));
    }

    // Services per template and version, live at the end of the range.
    QSqlQuery q = sqlExec(db,
        QStringLiteral(
            "SELECT COALESCE(s.template_name, ''), COALESCE(s.template_version, ''), COUNT(*) FROM services s "
            "WHERE s.created_at < ? AND (s.archived_at IS NULL OR s.archived_at >= ?)%1 "
            "GROUP BY s.template_name, s.template_version ORDER BY 1, 2")
            .arg(serviceScope),
        QVariantList { query.range.to, query.range.to } + scopeValues);
    QHash<QString, QList<std::pair<QVersionNumber, qint64>>> byTemplate;
    QJsonArray templates;
    qint64 services = 0;
    qint64 withTemplate = 0;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const qint64 count = q.value(2).toLongLong();
        services += count;
        templates.append(QJsonObject {
            { QStringLiteral("template"), name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name) },
            { QStringLiteral("version"), q.value(1).toString() }, { QStringLiteral("services"), count } });
        if (!name.isEmpty()) {
            withTemplate += count;
            byTemplate[name].append({ QVersionNumber::fromString(q.value(1).toString()), count });
        }
    }
    // Version lag: services not on the newest version of their template in use.
    qint64 behind = 0;
    for (const auto &versions : std::as_const(byTemplate)) {
        QVersionNumber newest;
        for (const auto &[version, count] : versions)
            newest = std::max(newest, version);
        for (const auto &[version, count] : versions) {
            if (version < newest)
                behind += count;
        }
    }
    q = sqlExec(db,
        QStringLiteral(
            "SELECT COUNT(DISTINCT s.team_id) FROM services s WHERE s.created_at < ? AND s.archived_at IS NULL%1")
            .arg(serviceScope),
        QVariantList { query.range.to } + scopeValues);
    const qint64 teams = q.next() ? q.value(0).toLongLong() : 0;

    // Time to first deploy: created -> first successful production deployment, for services created in the range.
    const QString firstDeploy
        = QStringLiteral("(SELECT MIN(d.finished_at) FROM deployments d JOIN environments e ON e.id = d.environment_id "
                         "WHERE d.service_id = s.id AND e.production = 1 AND d.status = 'succeeded')");
    q = sqlExec(db,
        QStringLiteral(
            "SELECT AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN v END), MAX(n) FROM ("
            "SELECT v, ROW_NUMBER() OVER (ORDER BY v) AS rn, COUNT(*) OVER () AS n FROM ("
            "SELECT %1 - s.created_at AS v FROM services s WHERE s.created_at >= ? AND s.created_at < ?%2) f "
            "WHERE v IS NOT NULL) r")
            .arg(firstDeploy, serviceScope),
        QVariantList { query.range.from, query.range.to } + scopeValues);
    std::optional<double> timeToFirstDeploy;
    qint64 firstDeployed = 0;
    if (q.next() && !q.value(0).isNull()) {
        timeToFirstDeploy = q.value(0).toDouble() / 1000.0;
        firstDeployed = q.value(1).toLongLong();
    }
    // The distribution: one duration per service, without its name (a chart, not a list).
    q = sqlExec(db,
        QStringLiteral("SELECT v FROM (SELECT %1 - s.created_at AS v FROM services s WHERE s.created_at >= ? "
                       "AND s.created_at < ?%2) f WHERE v IS NOT NULL ORDER BY v")
            .arg(firstDeploy, serviceScope),
        QVariantList { query.range.from, query.range.to } + scopeValues);
    QJsonArray firstDeployValues;
    while (q.next())
        firstDeployValues.append(q.value(0).toDouble() / 1000.0);

    // Golden-path share: live services whose latest drift check found none, over all live services.
    const auto liveAt = [](const QString &at) {
        return QStringLiteral("s.created_at < %1 AND (s.archived_at IS NULL OR s.archived_at >= %1)").arg(at);
    };
    const auto goldenShare = [](qint64 live, qint64 golden) {
        return live > 0 ? QJsonValue(double(golden) / double(live)) : QJsonValue(QJsonValue::Null);
    };
    q = sqlExec(db,
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN s.id IN (%1) THEN 1 ELSE 0 END) FROM services s WHERE %2%3")
            .arg(goldenPathServices(QString::number(query.range.to)), liveAt(QString::number(query.range.to)),
                serviceScope),
        scopeValues);
    const QJsonValue goldenPathShare
        = q.next() ? goldenShare(q.value(0).toLongLong(), q.value(1).toLongLong()) : QJsonValue(QJsonValue::Null);

    // Per bucket: deployments by source, and how many distinct tokens deployed (never who).
    const QList<TimeSpan> buckets = bucketsOf(query.range, query.bucket);
    QJsonArray points;
    if (!buckets.isEmpty()) {
        QStringList values;
        for (qsizetype i = 0; i < buckets.size(); ++i)
            values.append(QStringLiteral("(%1, %2, %3)").arg(i).arg(buckets.at(i).from).arg(buckets.at(i).to));
        QString deploymentScope = serviceScope;
        if (query.scope.kind == QLatin1String("environment")) {
            deploymentScope = QStringLiteral(" AND d.environment_id = ?");
        }
        QList<QJsonObject> rows(buckets.size());
        for (qsizetype i = 0; i < buckets.size(); ++i)
            rows[i] = { { QStringLiteral("from"), formatTimestamp(buckets.at(i).from) },
                { QStringLiteral("to"), formatTimestamp(buckets.at(i).to) },
                { QStringLiteral("deploymentsFromTarmac"), 0 }, { QStringLiteral("deploymentsFromOtherSystems"), 0 },
                { QStringLiteral("activeDeployers"), 0 }, { QStringLiteral("servicesCreated"), 0 } };
        q = sqlExec(db,
            QStringLiteral(
                "WITH b (idx, s, e) AS (VALUES %1) SELECT b.idx, "
                "SUM(CASE WHEN d.source = 'tarmac' THEN 1 ELSE 0 END), SUM(CASE WHEN d.source <> 'tarmac' THEN 1 ELSE "
                "0 END), "
                "COUNT(DISTINCT CASE WHEN d.source = 'tarmac' THEN d.created_by END) FROM deployments d "
                "JOIN services s ON s.id = d.service_id JOIN b ON d.created_at >= b.s AND d.created_at < b.e "
                "WHERE 1 = 1%2 GROUP BY b.idx")
                .arg(values.join(QStringLiteral(", ")), deploymentScope),
            query.scope.kind == QLatin1String("environment") ? QVariantList { query.scope.id } : scopeValues);
        while (q.next()) {
            QJsonObject &row = rows[q.value(0).toInt()];
            row.insert(QStringLiteral("deploymentsFromTarmac"), q.value(1).toLongLong());
            row.insert(QStringLiteral("deploymentsFromOtherSystems"), q.value(2).toLongLong());
            row.insert(QStringLiteral("activeDeployers"), q.value(3).toLongLong());
        }
        q = sqlExec(db,
            QStringLiteral("WITH b (idx, s, e) AS (VALUES %1) SELECT b.idx, COUNT(*) FROM services s "
                           "JOIN b ON s.created_at >= b.s AND s.created_at < b.e WHERE 1 = 1%2 GROUP BY b.idx")
                .arg(values.join(QStringLiteral(", ")), serviceScope),
            scopeValues);
        while (q.next())
            rows[q.value(0).toInt()].insert(QStringLiteral("servicesCreated"), q.value(1).toLongLong());
        // At the end of each bucket: the golden-path share, and live services per template.
        q = sqlExec(db,
            QStringLiteral("WITH b (idx, s, e) AS (VALUES %1) SELECT b.idx, COUNT(*), SUM(CASE WHEN s.id IN (%2) "
                           "THEN 1 ELSE 0 END) FROM services s JOIN b ON %3 WHERE 1 = 1%4 GROUP BY b.idx")
                .arg(values.join(QStringLiteral(", ")), goldenPathServices(QStringLiteral("b.e")),
                    liveAt(QStringLiteral("b.e")), serviceScope),
            scopeValues);
        for (QJsonObject &row : rows)
            row.insert(QStringLiteral("goldenPathShare"), QJsonValue::Null);
        while (q.next())
            rows[q.value(0).toInt()].insert(
                QStringLiteral("goldenPathShare"), goldenShare(q.value(1).toLongLong(), q.value(2).toLongLong()));
        QList<QJsonArray> usage(buckets.size());
        q = sqlExec(db,
            QStringLiteral("WITH b (idx, s, e) AS (VALUES %1) SELECT b.idx, s.template_name, COUNT(*) FROM services s "
                           "JOIN b ON %2 WHERE s.template_name IS NOT NULL%3 GROUP BY b.idx, s.template_name "
                           "ORDER BY b.idx, s.template_name")
                .arg(values.join(QStringLiteral(", ")), liveAt(QStringLiteral("b.e")), serviceScope),
            scopeValues);
        while (q.next())
            usage[q.value(0).toInt()].append(QJsonObject { { QStringLiteral("template"), q.value(1).toString() },
                { QStringLiteral("services"), q.value(2).toLongLong() } });
        for (qsizetype i = 0; i < rows.size(); ++i)
            rows[i].insert(QStringLiteral("servicesByTemplate"), usage.at(i));
        for (const QJsonObject &row : rows)
            points.append(row);
    }
    return { { QStringLiteral("range"), rangeJson(query.range) },
        { QStringLiteral("bucket"), bucketName(query.bucket) }, { QStringLiteral("scope"), query.scopeJson },
        { QStringLiteral("services"), services }, { QStringLiteral("servicesFromTemplates"), withTemplate },
        { QStringLiteral("teamsOnboarded"), teams }, { QStringLiteral("templates"), templates },
        { QStringLiteral("servicesBehindNewestTemplateVersion"), behind },
        { QStringLiteral("goldenPathShare"), goldenPathShare },
        { QStringLiteral("timeToFirstDeploy"),
            QJsonObject { { QStringLiteral("median"), valueOrNull(timeToFirstDeploy) },
                { QStringLiteral("services"), firstDeployed }, { QStringLiteral("values"), firstDeployValues } } },
        { QStringLiteral("points"), points } };
}

}
