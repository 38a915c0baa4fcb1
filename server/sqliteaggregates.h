// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Tarmac::Server {

// Aggregate functions tarmacd adds to each SQLite connection. They group inside themselves by a
// bucket number, so that one pass over a range's rows in index order serves every bucket: SQLite's
// GROUP BY on a computed bucket would sort the rows first. All return JSON.
// - tarmac_percentiles(bucket, value): SQLite has no ordered-set aggregates. For every bucket and
//   for all rows together (bucket -1): [bucket, rows, values, median, p90], where values are the
//   non-NULL ones, the median is the middle value or the mean of the two middle ones, and p90 is
//   nearest-rank (the ceil(0.9 n)-th smallest), as DESIGN.md defines them; found by selection, not
//   by sorting.
// - tarmac_sums(bucket, v1, ..., vN): for every bucket, [bucket, rows, sum of v1, ..., sum of vN],
//   in bucket order.
bool registerSqliteAggregates(const QSqlDatabase &connection, QString *error);

}
