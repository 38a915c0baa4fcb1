// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/dorapoint.h"
#include "metrics/timebuckets.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Tarmac::Server {

class Database;

// Which records a metric covers: all, or one team, service or environment (by id), or the services
// on the golden path (kind "path", id "golden") or off it (id "other") as their drift checks
// said at asOf.
struct MetricScope {
    QString kind = QStringLiteral("all");
    QString id;
    qint64 asOf = 0;
};

// The ids of services from a template whose latest drift check before the time in SQL expression
// `at` found no drift.
QString goldenPathServices(const QString &at);

// DORA metrics computed by SQL on the database, with the definitions of DESIGN.md: the rows never
// come into memory, only per-bucket aggregates. History that every request would otherwise work
// out again (each change's first counted deployment, each deployment's next one, the changes it
// carried) is kept at write time by migration 0009's triggers, so a run reads only its range's
// rows: one pass over the deployments, one over the changes, and the incidents. Attribution
// depends on the request (window, scope), so it is worked out per run into temporary tables inside
// one read transaction. The same statements on SQLite and PostgreSQL but for the grouping and
// percentiles, where SQLite uses tarmacd's own aggregates (sqliteaggregates.h).
class DoraQuery {
public:
    struct Result {
        QList<Metrics::DoraPoint> points;
        Metrics::DoraPoint total; // the whole range
        QList<qint64> deployDaysPerWeek; // for the deployment-frequency band, one per week of the range
        QList<qint64> deployDaysPerMonth;
    };

    DoraQuery(const Database &database, qint64 attributionWindowMs);

    // Throws ApiError if the database fails.
    Result run(const Metrics::TimeSpan &range, Metrics::Bucket bucket, const MetricScope &scope, bool withIds) const;

private:
    struct Percentiles {
        qint64 rows = 0;
        qint64 values = 0; // the rows with a value (not NULL)
        std::optional<double> median; // seconds
        std::optional<double> p90;
    };

    bool isSqlite() const;
    // The production environments' ids as an SQL list ("NULL" for none).
    QString productionEnvironments() const;
    // Makes dora_att (incidents with their attribution and bucket) and dora_failures (per deployment).
    void attributeIncidents(const QList<Metrics::TimeSpan> &buckets, Metrics::Bucket bucket, const MetricScope &scope,
        const QString &production) const;
    // SELECTs of the range's counted deployments (idx, day, id, finished_at, failed, rework, recovery,
    // without_changes, open) and of the changes whose lead time ends in the range (idx, id, lead).
    QString countedDeployments(const QList<Metrics::TimeSpan> &buckets, Metrics::Bucket bucket,
        const MetricScope &scope, const QString &production) const;
    // SELECT of the counted deployments per day (day, deployments, rework, without_changes).
    QString countedDays(const Metrics::TimeSpan &range, const MetricScope &scope, const QString &production) const;
    // SELECT of the range's failed counted deployments (idx, day, open, recovery); needs dora_failures.
    QString failedDeployments(const QList<Metrics::TimeSpan> &buckets, Metrics::Bucket bucket, const MetricScope &scope,
        const QString &production) const;
    QString shippedChanges(const QList<Metrics::TimeSpan> &buckets, Metrics::Bucket bucket, const MetricScope &scope,
        const QString &production) const;
    struct Figures {
        QMap<qint64, QList<qint64>> sums; // per key: the number of rows, then the sum of each column
        QMap<int, Percentiles> percentiles; // per idx, and for all rows (idx -1)
    };
    // Over source's rows: per key (when given) the number of rows and the sums of columns, and the
    // median and p90 of value (when given) per idx. One pass on SQLite.
    Figures figuresOf(
        const QString &source, const QString &key, const QStringList &columns, const QString &value) const;
    // The lead time figures per idx: shippedChanges()' rows with a positive lead.
    Figures leadTimes(const QList<Metrics::TimeSpan> &buckets, Metrics::Bucket bucket, const MetricScope &scope,
        const QString &production) const;
    // The same for all production environments: on SQLite in one pass of tarmac_span_percentiles, on
    // PostgreSQL from the kept lead-time bins (migration 0012).
    Figures leadTimesBySpans(const QList<Metrics::TimeSpan> &buckets, const MetricScope &scope) const;
    Figures leadTimesByBins(
        const QList<Metrics::TimeSpan> &buckets, Metrics::Bucket bucket, const MetricScope &scope) const;
    // tarmac_percentiles' JSON answer, per idx.
    static QMap<int, Percentiles> percentilesOf(const QByteArray &json);

    const Database &m_database;
    qint64 m_windowMs;
};

}
