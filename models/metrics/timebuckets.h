// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Tarmac::Metrics {

// How a metric series is cut: by UTC day, by week starting on Monday, or by calendar month.
enum class Bucket { Day, Week, Month };

std::optional<Bucket> bucketFromName(const QString &name);
QString bucketName(Bucket bucket);

// A half-open span of time, [from, to), in milliseconds since the Unix epoch (UTC).
struct TimeSpan {
    qint64 from = 0;
    qint64 to = 0;
    bool contains(qint64 t) const { return t >= from && t < to; }
    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;
};

// The start of the bucket holding t: midnight UTC, the Monday of its week, or the 1st of its month.
qint64 bucketStart(qint64 t, Bucket bucket);
// The start of the bucket after the one starting at start.
qint64 nextBucketStart(qint64 start, Bucket bucket);

// The buckets covering range, each clipped to it: the first may start at range.from and the last
// end at range.to when the range is not aligned to bucket boundaries. Empty for an empty range.
QList<TimeSpan> bucketsOf(const TimeSpan &range, Bucket bucket);

}
