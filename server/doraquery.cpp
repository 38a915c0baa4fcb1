// SPDX-License-Identifier: GPL-3.0-or-later
#include "doraquery.h"

#include "apierror.h"
#include "database.h"
#include "percentiles.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <future>
#include <map>

namespace Tarmac::Server {

using Metrics::Bucket;
using Metrics::DoraPoint;
using Metrics::TimeSpan;

namespace {
constexpr int TotalIndex = -1;
constexpr qint64 DayMs = 86400000;

// a / b rounded down, for times before 1970 too.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

// Ids go into the statements as literals (they appear in several places): only ids of the shape
// tarmacd makes are accepted, which cannot carry SQL.
QString idLiteral(const QString &id)
{
    static const QRegularExpression idShape(QStringLiteral("^[a-z]+_[0-9a-f]{22}$"));
    if (!idShape.match(id).hasMatch())
        throw ApiError::internal(QStringLiteral("bad id in a metrics query"));
    return u'\'' + id + u'\'';
}

// The condition that a row's service (in column) is in scope; environments are the caller's.
QString serviceScope(const QString &column, const MetricScope &scope)
{
    if (scope.kind == QLatin1String("path"))
        return QStringLiteral(" AND %1 %2 (%3)")
            .arg(column, scope.id == QLatin1String("golden") ? QStringLiteral("IN") : QStringLiteral("NOT IN"),
                goldenPathServices(QString::number(scope.asOf)));
    if (scope.kind == QLatin1String("team"))
        return QStringLiteral(" AND %1 IN (SELECT id FROM services WHERE team_id = %2)")
            .arg(column, idLiteral(scope.id));
    if (scope.kind == QLatin1String("service"))
        return QStringLiteral(" AND %1 = %2").arg(column, idLiteral(scope.id));
    return {};
}

// The condition that a row's environment (in column) is in an environment scope; nothing for other
// scopes.
QString environmentScope(const MetricScope &scope, const QString &column = QStringLiteral("d.environment_id"))
{
    return scope.kind == QLatin1String("environment") ? QStringLiteral(" AND %1 = %2").arg(column, idLiteral(scope.id))
                                                      : QString();
}

// The whole UTC days of a range, which kept per-day counts answer, and its partial first and last
// days, which the rows themselves do (from == to when there is no whole day).
struct WholeDays {
    qint64 from;
    qint64 to;
};

WholeDays wholeDaysOf(const TimeSpan &range)
{
    const qint64 from = floorDiv(range.from + DayMs - 1, DayMs) * DayMs;
    const qint64 to = floorDiv(range.to, DayMs) * DayMs;
    return from < to ? WholeDays { from, to } : WholeDays { range.from, range.from };
}

// For the rows of a range's partial days: statement, with %1 and %2 for the start and end of a
// part, once for each part, as UNION ALL (one range each, which an index serves; an OR of two
// would make SQLite read the whole range).
QString partialDays(const QString &statement, const TimeSpan &range, const WholeDays &whole)
{
    return statement.arg(range.from).arg(whole.from) + QStringLiteral(" UNION ALL ")
        + statement.arg(whole.to).arg(range.to);
}

// Milliseconds as the API's seconds; none for NULL (an empty group).
std::optional<double> seconds(const QJsonValue &ms)
{
    if (!ms.isDouble())
        return std::nullopt;
    return ms.toDouble() / 1000.0;
}

std::optional<double> seconds(const QVariant &ms)
{
    if (ms.isNull())
        return std::nullopt;
    return ms.toDouble() / 1000.0;
}

// The bucket index of the time in column (NULL outside the range), worked out per row instead of
// joining every row against a list of buckets: arithmetic for days and weeks, which are all of a
// length; a short CASE for months, which are not.
// Rows known to lie in the range (InRange) need no range check, which is most of the work per row.
enum class Rows { InRange, Any };
QString bucketIndex(const QString &column, const QList<TimeSpan> &buckets, Bucket bucket, Rows rows = Rows::Any)
{
    const TimeSpan range { buckets.constFirst().from, buckets.constLast().to };
    if (bucket != Bucket::Month) {
        const qint64 origin = Metrics::bucketStart(range.from, bucket);
        const qint64 width = Metrics::nextBucketStart(origin, bucket) - origin;
        if (rows == Rows::InRange)
            return QStringLiteral("(%1 - %2) / %3").arg(column).arg(origin).arg(width);
        return QStringLiteral("CASE WHEN %1 >= %2 AND %1 < %3 THEN (%1 - %4) / %5 END")
            .arg(column)
            .arg(range.from)
            .arg(range.to)
            .arg(origin)
            .arg(width);
    }
    QString cases = QStringLiteral("CASE WHEN %1 < %2 THEN NULL").arg(column).arg(range.from);
    for (qsizetype i = 0; i < buckets.size(); ++i)
        cases += QStringLiteral(" WHEN %1 < %2 THEN %3").arg(column).arg(buckets.at(i).to).arg(i);
    return cases + QStringLiteral(" END");
}

// The index of the bucket holding time t (buckets cover the range in order).
int bucketOf(const QList<TimeSpan> &buckets, qint64 t)
{
    const auto it = std::upper_bound(
        buckets.cbegin(), buckets.cend(), t, [](qint64 time, const TimeSpan &span) { return time < span.to; });
    return it == buckets.cend() ? int(buckets.size()) - 1 : int(it - buckets.cbegin());
}

// A year's index pages read in place rather than copied through SQLite's page cache.
void readInPlace(const Database &database)
{
    sqlExecDirect(database, QStringLiteral("PRAGMA mmap_size = 4294967296"));
}

// Temporary tables that live for one run on its connection: made inside the run's transaction,
// which is rolled back at the end (or on an error), so nothing outlives it on either database.
class Snapshot {
public:
    // On PostgreSQL, imported: the id pg_export_snapshot() gave in another run's transaction.
    explicit Snapshot(const Database &database, const QString &imported = {})
        : m_database(database)
    {
        if (!m_database.connection().transaction())
            throw ApiError::internal(QStringLiteral("cannot start a read transaction"));
        // Every statement of the run sees the same data, as one statement would.
        if (m_database.kind() == QLatin1String("postgres")) {
            try {
                sqlExecDirect(m_database, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
                // Compiling the expressions cost more than it saved: 10 to 25 ms a statement, for
                // statements that now read thousands of rows, not millions.
                sqlExecDirect(m_database, QStringLiteral("SET LOCAL jit = off"));
                if (!imported.isEmpty()) {
                    static const QRegularExpression snapshotShape(QStringLiteral("^[0-9A-F-]+$"));
                    if (!snapshotShape.match(imported).hasMatch())
                        throw ApiError::internal(QStringLiteral("bad snapshot id in a metrics query"));
                    sqlExecDirect(m_database, QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(imported));
                }
            } catch (const ApiError &) {
                m_database.connection().rollback();
                throw;
            }
        }
    }
    ~Snapshot() { m_database.connection().rollback(); }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;

private:
    const Database &m_database;
};
}

QString goldenPathServices(const QString &at)
{
    return QStringLiteral("SELECT gs.id FROM services gs WHERE gs.template_name IS NOT NULL AND (SELECT gc.drifted "
                          "FROM service_drift_checks gc WHERE gc.service_id = gs.id AND gc.checked_at < %1 "
                          "ORDER BY gc.checked_at DESC LIMIT 1) = 0")
        .arg(at);
}

DoraQuery::DoraQuery(const Database &database, qint64 attributionWindowMs)
    : m_database(database)
    , m_windowMs(attributionWindowMs)
{
}

bool DoraQuery::isSqlite() const
{
    return m_database.kind() == QLatin1String("sqlite");
}

DoraQuery::Figures DoraQuery::figuresOf(
    const QString &source, const QString &key, const QStringList &columns, const QString &value) const
{
    Figures figures;
    if (isSqlite()) {
        // Both in one pass over the rows.
        QStringList aggregates;
        if (!key.isEmpty())
            aggregates.append(QStringLiteral("tarmac_sums(%1)").arg((QStringList { key } + columns).join(u", ")));
        if (!value.isEmpty())
            aggregates.append(QStringLiteral("tarmac_percentiles(idx, %1)").arg(value));
        QSqlQuery q
            = sqlExec(m_database, QStringLiteral("SELECT %1 FROM (%2) src").arg(aggregates.join(u", "), source));
        q.next();
        int column = 0;
        if (!key.isEmpty()) {
            for (const QJsonValue &row : QJsonDocument::fromJson(q.value(column++).toByteArray()).array()) {
                const QJsonArray r = row.toArray();
                QList<qint64> sums;
                for (qsizetype i = 1; i < r.size(); ++i)
                    sums.append(r.at(i).toInteger());
                figures.sums.insert(r.at(0).toInteger(), sums);
            }
        }
        if (!value.isEmpty())
            figures.percentiles = percentilesOf(q.value(column).toByteArray());
        return figures;
    }
    if (!key.isEmpty()) {
        // One pass, as on SQLite: per key the sums, and per idx the values themselves, whose median
        // and p90 are selected here. Ordered-set aggregates would sort all rows once per grouping
        // set; the values are a few per cent of them (failed deployments, incidents).
        QString sums;
        for (const QString &column : columns)
            sums += QStringLiteral(", SUM(%1)").arg(column);
        const QString values = value.isEmpty()
            ? QStringLiteral("NULL")
            : QStringLiteral("array_agg(%1) FILTER (WHERE %1 IS NOT NULL)").arg(value);
        QSqlQuery q = sqlExec(m_database,
            QStringLiteral("SELECT %1, idx, %2, COUNT(*)%3 FROM (%4) src GROUP BY %1, idx")
                .arg(key, values, sums, source));
        std::map<int, std::vector<double>> valuesOf; // per idx, and TotalIndex
        while (q.next()) {
            QList<qint64> row;
            for (int i = 3; i <= columns.size() + 3; ++i)
                row.append(q.value(i).toLongLong());
            QList<qint64> &keySums = figures.sums[q.value(0).toLongLong()];
            if (keySums.isEmpty())
                keySums = row;
            else
                for (qsizetype i = 0; i < row.size(); ++i)
                    keySums[i] += row.at(i);
            if (value.isEmpty())
                continue;
            const int idx = q.value(1).toInt();
            // PostgreSQL's text form of an array: {v1,v2,...}, or NULL for none.
            std::vector<double> rowValues;
            const QString text = q.value(2).toString();
            for (const QStringView number : QStringView(text).mid(1, text.size() - 2).split(u','))
                if (!number.isEmpty())
                    rowValues.push_back(number.toDouble());
            for (const int at : { idx, TotalIndex }) {
                figures.percentiles[at].rows += row.at(0);
                valuesOf[at].insert(valuesOf[at].end(), rowValues.cbegin(), rowValues.cend());
            }
        }
        for (auto &[idx, all] : valuesOf) {
            Percentiles &p = figures.percentiles[idx];
            p.values = qint64(all.size());
            if (all.empty())
                continue;
            const MedianAndP90 found = medianAndP90(all);
            p.median = found.median / 1000.0;
            p.p90 = found.p90 / 1000.0;
        }
        return figures;
    }
    if (!value.isEmpty()) {
        // The median as DESIGN.md defines it is percentile_cont(0.5); nearest-rank p90 is
        // percentile_disc(0.9); both leave NULLs out, like COUNT(value).
        QSqlQuery q = sqlExec(m_database,
            QStringLiteral("SELECT idx, COUNT(*), COUNT(%1), percentile_cont(0.5) WITHIN GROUP (ORDER BY %1), "
                           "percentile_disc(0.9) WITHIN GROUP (ORDER BY %1), GROUPING(idx) FROM (%2) src "
                           "GROUP BY GROUPING SETS ((idx), ())")
                .arg(value, source));
        while (q.next())
            figures.percentiles.insert(q.value(5).toInt() == 1 ? TotalIndex : q.value(0).toInt(),
                { q.value(1).toLongLong(), q.value(2).toLongLong(), seconds(q.value(3)), seconds(q.value(4)) });
    }
    return figures;
}

QMap<int, DoraQuery::Percentiles> DoraQuery::percentilesOf(const QByteArray &json)
{
    QMap<int, Percentiles> percentiles;
    for (const QJsonValue &row : QJsonDocument::fromJson(json).array()) {
        const QJsonArray r = row.toArray();
        percentiles.insert(
            r.at(0).toInt(), { r.at(1).toInteger(), r.at(2).toInteger(), seconds(r.at(3)), seconds(r.at(4)) });
    }
    return percentiles;
}

DoraQuery::Figures DoraQuery::leadTimes(
    const QList<TimeSpan> &buckets, Bucket bucket, const MetricScope &scope, const QString &production) const
{
    if (scope.kind == QLatin1String("environment"))
        return figuresOf(shippedChanges(buckets, bucket, scope, production), {}, {},
            QStringLiteral("CASE WHEN lead > 0 THEN lead END"));
    return leadTimesByBins(buckets, bucket, scope);
}

DoraQuery::Figures DoraQuery::leadTimesByBins(
    const QList<TimeSpan> &buckets, Bucket bucket, const MetricScope &scope) const
{
    const TimeSpan range { buckets.constFirst().from, buckets.constLast().to };
    const QString inScope = serviceScope(QStringLiteral("c.service_id"), scope);
    const WholeDays whole = wholeDaysOf(range);
    // Per idx (and TotalIndex): the changes per bin, in bin order; bin -1 holds the lead times that are
    // not positive, which count as rows without a value.
    QMap<int, std::map<int, qint64>> bins;
    // Every service together is one row per day and bin ('*'), kept beside each service's.
    const QString services = serviceScope(QStringLiteral("h.service_id"), scope);
    const QString binnedServices
        = services.isEmpty() ? QStringLiteral("h.service_id = '*'") : QStringLiteral("h.service_id <> '*'") + services;
    QSqlQuery q = sqlExec(m_database,
        QStringLiteral("SELECT idx, bin, SUM(n) FROM (SELECT %1 AS idx, h.bin, h.changes AS n FROM dora_lead_bins h "
                       "WHERE h.day >= %2 AND h.day < %3 AND %4 UNION ALL %5) counted GROUP BY idx, bin")
            .arg(bucketIndex(QStringLiteral("h.day * %1").arg(DayMs), buckets, bucket, Rows::InRange))
            .arg(whole.from / DayMs)
            .arg(whole.to / DayMs)
            .arg(binnedServices,
                partialDays(QStringLiteral("SELECT %1, c.lead_bin, 1 FROM changes c WHERE c.shipped_at >= %2 AND "
                                           "c.shipped_at < %3%4")
                                .arg(bucketIndex(QStringLiteral("c.shipped_at"), buckets, bucket, Rows::InRange),
                                    QStringLiteral("%1"), QStringLiteral("%2"), inScope),
                    range, whole)));
    while (q.next()) {
        const qint64 changes = q.value(2).toLongLong();
        if (changes == 0)
            continue;
        for (const int idx : { q.value(0).toInt(), TotalIndex })
            bins[idx][q.value(1).toInt()] += changes;
    }

    // Each rank a figure needs, found in its bin: the statement below orders that bin's changes in
    // the span and takes the one at the offset.
    Figures figures;
    QSqlQuery rankedLeads = sqlPrepare(m_database,
        QStringLiteral("SELECT c.shipped_at - c.committed_at AS lead FROM changes c WHERE c.lead_bin = ? AND "
                       "c.shipped_at >= ? AND c.shipped_at < ?%1 ORDER BY lead LIMIT ? OFFSET ?")
            .arg(inScope));
    for (auto it = bins.cbegin(); it != bins.cend(); ++it) {
        Percentiles &p = figures.percentiles[it.key()];
        for (const auto &[bin, changes] : it.value()) {
            p.rows += changes;
            if (bin >= 0)
                p.values += changes;
        }
        if (p.values == 0)
            continue;
        const TimeSpan span = it.key() == TotalIndex ? range : buckets.at(it.key());
        // The lead times at rank and the next one (when wanted and in the same bin; else that is
        // looked up on its own).
        const auto leadsAt = [&](qint64 rank, bool andNext) {
            QList<double> leads;
            for (const auto &[bin, changes] : it.value()) {
                if (bin < 0)
                    continue;
                if (rank >= changes) {
                    rank -= changes;
                    continue;
                }
                const int wanted = andNext && rank + 1 < changes ? 2 : 1;
                sqlRun(rankedLeads, { bin, span.from, span.to, wanted, rank });
                while (rankedLeads.next())
                    leads.append(rankedLeads.value(0).toDouble());
                if (leads.size() != wanted)
                    throw ApiError::internal(QStringLiteral("the lead-time bins disagree with the changes"));
                return leads;
            }
            throw ApiError::internal(QStringLiteral("the lead-time bins disagree with themselves"));
        };
        const PercentileRanks ranks = percentileRanks(p.values);
        const bool even = ranks.upperMiddle != ranks.lowerMiddle;
        QList<double> middle = leadsAt(ranks.lowerMiddle, even);
        if (even && middle.size() == 1)
            middle += leadsAt(ranks.upperMiddle, false);
        p.median = (middle.constFirst() + middle.constLast()) / 2.0 / 1000.0;
        p.p90 = leadsAt(ranks.p90, false).constFirst() / 1000.0;
    }
    return figures;
}

QString DoraQuery::productionEnvironments() const
{
    QStringList ids;
    QSqlQuery q = sqlExec(m_database, QStringLiteral("SELECT id FROM environments WHERE production = 1 ORDER BY id"));
    while (q.next())
        ids.append(idLiteral(q.value(0).toString()));
    // No production environment: nothing counts (NULL matches nothing in IN).
    return ids.isEmpty() ? QStringLiteral("NULL") : ids.join(QLatin1String(", "));
}

void DoraQuery::attributeIncidents(
    const QList<TimeSpan> &buckets, Bucket bucket, const MetricScope &scope, const QString &production) const
{
    const qint64 low = buckets.constFirst().from - m_windowMs;
    const QString environment = environmentScope(scope);
    // dora_att: incidents with their effective attribution (explicit, else the window rule: the
    // service's latest counted deployment in scope that finished within the window before it opened),
    // in the bucket of their opening.
    sqlExecDirect(m_database,
        QStringLiteral("CREATE TEMP TABLE dora_att AS SELECT i.id, i.opened_at, i.resolved_at, "
                       "COALESCE(i.deployment_id, (SELECT d.id FROM deployments d%7 WHERE d.service_id = i.service_id "
                       "AND d.status = 'succeeded' AND d.environment_id IN (%1)%2 AND d.finished_at <= i.opened_at "
                       "AND d.finished_at > i.opened_at - %3 ORDER BY d.finished_at DESC, d.id DESC LIMIT 1)) "
                       "AS deployment_id, %4 AS idx FROM incidents i WHERE i.opened_at >= %5%6")
            .arg(production, environment)
            .arg(m_windowMs)
            .arg(bucketIndex(QStringLiteral("i.opened_at"), buckets, bucket))
            .arg(low)
            .arg(serviceScope(QStringLiteral("i.service_id"), scope),
                // Without statistics SQLite would rather walk every deployment of the window than the
                // service's few.
                isSqlite() ? QStringLiteral(" INDEXED BY deployments_service_env") : QString()));
    // dora_failures: each deployment's attributed incidents folded into one row.
    sqlExecDirect(m_database,
        QStringLiteral("CREATE TEMP TABLE dora_failures AS SELECT deployment_id, COUNT(*) AS n, "
                       "SUM(CASE WHEN resolved_at IS NULL THEN 1 ELSE 0 END) AS unresolved, "
                       "MAX(resolved_at) AS last_resolved FROM dora_att WHERE deployment_id IS NOT NULL "
                       "GROUP BY deployment_id"));
    // Unique, which tells PostgreSQL's planner (no statistics on a table made just now) to hash these
    // few rows rather than the range's deployments when it joins them.
    sqlExecDirect(m_database, QStringLiteral("CREATE UNIQUE INDEX dora_failures_id ON dora_failures (deployment_id)"));
}

QString DoraQuery::countedDeployments(
    const QList<TimeSpan> &buckets, Bucket bucket, const MetricScope &scope, const QString &production) const
{
    const TimeSpan range { buckets.constFirst().from, buckets.constLast().to };
    return QStringLiteral("SELECT %1 AS idx, d.id, d.finished_at, CASE WHEN d.intent IN ('hotfix', 'rollback') THEN 1 "
                          "ELSE 0 END AS rework, CASE WHEN d.carried = 0 THEN 1 ELSE 0 END AS without_changes "
                          "FROM deployments d WHERE d.status = 'succeeded' AND d.finished_at >= %2 AND "
                          "d.finished_at < %3 AND d.environment_id IN (%4)%5")
        .arg(bucketIndex(QStringLiteral("d.finished_at"), buckets, bucket, Rows::InRange))
        .arg(range.from)
        .arg(range.to)
        .arg(production, environmentScope(scope) + serviceScope(QStringLiteral("d.service_id"), scope));
}

QString DoraQuery::countedDays(const TimeSpan &range, const MetricScope &scope, const QString &production) const
{
    const WholeDays whole = wholeDaysOf(range);
    const QString inScope = serviceScope(QStringLiteral("d.service_id"), scope) + environmentScope(scope);
    return QStringLiteral(
        "SELECT day, SUM(n), SUM(rework), SUM(without_changes) FROM (SELECT t.day, t.deployments AS n, "
        "t.rework, t.without_changes FROM dora_deploy_days t WHERE t.day >= %1 AND t.day < %2 AND "
        "t.environment_id IN (%3)%4 UNION ALL %5) days GROUP BY day")
        .arg(whole.from / DayMs)
        .arg(whole.to / DayMs)
        .arg(production,
            serviceScope(QStringLiteral("t.service_id"), scope)
                + environmentScope(scope, QStringLiteral("t.environment_id")),
            partialDays(
                QStringLiteral("SELECT d.finished_at / %1, 1, CASE WHEN d.intent IN ('hotfix', 'rollback') "
                               "THEN 1 ELSE 0 END, CASE WHEN d.carried = 0 THEN 1 ELSE 0 END FROM deployments d "
                               "WHERE d.status = 'succeeded' AND d.environment_id IN (%2) AND d.finished_at >= "
                               "%3 AND d.finished_at < %4%5")
                    .arg(QString::number(DayMs), production, QStringLiteral("%1"), QStringLiteral("%2"), inScope),
                range, whole));
}

QString DoraQuery::failedDeployments(
    const QList<TimeSpan> &buckets, Bucket bucket, const MetricScope &scope, const QString &production) const
{
    const TimeSpan range { buckets.constFirst().from, buckets.constLast().to };
    const QString counted
        = QStringLiteral("d.status = 'succeeded' AND d.finished_at >= %1 AND d.finished_at < %2 AND "
                         "d.environment_id IN (%3)%4")
              .arg(range.from)
              .arg(range.to)
              .arg(production, environmentScope(scope) + serviceScope(QStringLiteral("d.service_id"), scope));
    const QString idx = bucketIndex(QStringLiteral("d.finished_at"), buckets, bucket, Rows::InRange);
    // A deployment failed when an incident is attributed to it (it recovered when they were all
    // resolved) or the next one of its service and environment remediated it, a rollback or hotfix
    // (it recovered when that one finished). The facts about the next deployment are kept by
    // migration 0009's triggers.
    return QStringLiteral(
        "SELECT %1 AS idx, d.finished_at / %2 AS day, d.id, d.finished_at, CASE WHEN f.unresolved > 0 THEN 1 ELSE 0 "
        "END AS open, CASE WHEN f.unresolved > 0 THEN NULL ELSE f.last_resolved - d.finished_at END AS recovery "
        "FROM dora_failures f JOIN deployments d ON d.id = f.deployment_id WHERE %3 "
        "UNION ALL SELECT %1, d.finished_at / %2, d.id, d.finished_at, 0, d.next_finished_at - d.finished_at "
        "FROM deployments d%4 "
        "WHERE %3 AND d.next_intent IN ('rollback', 'hotfix') "
        "AND NOT EXISTS (SELECT 1 FROM dora_failures f WHERE f.deployment_id = d.id)")
        .arg(idx, QString::number(DayMs), counted,
            // Without statistics SQLite would rather read every counted deployment than the few remediated.
            isSqlite() ? QStringLiteral(" INDEXED BY deployments_remediated") : QString());
}

QString DoraQuery::shippedChanges(
    const QList<TimeSpan> &buckets, Bucket bucket, const MetricScope &scope, const QString &production) const
{
    const TimeSpan range { buckets.constFirst().from, buckets.constLast().to };
    if (scope.kind != QLatin1String("environment")) {
        // Every change's first counted deployment is kept by migration 0009's triggers.
        return QStringLiteral("SELECT %1 AS idx, c.id, c.shipped_at - c.committed_at AS lead FROM changes c "
                              "WHERE c.shipped_at >= %2 AND c.shipped_at < %3%4")
            .arg(bucketIndex(QStringLiteral("c.shipped_at"), buckets, bucket, Rows::InRange))
            .arg(range.from)
            .arg(range.to)
            .arg(serviceScope(QStringLiteral("c.service_id"), scope));
    }
    // One environment of several production ones: the first counted deployment to that environment,
    // which the kept facts do not say. "status || ''" keeps SQLite's planner from starting the check at
    // every successful deployment (the status index) instead of at the change's few.
    const QString environment = idLiteral(scope.id);
    return QStringLiteral(
        "SELECT %1 AS idx, c.id, d.finished_at - c.committed_at AS lead FROM deployments d "
        "JOIN deployment_changes dc ON dc.deployment_id = d.id JOIN changes c ON c.id = dc.change_id "
        "WHERE d.status = 'succeeded' AND d.finished_at >= %2 AND d.finished_at < %3 AND d.environment_id = %4 "
        "AND d.environment_id IN (%5) AND NOT EXISTS (SELECT 1 FROM deployment_changes edc "
        "JOIN deployments e ON e.id = edc.deployment_id WHERE edc.change_id = dc.change_id "
        "AND e.environment_id = %4 AND e.status || '' = 'succeeded' AND e.finished_at IS NOT NULL "
        "AND (e.finished_at < d.finished_at OR (e.finished_at = d.finished_at AND e.id < d.id)))")
        .arg(bucketIndex(QStringLiteral("d.finished_at"), buckets, bucket, Rows::InRange))
        .arg(range.from)
        .arg(range.to)
        .arg(environment, production);
}

DoraQuery::Result DoraQuery::run(const TimeSpan &range, Bucket bucket, const MetricScope &scope, bool withIds) const
{
    Result result;
    const QList<TimeSpan> buckets = Metrics::bucketsOf(range, bucket);
    for (const TimeSpan &span : buckets) {
        DoraPoint point;
        point.from = span.from;
        point.to = span.to;
        point.hasIds = withIds;
        result.points.append(point);
    }
    result.total.from = range.from;
    result.total.to = range.to;
    const QList<TimeSpan> weeks = Metrics::bucketsOf(range, Bucket::Week);
    const QList<TimeSpan> months = Metrics::bucketsOf(range, Bucket::Month);
    result.deployDaysPerWeek = QList<qint64>(weeks.size(), 0);
    result.deployDaysPerMonth = QList<qint64>(months.size(), 0);
    if (buckets.isEmpty())
        return result;
    if (isSqlite()) {
        // The intermediate tables in memory (outside a transaction: a changed temp_store drops the
        // connection's temporary tables).
        sqlExecDirect(m_database, QStringLiteral("PRAGMA temp_store = MEMORY"));
        readInPlace(m_database);
    }
    const Snapshot snapshot(m_database);
    const QString production = productionEnvironments();
    // Lead time: each change in the bucket of the first counted deployment that carried it. This pass,
    // the longest, runs beside the others on a connection of its own. PostgreSQL's imports this run's
    // snapshot, so it sees exactly what the rest sees. SQLite cannot share a snapshot between
    // connections, so there the two may see the database a few milliseconds apart, and the pass stays
    // on this connection when ids are asked for (they must match the numbers exactly).
    std::future<Figures> leadsBeside;
    if (!isSqlite() || !withIds) {
        QString snapshotId;
        if (!isSqlite()) {
            QSqlQuery exported = sqlExec(m_database, QStringLiteral("SELECT pg_export_snapshot()"));
            exported.next();
            snapshotId = exported.value(0).toString();
        }
        leadsBeside = std::async(std::launch::async, [this, buckets, bucket, scope, production, snapshotId] {
            Database own;
            QString error;
            if (!m_database.openAnother(&own, &error))
                throw ApiError::internal(QStringLiteral("cannot open a second connection for lead times: ") + error);
            std::optional<Snapshot> imported;
            if (snapshotId.isEmpty())
                readInPlace(own);
            else
                imported.emplace(own, snapshotId);
            return DoraQuery(own, m_windowMs).leadTimes(buckets, bucket, scope, production);
        });
    }
    attributeIncidents(buckets, bucket, scope, production);
    const auto pointAt = [&](int idx) -> DoraPoint & { return idx == TotalIndex ? result.total : result.points[idx]; };

    // Counted deployments, by the day they finished: every bucket (days, weeks and months all start
    // at midnight UTC) and the deployment-frequency band's weeks and months are sums of days. The
    // counts come from migration 0013's kept days, the failures from the failed deployments alone.
    struct DaySums {
        qint64 deployments = 0;
        qint64 rework = 0;
        qint64 withoutChanges = 0;
        qint64 failed = 0;
        qint64 open = 0;
    };
    std::map<qint64, DaySums> days;
    QSqlQuery perDay = sqlExec(m_database, countedDays(range, scope, production));
    while (perDay.next())
        days[perDay.value(0).toLongLong()]
            = { perDay.value(1).toLongLong(), perDay.value(2).toLongLong(), perDay.value(3).toLongLong() };
    const Figures deployments = figuresOf(failedDeployments(buckets, bucket, scope, production), QStringLiteral("day"),
        { QStringLiteral("open") }, QStringLiteral("recovery"));
    for (auto it = deployments.sums.cbegin(); it != deployments.sums.cend(); ++it) {
        days[it.key()].failed = it->at(0);
        days[it.key()].open = it->at(1);
    }
    for (const auto &[day, sums] : days) {
        if (sums.deployments == 0)
            continue;
        const qint64 dayStart = std::max(day * DayMs, range.from);
        for (DoraPoint *p : { &result.points[bucketOf(buckets, dayStart)], &result.total }) {
            p->deployments += sums.deployments;
            p->deployDays += 1;
            p->failedDeployments += sums.failed;
            p->reworkDeployments += sums.rework;
            p->openFailures += sums.open;
            p->deploymentsWithoutChanges += sums.withoutChanges;
        }
        ++result.deployDaysPerWeek[bucketOf(weeks, dayStart)];
        ++result.deployDaysPerMonth[bucketOf(months, dayStart)];
    }
    for (auto it = deployments.percentiles.cbegin(); it != deployments.percentiles.cend(); ++it) {
        DoraPoint &p = pointAt(it.key());
        p.recoveryMedian = it->median;
        p.recoveredFailures = it->values;
    }

    const Figures leads = leadsBeside.valid() ? leadsBeside.get() : leadTimes(buckets, bucket, scope, production);
    for (auto it = leads.percentiles.cbegin(); it != leads.percentiles.cend(); ++it) {
        DoraPoint &p = pointAt(it.key());
        p.leadTimeMedian = it->median;
        p.leadTimeP90 = it->p90;
        p.leadTimeChanges = it->values;
        p.leadTimeDropped = it->rows - it->values;
    }

    // Incidents by the time they opened: time to restore, and those no deployment took.
    const QString opened = QStringLiteral("SELECT idx, id, deployment_id, resolved_at - opened_at AS restore, "
                                          "CASE WHEN resolved_at IS NULL THEN 1 ELSE 0 END AS unresolved, "
                                          "CASE WHEN deployment_id IS NULL THEN 1 ELSE 0 END AS unattributed "
                                          "FROM dora_att WHERE idx IS NOT NULL");
    const Figures incidents = figuresOf(opened, QStringLiteral("idx"),
        { QStringLiteral("unresolved"), QStringLiteral("unattributed") }, QStringLiteral("restore"));
    for (auto it = incidents.sums.cbegin(); it != incidents.sums.cend(); ++it) {
        for (DoraPoint *p : { &pointAt(int(it.key())), &result.total }) {
            p->incidentsOpened += it->at(0);
            p->unresolvedIncidents += it->at(1);
            p->unattributedIncidents += it->at(2);
        }
    }
    for (auto it = incidents.percentiles.cbegin(); it != incidents.percentiles.cend(); ++it)
        pointAt(it.key()).timeToRestoreMedian = it->median;

    if (withIds) {
        QSqlQuery q = sqlExec(m_database,
            QStringLiteral("SELECT idx, id, rework, without_changes FROM (%1) ids ORDER BY finished_at, id")
                .arg(countedDeployments(buckets, bucket, scope, production)));
        while (q.next()) {
            DoraPoint &p = pointAt(q.value(0).toInt());
            const QString id = q.value(1).toString();
            p.deploymentIds.append(id);
            if (q.value(2).toInt() == 1)
                p.reworkDeploymentIds.append(id);
            if (q.value(3).toInt() == 1)
                p.deploymentWithoutChangesIds.append(id);
        }
        q = sqlExec(m_database,
            QStringLiteral("SELECT idx, id, open FROM (%1) ids ORDER BY finished_at, id")
                .arg(failedDeployments(buckets, bucket, scope, production)));
        while (q.next()) {
            DoraPoint &p = pointAt(q.value(0).toInt());
            const QString id = q.value(1).toString();
            p.failedDeploymentIds.append(id);
            if (q.value(2).toInt() == 1)
                p.openFailureIds.append(id);
        }
        q = sqlExec(m_database,
            QStringLiteral("SELECT idx, id, lead FROM (%1) ids ORDER BY id")
                .arg(shippedChanges(buckets, bucket, scope, production)));
        while (q.next()) {
            DoraPoint &p = pointAt(q.value(0).toInt());
            p.changeIds.append(q.value(1).toString());
            if (q.value(2).toLongLong() <= 0)
                p.droppedChangeIds.append(q.value(1).toString());
        }
        q = sqlExec(m_database,
            QStringLiteral("SELECT idx, id, deployment_id FROM dora_att WHERE idx IS NOT NULL ORDER BY id"));
        while (q.next()) {
            DoraPoint &p = pointAt(q.value(0).toInt());
            p.incidentIds.append(q.value(1).toString());
            if (q.value(2).isNull())
                p.unattributedIncidentIds.append(q.value(1).toString());
        }
    }

    for (DoraPoint *p : [&] {
             QList<DoraPoint *> all;
             for (DoraPoint &point : result.points)
                 all.append(&point);
             all.append(&result.total);
             return all;
         }()) {
        // Failed deployments are a subset of deployments, so the rate cannot pass 100%.
        if (p->deployments > 0) {
            p->changeFailureRate = double(p->failedDeployments) / double(p->deployments);
            p->reworkRate = double(p->reworkDeployments) / double(p->deployments);
        }
    }
    return result;
}

}
