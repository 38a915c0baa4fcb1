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

// The median and nearest-rank p90 of column per idx, over rows of source where condition holds.
QString rankedStatistics(const QString &column, const QString &source, const QString &condition)
{
    return QStringLiteral("SELECT idx, AVG(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN v END), "
                          "MAX(CASE WHEN rn = (90 * n + 99) / 100 THEN v END), MAX(n) FROM ("
                          "SELECT idx, %1 AS v, ROW_NUMBER() OVER (PARTITION BY idx ORDER BY %1) AS rn, "
                          "COUNT(*) OVER (PARTITION BY idx) AS n FROM %2 WHERE %3) ranked GROUP BY idx")
        .arg(column, source, condition);
}

std::optional<double> seconds(const QVariant &ms)
{
    if (ms.isNull() || !ms.isValid())
        return std::nullopt;
    return ms.toDouble() / 1000.0;
}
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

QString DoraQuery::prelude(
    const QList<TimeSpan> &buckets, const TimeSpan &range, bool withTotal, const MetricScope &scope) const
{
    QStringList values;
    for (qsizetype i = 0; i < buckets.size(); ++i)
        values.append(QStringLiteral("(%1, %2, %3)").arg(i).arg(buckets.at(i).from).arg(buckets.at(i).to));
    if (withTotal)
        values.append(QStringLiteral("(%1, %2, %3)").arg(TotalIndex).arg(range.from).arg(range.to));
    const qint64 low = range.from - m_windowMs;
    const QString scopeD = deploymentScope(scope);
    // pd: counted deployments (successful, production) from one window before the range on, so
    // that incidents early in the range find the deployment before them.
    // seq: each with the intent and finish of the next one of its service and environment.
    // rd: those finished in a bucket (and in the total, idx -1).
    // att: incidents with their effective attribution (explicit, else the window rule).
    // sf: each deployment with its attributed incidents folded in. A UNION ALL grouped by id rather
    // than seq LEFT JOIN an aggregate of att: SQLite ran that join as a scan of the aggregate for
    // every deployment and bucket (60,000 x 1,600 rows for a year of 50,000 deployments: minutes).
    // fl: sf in its buckets, with failed (attributed incident, or remediated by the next deployment)
    // and recovery.
    // lt: the lead time of each change whose first counted deployment finished in a bucket.
    // "change_id IN (SELECT ... FROM inr)" rather than a join: with a join SQLite's planner walked
    // every deployment and scanned inr for each (seconds for a few thousand rows); "status || ''"
    // keeps it from starting at the status index instead of at the few changes in the range.
    return QStringLiteral(
        "WITH b (idx, s, e) AS (VALUES %1), "
        "pd AS (SELECT d.id, d.service_id, d.environment_id, d.finished_at, d.intent FROM deployments d "
        "JOIN environments e ON e.id = d.environment_id JOIN services s ON s.id = d.service_id "
        "WHERE e.production = 1 AND d.status = 'succeeded' AND d.finished_at >= %2%3), "
        "seq AS (SELECT pd.id, pd.service_id, pd.finished_at, pd.intent, "
        "LEAD(pd.intent) OVER (PARTITION BY pd.service_id, pd.environment_id ORDER BY pd.finished_at, pd.id) AS "
        "next_intent, "
        "LEAD(pd.finished_at) OVER (PARTITION BY pd.service_id, pd.environment_id ORDER BY pd.finished_at, pd.id) AS "
        "next_finished "
        "FROM pd), "
        "rd AS (SELECT b.idx, seq.* FROM seq JOIN b ON seq.finished_at >= b.s AND seq.finished_at < b.e), "
        "att AS (SELECT i.id, i.opened_at, i.resolved_at, COALESCE(i.deployment_id, "
        "(SELECT p.id FROM pd p WHERE p.service_id = i.service_id AND p.finished_at <= i.opened_at "
        "AND p.finished_at > i.opened_at - %4 ORDER BY p.finished_at DESC, p.id DESC LIMIT 1)) AS deployment_id "
        "FROM incidents i JOIN services s ON s.id = i.service_id WHERE i.opened_at >= %2%5), "
        "sf AS (SELECT id, MAX(finished_at) AS finished_at, MAX(intent) AS intent, MAX(next_intent) AS next_intent, "
        "MAX(next_finished) AS next_finished, SUM(incident) AS n, SUM(unresolved) AS unresolved, "
        "MAX(resolved_at) AS last_resolved FROM ("
        "SELECT id, finished_at, intent, next_intent, next_finished, 0 AS incident, 0 AS unresolved, "
        "CAST(NULL AS BIGINT) AS resolved_at FROM seq UNION ALL "
        "SELECT deployment_id, NULL, NULL, NULL, NULL, 1, CASE WHEN resolved_at IS NULL THEN 1 ELSE 0 END, resolved_at "
        "FROM att WHERE deployment_id IS NOT NULL) facts GROUP BY id HAVING MAX(finished_at) IS NOT NULL), "
        "fl AS (SELECT b.idx, sf.id, sf.finished_at, sf.intent, "
        "CASE WHEN sf.n > 0 OR sf.next_intent IN ('rollback', 'hotfix') THEN 1 ELSE 0 END AS failed, "
        "CASE WHEN sf.n > 0 THEN (CASE WHEN sf.unresolved > 0 THEN NULL ELSE sf.last_resolved - sf.finished_at END) "
        "WHEN sf.next_intent IN ('rollback', 'hotfix') THEN sf.next_finished - sf.finished_at END AS recovery "
        "FROM sf JOIN b ON sf.finished_at >= b.s AND sf.finished_at < b.e), "
        "inr AS (SELECT DISTINCT dc.change_id FROM deployment_changes dc JOIN pd ON pd.id = dc.deployment_id "
        "WHERE pd.finished_at >= %6 AND pd.finished_at < %7), "
        "ship AS (SELECT dc.change_id, d.finished_at, ROW_NUMBER() OVER (PARTITION BY dc.change_id "
        "ORDER BY d.finished_at, d.id) AS rn FROM deployment_changes dc "
        "JOIN deployments d ON d.id = dc.deployment_id JOIN environments e ON e.id = d.environment_id "
        "JOIN services s ON s.id = d.service_id WHERE dc.change_id IN (SELECT change_id FROM inr) AND e.production = 1 "
        "AND d.status || '' = 'succeeded'%3), "
        "lt AS (SELECT b.idx, ship.change_id, ship.finished_at - c.committed_at AS lead FROM ship "
        "JOIN changes c ON c.id = ship.change_id JOIN b ON ship.finished_at >= b.s AND ship.finished_at < b.e "
        "WHERE ship.rn = 1) ")
        .arg(values.join(QStringLiteral(", ")))
        .arg(low)
        .arg(scopeD)
        .arg(m_windowMs)
        .arg(incidentScope(scope))
        .arg(range.from)
        .arg(range.to);
}

QList<qint64> DoraQuery::deployDays(const TimeSpan &range, Bucket bucket, const MetricScope &scope) const
{
    const QList<TimeSpan> buckets = Metrics::bucketsOf(range, bucket);
    QList<qint64> days(buckets.size(), 0);
    if (buckets.isEmpty())
        return days;
    QSqlQuery q = sqlExec(m_database,
        prelude(buckets, range, false, scope)
            + QStringLiteral("SELECT idx, COUNT(DISTINCT finished_at / 86400000) FROM rd GROUP BY idx"));
    while (q.next())
        days[q.value(0).toInt()] = q.value(1).toLongLong();
    return days;
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
    const QString with = prelude(buckets, range, true, scope);
    const auto pointAt = [&](const QVariant &idx) -> DoraPoint & {
        const int i = idx.toInt();
        return i == TotalIndex ? result.total : result.points[i];
    };

    // A deployment that shipped no change: nothing behind it reaches lead time (a data-quality note:
    // often a redeploy, or a webhook that did not say what it carried).
    const QString withoutChanges = QStringLiteral(
        "CASE WHEN NOT EXISTS (SELECT 1 FROM deployment_changes dc WHERE dc.deployment_id = fl.id) THEN 1 ELSE 0 END");
    QSqlQuery q = sqlExec(m_database,
        with
            + QStringLiteral("SELECT idx, COUNT(*), COUNT(DISTINCT finished_at / 86400000), SUM(failed), "
                             "SUM(CASE WHEN intent IN ('hotfix', 'rollback') THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN failed = 1 AND recovery IS NULL THEN 1 ELSE 0 END), "
                             "SUM(%1) FROM fl GROUP BY idx")
                .arg(withoutChanges));
    while (q.next()) {
        DoraPoint &p = pointAt(q.value(0));
        p.deployments = q.value(1).toLongLong();
        p.deployDays = q.value(2).toLongLong();
        p.failedDeployments = q.value(3).toLongLong();
        p.reworkDeployments = q.value(4).toLongLong();
        p.openFailures = q.value(5).toLongLong();
        p.deploymentsWithoutChanges = q.value(6).toLongLong();
    }
    q = sqlExec(m_database,
        with
            + rankedStatistics(QStringLiteral("recovery"), QStringLiteral("fl"),
                QStringLiteral("failed = 1 AND recovery IS NOT NULL")));
    while (q.next()) {
        DoraPoint &p = pointAt(q.value(0));
        p.recoveryMedian = seconds(q.value(1));
        p.recoveredFailures = q.value(3).toLongLong();
    }
    q = sqlExec(
        m_database, with + rankedStatistics(QStringLiteral("lead"), QStringLiteral("lt"), QStringLiteral("lead > 0")));
    while (q.next()) {
        DoraPoint &p = pointAt(q.value(0));
        p.leadTimeMedian = seconds(q.value(1));
        p.leadTimeP90 = seconds(q.value(2));
        p.leadTimeChanges = q.value(3).toLongLong();
    }
    q = sqlExec(m_database, with + QStringLiteral("SELECT idx, COUNT(*) FROM lt WHERE lead <= 0 GROUP BY idx"));
    while (q.next())
        pointAt(q.value(0)).leadTimeDropped = q.value(1).toLongLong();
    // Incidents by the time they opened: time to restore, and those no deployment took.
    const QString incidents = QStringLiteral(
        "io AS (SELECT b.idx, att.id, att.deployment_id, att.resolved_at - att.opened_at AS restore FROM att "
        "JOIN b ON att.opened_at >= b.s AND att.opened_at < b.e) ");
    q = sqlExec(m_database,
        with + QStringLiteral(", ") + incidents
            + QStringLiteral("SELECT idx, COUNT(*), SUM(CASE WHEN restore IS NULL THEN 1 ELSE 0 END), "
                             "SUM(CASE WHEN deployment_id IS NULL THEN 1 ELSE 0 END) FROM io GROUP BY idx"));
    while (q.next()) {
        DoraPoint &p = pointAt(q.value(0));
        p.incidentsOpened = q.value(1).toLongLong();
        p.unresolvedIncidents = q.value(2).toLongLong();
        p.unattributedIncidents = q.value(3).toLongLong();
    }
    q = sqlExec(m_database,
        with + QStringLiteral(", ") + incidents
            + rankedStatistics(QStringLiteral("restore"), QStringLiteral("io"), QStringLiteral("restore IS NOT NULL")));
    while (q.next())
        pointAt(q.value(0)).timeToRestoreMedian = seconds(q.value(1));

    if (withIds) {
        q = sqlExec(m_database,
            with
                + QStringLiteral(
                    "SELECT idx, id, failed, CASE WHEN intent IN ('hotfix', 'rollback') THEN 1 ELSE 0 END, "
                    "CASE WHEN failed = 1 AND recovery IS NULL THEN 1 ELSE 0 END, %1 FROM fl WHERE idx >= 0 "
                    "ORDER BY finished_at, id")
                    .arg(withoutChanges));
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
        q = sqlExec(
            m_database, with + QStringLiteral("SELECT idx, change_id, lead FROM lt WHERE idx >= 0 ORDER BY change_id"));
        while (q.next()) {
            DoraPoint &p = pointAt(q.value(0));
            p.changeIds.append(q.value(1).toString());
            if (q.value(2).toLongLong() <= 0)
                p.droppedChangeIds.append(q.value(1).toString());
        }
        q = sqlExec(m_database,
            with + QStringLiteral(", ") + incidents
                + QStringLiteral("SELECT idx, id, deployment_id FROM io WHERE idx >= 0 ORDER BY id"));
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
    result.deployDaysPerWeek = deployDays(range, Bucket::Week, scope);
    result.deployDaysPerMonth = deployDays(range, Bucket::Month, scope);
    return result;
}

}
