// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace Tarmac::Server {

// Where DESIGN.md's percentiles sit among n values sorted ascending (0-based, n > 0): the median is
// the mean of the two middle values (the same one when n is odd), as percentile_cont(0.5); p90 is
// the nearest-rank ceil(0.9 n)-th value, as percentile_disc(0.9).
struct PercentileRanks {
    qint64 lowerMiddle;
    qint64 upperMiddle;
    qint64 p90;
};

constexpr PercentileRanks percentileRanks(qint64 n)
{
    return { (n - 1) / 2, n / 2, (9 * n + 9) / 10 - 1 };
}

struct MedianAndP90 {
    double median;
    double p90;
};

// The median and p90 of values (not empty), found by selection rather than by sorting; reorders
// values.
MedianAndP90 medianAndP90(std::vector<double> &values);

}
