// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/dorabands.h"
#include "metrics/dorapoint.h"

#include <QList>
#include <QString>

#include <optional>

namespace Tarmac::Metrics {

// The series the DORA tab draws. Display units: deployments per bucket, hours, percent.
enum class DoraMetric {
    DeploymentFrequency,
    LeadTimeMedian,
    LeadTimeP90,
    ChangeFailureRate,
    RecoveryTime,
    TimeToRestore,
    ReworkRate,
};
QList<DoraMetric> allDoraMetrics();

QString metricTitle(DoraMetric metric);
QString metricUnit(DoraMetric metric);
// The definition in words (DESIGN.md "DORA metrics"), for "Explain this number".
QString metricDefinition(DoraMetric metric);
// The metric's value in a point, in display units; none when there is nothing to measure.
std::optional<double> metricValue(const DoraPoint &point, DoraMetric metric);
// A value in display units as people read it: "3.2 h", "12.5%", "41".
QString formatMetricValue(DoraMetric metric, double value);
// A duration in seconds as people read it: "45 min", "3.2 h", "4.1 days".
QString formatDuration(double seconds);

// One band's stretch of the value axis, in display units, for the reference areas behind a chart.
struct BandArea {
    Band band;
    double low = 0;
    double high = 0;
};
// The report year's bands for a metric, per bucket of the given length in days (deployment
// frequency's bands are per week or month); empty for metrics without bands.
QList<BandArea> bandAreas(const DoraBands &bands, DoraMetric metric, double bucketDays, double axisTop);

}
