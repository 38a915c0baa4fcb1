// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/dorapoint.h"
#include "metrics/timebuckets.h"

#include <QList>
#include <QString>

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

// DORA metrics computed by SQL on the database (the same statements on SQLite and PostgreSQL),
// with the definitions of DESIGN.md: the rows never come into memory, only per-bucket aggregates.
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
    QString prelude(const QList<Metrics::TimeSpan> &buckets, const Metrics::TimeSpan &range, bool withTotal,
        const MetricScope &scope) const;
    QList<qint64> deployDays(const Metrics::TimeSpan &range, Metrics::Bucket bucket, const MetricScope &scope) const;

    const Database &m_database;
    qint64 m_windowMs;
};

}
