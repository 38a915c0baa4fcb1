// SPDX-License-Identifier: GPL-3.0-or-later
#include "doraquery.h"

#include "apierror.h"
#include "database.h"
#include "sql.h"

#include <QRegularExpression>

namespace Tarmac::Server {

using Metrics::Bucket;
using Metrics::DoraPoint;
using Metrics::TimeSpan;

namespace {
constexpr int TotalIndex = -1;

// Scope ids go into the statement as literals (they appear in several CTEs): only ids of the
// shape tarmacd makes are accepted, which cannot carry SQL.
QString scopeLiteral(const MetricScope &scope)
{
    static const QRegularExpression idShape(QStringLiteral("^[a-z]+_[0-9a-f]{22}$"));
    if (!idShape.match(scope.id).hasMatch())
        throw ApiError::internal(QStringLiteral("bad scope id"));
    return u'\'' + scope.id + u'\'';
}

QString pathScope(const QString &column, const MetricScope &scope)
{
    return QStringLiteral(" AND %1 %2 (%3)")
        .arg(column, scope.id == QLatin1String("golden") ? QStringLiteral("IN") : QStringLiteral("NOT IN"),
            goldenPathServices(QString::number(scope.asOf)));
}

QString deploymentScope(const MetricScope &scope)
{
    if (scope.kind == QLatin1String("path"))
        return pathScope(QStringLiteral("d.service_id"), scope);
    if (scope.kind == QLatin1String("team"))
        return QStringLiteral(" AND s.team_id = ") + scopeLiteral(scope);
    if (scope.kind == QLatin1String("service"))
        return QStringLiteral(" AND d.service_id = ") + scopeLiteral(scope);
    if (scope.kind == QLatin1String("environment"))
        return QStringLiteral(" AND d.environment_id = ") + scopeLiteral(scope);
    return {};
}

QString incidentScope(const MetricScope &scope)
{
    if (scope.kind == QLatin1String("path"))
        return pathScope(QStringLiteral("i.service_id"), scope);
    if (scope.kind == QLatin1String("team"))
        return QStringLiteral(" AND s.team_id = ") + scopeLiteral(scope);
    if (scope.kind == QLatin1String("service"))
        return QStringLiteral(" AND i.service_id = ") + scopeLiteral(scope);
    return {};
}

std::optional<double> seconds(const QVariant &ms)
{
    if (ms.isNull() || !ms.isValid())
        return std::nullopt;
    return ms.toDouble() / 1000.0;
}

// The bucket index of the time in column (NULL outside the range), worked out per row instead of
// joining every row against a list of buckets: arithmetic for days and weeks, which are all of a
// length; a short CASE for months, which are not.
QString bucketIndex(const QString &column, const QList<TimeSpan> &buckets, Bucket bucket)
{
    const TimeSpan range { buckets.constFirst().from, buckets.constLast().to };
    if (bucket != Bucket::Month) {
        const qint64 origin = Metrics::bucketStart(range.from, bucket);
        const qint64 width = Metrics::nextBucketStart(origin, bucket) - origin;
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

// Temporary tables that live for one run on its connection: made inside the run's transaction,
// which is rolled back at the end (or on an error), so nothing outlives it on either database.
class Snapshot {
public:
    explicit Snapshot(const Database &database)
        : m_database(database)
    {
        if (!m_database.connection().transaction())
            throw ApiError::internal(QStringLiteral("cannot start a read transaction"));
        // Every statement of the run sees the same data, as one statement would.
        if (m_database.kind() == QLatin1String("postgres")) {
            try {
                sqlExecDirect(m_database, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
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

void DoraQuery::materialise(const QList<TimeSpan> &buckets, Bucket bucket, const MetricScope &scope) const
{
    const TimeSpan range { buckets.constFirst().from, buckets.constLast().to };
    const qint64 low = range.from - m_windowMs;
    const QString scopeD = deploymentScope(scope);
    // dora_pd: counted deployments (successful, production) from one window before the range on, so
    // that incidents early in the range find the deployment before them; each with the intent and
    // finish of the next one of its service and environment (a rollback or hotfix remediates it),
    // and its bucket (NULL outside the range).
    sqlExecDirect(m_database,
        QStringLiteral("CREATE TEMP TABLE dora_pd AS SELECT d.id, d.service_id, d.finished_at, d.intent, "
                       "LEAD(d.intent) OVER w AS next_intent, LEAD(d.finished_at) OVER w AS next_finished, "
                       "%1 AS idx FROM deployments d JOIN environments e ON e.id = d.environment_id "
                       "JOIN services s ON s.id = d.service_id "
                       "WHERE e.production = 1 AND d.status = 'succeeded' AND d.finished_at >= %2%3 "
                       "WINDOW w AS (PARTITION BY d.service_id, d.environment_id ORDER BY d.finished_at, d.id)")
            .arg(bucketIndex(QStringLiteral("d.finished_at"), buckets, bucket))
            .arg(low)
            .arg(scopeD));
    // For the window rule: a service's latest deployment before an incident.
    sqlExecDirect(m_database, QStringLiteral("CREATE INDEX dora_pd_service ON dora_pd (service_id, finished_at)"));
    // The range's own deployments, so that what follows starts from them, not from all history.
    sqlExecDirect(m_database, QStringLiteral("CREATE INDEX dora_pd_idx ON dora_pd (idx)"));
    // dora_att: incidents with their effective attribution (explicit, else the window rule), in the
    // bucket of their opening.
    sqlExecDirect(m_database,
        QStringLiteral("CREATE TEMP TABLE dora_att AS SELECT i.id, i.opened_at, i.resolved_at, "
                       "COALESCE(i.deployment_id, (SELECT p.id FROM dora_pd p WHERE p.service_id = i.service_id "
                       "AND p.finished_at <= i.opened_at AND p.finished_at > i.opened_at - %1 "
                       "ORDER BY p.finished_at DESC, p.id DESC LIMIT 1)) AS deployment_id, %2 AS idx "
                       "FROM incidents i JOIN services s ON s.id = i.service_id WHERE i.opened_at >= %3%4")
            .arg(m_windowMs)
            .arg(bucketIndex(QStringLiteral("i.opened_at"), buckets, bucket))
            .arg(low)
            .arg(incidentScope(scope)));
    // dora_failures: each deployment's attributed incidents folded into one row.
    sqlExecDirect(m_database,
        QStringLiteral("CREATE TEMP TABLE dora_failures AS SELECT deployment_id, COUNT(*) AS n, "
                       "SUM(CASE WHEN resolved_at IS NULL THEN 1 ELSE 0 END) AS unresolved, "
                       "MAX(resolved_at) AS last_resolved FROM dora_att WHERE deployment_id IS NOT NULL "
                       "GROUP BY deployment_id"));
    sqlExecDirect(m_database, QStringLiteral("CREATE INDEX dora_failures_id ON dora_failures (deployment_id)"));
    // dora_fl: the deployments in the range, failed (an attributed incident, or remediated by the next
    // deployment) or not, with their recovery (NULL while open), and whether they shipped no change
    // (a data-quality note: often a redeploy, or a webhook that did not say what it carried).
    sqlExecDirect(m_database,
        QStringLiteral(
            "CREATE TEMP TABLE dora_fl AS SELECT p.idx, p.id, p.finished_at, p.intent, "
            "CASE WHEN f.n > 0 OR p.next_intent IN ('rollback', 'hotfix') THEN 1 ELSE 0 END AS failed, "
            "CASE WHEN f.n > 0 THEN (CASE WHEN f.unresolved > 0 THEN NULL ELSE f.last_resolved - p.finished_at END) "
            "WHEN p.next_intent IN ('rollback', 'hotfix') THEN p.next_finished - p.finished_at END AS recovery, "
            "CASE WHEN NOT EXISTS (SELECT 1 FROM deployment_changes dc WHERE dc.deployment_id = p.id) THEN 1 ELSE 0 "
            "END AS without_changes "
            "FROM dora_pd p LEFT JOIN dora_failures f ON f.deployment_id = p.id WHERE p.idx >= 0"));
    // dora_lt: the lead time of each change whose first counted deployment (in scope) finished in the
    // range, in that deployment's bucket: the changes of the range's deployments that no earlier
    // counted deployment carried. Walking from the range's deployments to their changes keeps
    // the work to the changes of the range. "status || ''" keeps SQLite's planner from starting the
    // check at every successful deployment (the status index) instead of at the change's few.
    sqlExecDirect(m_database,
        QStringLiteral(
            "CREATE TEMP TABLE dora_lt AS SELECT p.idx, dc.change_id, p.finished_at - c.committed_at AS lead "
            "FROM dora_pd p JOIN deployment_changes dc ON dc.deployment_id = p.id "
            "JOIN changes c ON c.id = dc.change_id WHERE p.idx >= 0 AND NOT EXISTS ("
            "SELECT 1 FROM deployment_changes edc JOIN deployments d ON d.id = edc.deployment_id "
            "JOIN environments e ON e.id = d.environment_id JOIN services s ON s.id = d.service_id "
            "WHERE edc.change_id = dc.change_id AND e.production = 1 AND d.status || '' = 'succeeded'%1 "
            "AND (d.finished_at < p.finished_at OR (d.finished_at = p.finished_at AND d.id < p.id)))")
            .arg(scopeD));
}

void DoraQuery::percentiles(const QString &table, const QString &value, const QString &condition,
    const std::function<void(const QVariant &idx, const QVariant &median, const QVariant &p90, qint64 n)> &take) const
{
    if (m_database.kind() == QLatin1String("postgres")) {
        // The median as DESIGN.md defines it is percentile_cont(0.5); nearest-rank p90 is percentile_disc(0.9).
        QSqlQuery q = sqlExec(m_database,
            QStringLiteral("SELECT idx, percentile_cont(0.5) WITHIN GROUP (ORDER BY %1), "
                           "percentile_disc(0.9) WITHIN GROUP (ORDER BY %1), COUNT(*), GROUPING(idx) FROM %2 "
                           "WHERE %3 GROUP BY GROUPING SETS ((idx), ())")
                .arg(value, table, condition));
        while (q.next())
            take(q.value(4).toInt() == 1 ? QVariant(TotalIndex) : q.value(0), q.value(1), q.value(2),
                q.value(3).toLongLong());
        return;
    }
    // SQLite has no ordered-set aggregates, and its window functions are slow over millions of rows:
    // copy the values sorted into a table whose rowids are then their ranks, and read the ranks
    // wanted (the middle one or two, ceil(0.9 n)) by rowid.
    const auto ranked = [&](const QString &partition, const QString &order) {
        sqlExecDirect(m_database, QStringLiteral("DROP TABLE IF EXISTS dora_ranked"));
        sqlExecDirect(m_database,
            QStringLiteral("CREATE TEMP TABLE dora_ranked AS SELECT %1 AS idx, %2 AS v FROM %3 WHERE %4 ORDER BY %5")
                .arg(partition, value, table, condition, order));
        // Rows of one bucket are consecutive: the first rank of each is one past the previous ones.
        QSqlQuery q = sqlExec(m_database,
            QStringLiteral("WITH c AS (SELECT idx, COUNT(*) AS n FROM dora_ranked GROUP BY idx), "
                           "r AS (SELECT idx, n, SUM(n) OVER (ORDER BY idx) - n AS before FROM c) "
                           "SELECT r.idx, (m1.v + m2.v) / 2.0, p.v, r.n FROM r "
                           "JOIN dora_ranked m1 ON m1.rowid = r.before + (r.n + 1) / 2 "
                           "JOIN dora_ranked m2 ON m2.rowid = r.before + (r.n + 2) / 2 "
                           "JOIN dora_ranked p ON p.rowid = r.before + (90 * r.n + 99) / 100"));
        while (q.next())
            take(q.value(0), q.value(1), q.value(2), q.value(3).toLongLong());
    };
    ranked(QStringLiteral("idx"), QStringLiteral("idx, v"));
    ranked(QString::number(TotalIndex), QStringLiteral("v"));
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
    if (buckets.isEmpty())
        return result;
    if (m_database.kind() == QLatin1String("sqlite")) {
        // The intermediate tables in memory, and sorts on both cores (outside a transaction: a
        // changed temp_store drops the connection's temporary tables).
        sqlExecDirect(m_database, QStringLiteral("PRAGMA temp_store = MEMORY"));
        sqlExecDirect(m_database, QStringLiteral("PRAGMA threads = 2"));
    }
    const Snapshot snapshot(m_database);
    materialise(buckets, bucket, scope);
    const auto pointAt = [&](const QVariant &idx) -> DoraPoint & {
        const int i = idx.toInt();
        return i == TotalIndex ? result.total : result.points[i];
    };

    // Per bucket, then (idx -1) over the whole range.
    const auto perBucketAndTotal = [&](const QString &columns, const QString &from) {
        return sqlExec(m_database,
            QStringLiteral("SELECT idx, %1 FROM %2 GROUP BY idx UNION ALL SELECT %3, %1 FROM %2")
                .arg(columns, from)
                .arg(TotalIndex));
    };
    QSqlQuery q = perBucketAndTotal(
        QStringLiteral("COUNT(*), COUNT(DISTINCT finished_at / 86400000), SUM(failed), "
                       "SUM(CASE WHEN intent IN ('hotfix', 'rollback') THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN failed = 1 AND recovery IS NULL THEN 1 ELSE 0 END), SUM(without_changes)"),
        QStringLiteral("dora_fl"));
    while (q.next()) {
        DoraPoint &p = pointAt(q.value(0));
        p.deployments = q.value(1).toLongLong();
        p.deployDays = q.value(2).toLongLong();
        p.failedDeployments = q.value(3).toLongLong();
        p.reworkDeployments = q.value(4).toLongLong();
        p.openFailures = q.value(5).toLongLong();
        p.deploymentsWithoutChanges = q.value(6).toLongLong();
    }
    percentiles(QStringLiteral("dora_fl"), QStringLiteral("recovery"),
        QStringLiteral("failed = 1 AND recovery IS NOT NULL"),
        [&](const QVariant &idx, const QVariant &median, const QVariant &, qint64 n) {
            DoraPoint &p = pointAt(idx);
            p.recoveryMedian = seconds(median);
            p.recoveredFailures = n;
        });
    percentiles(QStringLiteral("dora_lt"), QStringLiteral("lead"), QStringLiteral("lead > 0"),
        [&](const QVariant &idx, const QVariant &median, const QVariant &p90, qint64 n) {
            DoraPoint &p = pointAt(idx);
            p.leadTimeMedian = seconds(median);
            p.leadTimeP90 = seconds(p90);
            p.leadTimeChanges = n;
        });
    q = perBucketAndTotal(QStringLiteral("SUM(CASE WHEN lead <= 0 THEN 1 ELSE 0 END)"), QStringLiteral("dora_lt"));
    while (q.next())
        pointAt(q.value(0)).leadTimeDropped = q.value(1).toLongLong();
    // Incidents by the time they opened: time to restore, and those no deployment took.
    const QString opened = QStringLiteral("(SELECT idx, id, deployment_id, resolved_at - opened_at AS restore "
                                          "FROM dora_att WHERE idx IS NOT NULL) io");
    q = perBucketAndTotal(QStringLiteral("COUNT(*), SUM(CASE WHEN restore IS NULL THEN 1 ELSE 0 END), "
                                         "SUM(CASE WHEN deployment_id IS NULL THEN 1 ELSE 0 END)"),
        opened);
    while (q.next()) {
        DoraPoint &p = pointAt(q.value(0));
        p.incidentsOpened = q.value(1).toLongLong();
        p.unresolvedIncidents = q.value(2).toLongLong();
        p.unattributedIncidents = q.value(3).toLongLong();
    }
    percentiles(opened, QStringLiteral("restore"), QStringLiteral("restore IS NOT NULL"),
        [&](const QVariant &idx, const QVariant &median, const QVariant &, qint64) {
            pointAt(idx).timeToRestoreMedian = seconds(median);
        });

    if (withIds) {
        q = sqlExec(m_database,
            QStringLiteral("SELECT idx, id, failed, CASE WHEN intent IN ('hotfix', 'rollback') THEN 1 ELSE 0 END, "
                           "CASE WHEN failed = 1 AND recovery IS NULL THEN 1 ELSE 0 END, without_changes FROM dora_fl "
                           "ORDER BY finished_at, id"));
        while (q.next()) {
            DoraPoint &p = pointAt(q.value(0));
            const QString id = q.value(1).toString();
            p.deploymentIds.append(id);
            if (q.value(2).toInt() == 1)
                p.failedDeploymentIds.append(id);
            if (q.value(3).toInt() == 1)
                p.reworkDeploymentIds.append(id);
            if (q.value(4).toInt() == 1)
                p.openFailureIds.append(id);
            if (q.value(5).toInt() == 1)
                p.deploymentWithoutChangesIds.append(id);
        }
        q = sqlExec(m_database, QStringLiteral("SELECT idx, change_id, lead FROM dora_lt ORDER BY change_id"));
        while (q.next()) {
            DoraPoint &p = pointAt(q.value(0));
            p.changeIds.append(q.value(1).toString());
            if (q.value(2).toLongLong() <= 0)
                p.droppedChangeIds.append(q.value(1).toString());
        }
        q = sqlExec(m_database,
            QStringLiteral("SELECT idx, id, deployment_id FROM dora_att WHERE idx IS NOT NULL ORDER BY id"));
        while (q.next()) {
            DoraPoint &p = pointAt(q.value(0));
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
    result.deployDaysPerWeek = deployDays(range, Bucket::Week);
    result.deployDaysPerMonth = deployDays(range, Bucket::Month);
    return result;
}

// Distinct deployment days per week or month of the range, for the deployment-frequency band:
// from the deployments already in dora_pd, by their own bucket index.
QList<qint64> DoraQuery::deployDays(const TimeSpan &range, Bucket bucket) const
{
    const QList<TimeSpan> buckets = Metrics::bucketsOf(range, bucket);
    QList<qint64> days(buckets.size(), 0);
    QSqlQuery q = sqlExec(m_database,
        QStringLiteral("SELECT b, COUNT(DISTINCT finished_at / 86400000) FROM (SELECT %1 AS b, finished_at FROM "
                       "dora_pd) f WHERE b IS NOT NULL GROUP BY b")
            .arg(bucketIndex(QStringLiteral("finished_at"), buckets, bucket)));
    while (q.next())
        days[q.value(0).toInt()] = q.value(1).toLongLong();
    return days;
}

}
