// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/dorametric.h"

#include <QCoreApplication>
#include <QLocale>

namespace Tarmac::Metrics {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::Metrics::DoraMetric", text);
}

std::optional<double> hours(const std::optional<double> &seconds)
{
    return seconds ? std::optional<double>(*seconds / 3600.0) : std::nullopt;
}

std::optional<double> percent(const std::optional<double> &rate)
{
    return rate ? std::optional<double>(*rate * 100.0) : std::nullopt;
}
}

QList<DoraMetric> allDoraMetrics()
{
    return { DoraMetric::DeploymentFrequency, DoraMetric::LeadTimeMedian, DoraMetric::LeadTimeP90,
        DoraMetric::ChangeFailureRate, DoraMetric::RecoveryTime, DoraMetric::TimeToRestore, DoraMetric::ReworkRate };
}

QString metricTitle(DoraMetric metric)
{
    switch (metric) {
    case DoraMetric::DeploymentFrequency:
        return tr("Deployment frequency");
    case DoraMetric::LeadTimeMedian:
        return tr("Lead time for changes (median)");
    case DoraMetric::LeadTimeP90:
        return tr("Lead time for changes (p90)");
    case DoraMetric::ChangeFailureRate:
        return tr("Change failure rate");
    case DoraMetric::RecoveryTime:
        return tr("Failed deployment recovery time");
    case DoraMetric::TimeToRestore:
        return tr("Time to restore service");
    case DoraMetric::ReworkRate:
        return tr("Deployment rework rate");
    }
    return {};
}

QString metricUnit(DoraMetric metric)
{
    switch (metric) {
    case DoraMetric::DeploymentFrequency:
        return tr("deployments");
    case DoraMetric::ChangeFailureRate:
    case DoraMetric::ReworkRate:
        return tr("%");
    default:
        return tr("hours");
    }
}

QString metricDefinition(DoraMetric metric)
{
    switch (metric) {
    case DoraMetric::DeploymentFrequency:
        return tr("Successful deployments to a production environment, counted in the bucket of their finish time. "
                  "Its band comes from the median, over the weeks of the range, of the number of distinct days with "
                  "a deployment in that week.");
    case DoraMetric::LeadTimeMedian:
    case DoraMetric::LeadTimeP90:
        return tr("For each change: the finish time of the first successful production deployment that contains it, "
                  "minus the change's commit time, in the bucket of that deployment. The median is the middle value "
                  "(or the mean of the two middle values); p90 is the nearest rank, the ceil(0.9 n)-th smallest. "
                  "Non-positive lead times are left out and reported as a data-quality warning.");
    case DoraMetric::ChangeFailureRate:
        return tr("Failed deployments divided by deployments, in the bucket of the deployment's finish time. A "
                  "deployment failed when an incident is attributed to it, or when the next deployment of the same "
                  "service and environment is a rollback or a hotfix. An incident without an explicit attribution "
                  "goes to the service's latest deployment before it opened, within the attribution window; "
                  "otherwise it stays unattributed.");
    case DoraMetric::RecoveryTime:
        return tr("For each failed deployment: the latest resolution of its attributed incidents, or else the finish "
                  "of its remediating deployment, minus its finish time; the median per bucket. Failures not yet "
                  "recovered are counted as open, not timed.");
    case DoraMetric::TimeToRestore:
        return tr("For each incident: resolved minus opened, in the bucket of its opening time; the median per "
                  "bucket. Unresolved incidents are counted, not timed.");
    case DoraMetric::ReworkRate:
        return tr("Deployments with the intent hotfix or rollback divided by all deployments, per bucket.");
    }
    return {};
}

std::optional<double> metricValue(const DoraPoint &point, DoraMetric metric)
{
    switch (metric) {
    case DoraMetric::DeploymentFrequency:
        return double(point.deployments);
    case DoraMetric::LeadTimeMedian:
        return hours(point.leadTimeMedian);
    case DoraMetric::LeadTimeP90:
        return hours(point.leadTimeP90);
    case DoraMetric::ChangeFailureRate:
        return percent(point.changeFailureRate);
    case DoraMetric::RecoveryTime:
        return hours(point.recoveryMedian);
    case DoraMetric::TimeToRestore:
        return hours(point.timeToRestoreMedian);
    case DoraMetric::ReworkRate:
        return percent(point.reworkRate);
    }
    return std::nullopt;
}

QString formatDuration(double seconds)
{
    const QLocale locale;
    if (seconds < 3600)
        return tr("%1 min").arg(locale.toString(seconds / 60.0, 'f', 0));
    if (seconds < 2 * 86400)
        return tr("%1 h").arg(locale.toString(seconds / 3600.0, 'f', 1));
    return tr("%1 days").arg(locale.toString(seconds / 86400.0, 'f', 1));
}

QString formatMetricValue(DoraMetric metric, double value)
{
    const QLocale locale;
    switch (metric) {
    case DoraMetric::DeploymentFrequency:
        return locale.toString(value, 'f', 0);
    case DoraMetric::ChangeFailureRate:
    case DoraMetric::ReworkRate:
        return tr("%1%").arg(locale.toString(value, 'f', 1));
    default:
        return formatDuration(value * 3600.0);
    }
}

QList<BandArea> bandAreas(const DoraBands &bands, DoraMetric metric, double bucketDays, double axisTop)
{
    // Areas stack from the axis: each band from the previous boundary to its own.
    const auto stacked = [axisTop](const QList<std::pair<Band, double>> &bounds) {
        QList<BandArea> areas;
        double low = 0;
        for (const auto &[band, high] : bounds) {
            areas.append({ band, low, std::min(high, axisTop) });
            low = std::min(high, axisTop);
        }
        return areas;
    };
    switch (metric) {
    case DoraMetric::LeadTimeMedian:
    case DoraMetric::LeadTimeP90:
        return stacked(
            { { Band::Elite, bands.leadTimeEliteBelow / 3600 }, { Band::High, bands.leadTimeHighBelow / 3600 },
                { Band::Medium, bands.leadTimeMediumBelow / 3600 }, { Band::Low, axisTop } });
    case DoraMetric::RecoveryTime:
        return stacked(
            { { Band::Elite, bands.recoveryEliteBelow / 3600 }, { Band::High, bands.recoveryHighBelow / 3600 },
                { Band::Medium, bands.recoveryMediumBelow / 3600 }, { Band::Low, axisTop } });
    case DoraMetric::ChangeFailureRate:
        return stacked({ { Band::Elite, bands.cfrEliteAtMost * 100 }, { Band::High, bands.cfrHighAtMost * 100 },
            { Band::Medium, bands.cfrMediumAtMost * 100 }, { Band::Low, axisTop } });
    case DoraMetric::DeploymentFrequency: {
        // The bands count deploy days; a bucket of n days with k deploy-days per week holds at least
        // k * n / 7 deployments, so the boundaries are drawn in deployments per bucket.
        const double weeks = bucketDays / 7.0;
        const double months = bucketDays / 30.0;
        QList<BandArea> areas { { Band::Low, 0, std::min(bands.mediumDeployDaysPerMonth * months, axisTop) },
            { Band::Medium, std::min(bands.mediumDeployDaysPerMonth * months, axisTop),
                std::min(bands.highDeployDaysPerWeek * weeks, axisTop) },
            { Band::High, std::min(bands.highDeployDaysPerWeek * weeks, axisTop),
                std::min(bands.eliteDeployDaysPerWeek * weeks, axisTop) },
            { Band::Elite, std::min(bands.eliteDeployDaysPerWeek * weeks, axisTop), axisTop } };
        return areas;
    }
    default:
        return {};
    }
}

}
