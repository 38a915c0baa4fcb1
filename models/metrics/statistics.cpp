// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/statistics.h"

#include <algorithm>

namespace Tarmac::Metrics {

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return values.at(n / 2);
    return (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

qint64 nearestRank(qint64 n, int percent)
{
    // Integer arithmetic so that 0.9 * 10 is exactly 9, not 9.000000000000002.
    return std::max<qint64>(1, (qint64(percent) * n + 99) / 100);
}

std::optional<double> nearestRankPercentile(QList<double> values, int percent)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    return values.at(nearestRank(values.size(), percent) - 1);
}

}
