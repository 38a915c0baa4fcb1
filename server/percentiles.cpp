// SPDX-License-Identifier: GPL-3.0-or-later
#include "percentiles.h"

#include <algorithm>

namespace Tarmac::Server {

namespace {
// The k-th smallest (from 0) of values[from..]; reorders that part so that nothing before the k-th
// is larger and nothing after it smaller.
double kth(std::vector<double> &values, size_t k, size_t from = 0)
{
    std::nth_element(values.begin() + qsizetype(from), values.begin() + qsizetype(k), values.end());
    return values[k];
}
}

MedianAndP90 medianAndP90(std::vector<double> &values)
{
    const PercentileRanks ranks = percentileRanks(qint64(values.size()));
    const size_t middle = size_t(ranks.lowerMiddle);
    const double lower = kth(values, middle);
    // After selecting the lower middle, the upper one is the smallest of the values above it, and the
    // p90 (never before the middle) is selected among those alone.
    const double upper = ranks.upperMiddle == ranks.lowerMiddle
        ? lower
        : *std::min_element(values.begin() + qsizetype(ranks.upperMiddle), values.end());
    const size_t rank90 = size_t(ranks.p90);
    const double p90 = rank90 == middle ? lower : kth(values, rank90, middle + 1);
    return { (lower + upper) / 2.0, p90 };
}

}
