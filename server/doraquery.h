// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/dorapoint.h"
#include "metrics/timebuckets.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

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
// come into memory, only per-bucket aggregates. The facts every metric shares (counted deployments,
// attributed incidents, failures, lead times) are worked out once per run into temporary tables on
// the run's connection, inside one read transaction; the same statements on SQLite and PostgreSQL
// but for the percentiles, where each database has its own fast way.
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
    // Fills the run's temporary tables (see doraquery.cpp) for the buckets.
    void materialise(const QList<Metrics::TimeSpan> &buckets, Metrics::Bucket bucket, const MetricScope &scope) const;
    // The median and nearest-rank p90 of value over the rows of table where condition holds, per
    // idx and over all of them (idx -1), each handed to take with the number of values.
    void percentiles(const QString &table, const QString &value, const QString &condition,
        const std::function<void(const QVariant &idx, const QVariant &median, const QVariant &p90, qint64 n)> &take)
        const;
    QList<qint64> deployDays(const Metrics::TimeSpan &range, Metrics::Bucket bucket) const;

    const Database &m_database;
    qint64 m_windowMs;
};

}
