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
// out again is kept at write time by triggers: each change's first counted deployment, each
// deployment's next one and the changes it carried (migration 0009), the shipped changes per day,
// service and lead-time bin (0012) and the counted deployments per day, service and environment
// (0013). So a year reads kept counts for its whole days, the rows of its partial first and last
// days, the failed deployments, and only the changes of the lead-time bins that hold its medians and
// p90s. Attribution depends on the request (window, scope), so it is worked out per run into
// temporary tables inside one read transaction. The same statements on SQLite and PostgreSQL but for
// the grouping of recovery and restore times, which SQLite does in tarmacd's own aggregates
// (sqliteaggregates.h).
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
    // SELECTs of the range's counted deployments (idx, id, finished_at, rework, without_changes) and of
    // the changes whose lead time ends in the range (idx, id, lead), one by one, for the ids.
    QString countedDeployments(const QList<Metrics::TimeSpan> &buckets, Metrics::Bucket bucket,
        const MetricScope &scope, const QString &production) const;
    // SELECT of the counted deployments per day (day, deployments, rework, without_changes).
    QString countedDays(const Metrics::TimeSpan &range, const MetricScope &scope, const QString &production) const;
    // SELECT of the range's failed counted deployments (idx, day, id, finished_at, open, recovery); needs
    // dora_failures.
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
    // The same for all production environments, from the kept lead-time bins (migration 0012).
    Figures leadTimesByBins(
        const QList<Metrics::TimeSpan> &buckets, Metrics::Bucket bucket, const MetricScope &scope) const;
    // tarmac_percentiles' JSON answer, per idx.
    static QMap<int, Percentiles> percentilesOf(const QByteArray &json);

    const Database &m_database;
    qint64 m_windowMs;
};

}
