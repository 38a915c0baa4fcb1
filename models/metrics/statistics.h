// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <optional>

namespace Tarmac::Metrics {

// The middle value, or the mean of the two middle values for an even count; none for no values.
std::optional<double> median(QList<double> values);
// Nearest rank: the ceil(p/100 * n)-th smallest value (1-based); none for no values.
std::optional<double> nearestRankPercentile(QList<double> values, int percent);
// The 1-based rank nearestRankPercentile picks among n values: ceil(percent * n / 100).
qint64 nearestRank(qint64 n, int percent);

}
