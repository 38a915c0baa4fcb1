// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/timebuckets.h"

#include <QDateTime>
#include <QTimeZone>

namespace Tarmac::Metrics {

namespace {
constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
}

std::optional<Bucket> bucketFromName(const QString &name)
{
    if (name == QLatin1String("day"))
        return Bucket::Day;
    if (name == QLatin1String("week"))
        return Bucket::Week;
    if (name == QLatin1String("month"))
        return Bucket::Month;
    return std::nullopt;
}

QString bucketName(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return QStringLiteral("day");
    case Bucket::Week:
        return QStringLiteral("week");
    case Bucket::Month:
        return QStringLiteral("month");
    }
    return {};
}

qint64 bucketStart(qint64 t, Bucket bucket)
{
    const qint64 day = floorDiv(t, DayMs);
    switch (bucket) {
    case Bucket::Day:
        return day * DayMs;
    case Bucket::Week:
        // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
        return (day - ((day + 3) - floorDiv(day + 3, 7) * 7)) * DayMs;
    case Bucket::Month: {
        const QDate date = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::UTC).date();
        return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    }
    }
    return t;
}

qint64 nextBucketStart(qint64 start, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return start + DayMs;
    case Bucket::Week:
        return start + 7 * DayMs;
    case Bucket::Month:
        return QDateTime::fromMSecsSinceEpoch(start, QTimeZone::UTC).addMonths(1).toMSecsSinceEpoch();
    }
    return start;
}

QList<TimeSpan> bucketsOf(const TimeSpan &range, Bucket bucket)
{
    QList<TimeSpan> buckets;
    if (range.to <= range.from)
        return buckets;
    for (qint64 start = bucketStart(range.from, bucket); start < range.to; start = nextBucketStart(start, bucket))
        buckets.append({ std::max(start, range.from), std::min(nextBucketStart(start, bucket), range.to) });
    return buckets;
}

}
