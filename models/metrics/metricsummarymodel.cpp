// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricsummarymodel.h"

#include <QLocale>

#include <cmath>

namespace Tarmac::Metrics {

namespace {
// Deployments over the whole range are compared per day, so periods of unequal buckets still compare.
std::optional<double> summaryValue(const DoraSeries &series, DoraMetric metric)
{
    if (metric == DoraMetric::DeploymentFrequency) {
        const double days = double(series.range.to - series.range.from) / 86400000.0;
        return days > 0 ? std::optional<double>(double(series.total.deployments) / days) : std::nullopt;
    }
    return metricValue(series.total, metric);
}

bool higherIsBetter(DoraMetric metric)
{
    return metric == DoraMetric::DeploymentFrequency;
}
}

MetricSummaryModel::MetricSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

MetricSummaryModel::~MetricSummaryModel() = default;

QList<DoraMetric> MetricSummaryModel::metrics()
{
    return allDoraMetrics();
}

void MetricSummaryModel::setSeries(const DoraSeries &current, const std::optional<DoraSeries> &previous)
{
    beginResetModel();
    m_current = current;
    m_previous = previous;
    endResetModel();
}

void MetricSummaryModel::clear()
{
    beginResetModel();
    m_current.reset();
    m_previous.reset();
    endResetModel();
}

std::optional<Band> MetricSummaryModel::bandOf(DoraMetric metric) const
{
    switch (metric) {
    case DoraMetric::DeploymentFrequency:
        return m_current->deploymentFrequencyBand;
    case DoraMetric::LeadTimeMedian:
        return m_current->leadTimeBand;
    case DoraMetric::ChangeFailureRate:
        return m_current->changeFailureRateBand;
    case DoraMetric::RecoveryTime:
        return m_current->recoveryTimeBand;
    default:
        return std::nullopt;
    }
}

void MetricSummaryModel::setColumnTitles(const QString &value, const QString &previous)
{
    m_valueTitle = value;
    m_previousTitle = previous;
    Q_EMIT headerDataChanged(Qt::Horizontal, ValueColumn, PreviousColumn);
}

MetricSummaryModel::Trend MetricSummaryModel::trend(DoraMetric metric) const
{
    if (!m_current || !m_previous)
        return Trend::Unknown;
    const auto now = summaryValue(*m_current, metric);
    const auto before = summaryValue(*m_previous, metric);
    if (!now || !before)
        return Trend::Unknown;
    // Within 5% (relative) is noise, not a trend.
    const double scale = std::max(std::abs(*before), 1e-9);
    if (std::abs(*now - *before) / scale < 0.05)
        return Trend::Same;
    return (*now > *before) == higherIsBetter(metric) ? Trend::Better : Trend::Worse;
}

int MetricSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_current ? 0 : int(metrics().size());
}

int MetricSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DoraMetric metric = metrics().at(index.row());
    const auto value = summaryValue(*m_current, metric);
    const auto previous = m_previous ? summaryValue(*m_previous, metric) : std::nullopt;
    const auto text = [metric](const std::optional<double> &v) {
        if (!v)
            return tr("no data");
        if (metric == DoraMetric::DeploymentFrequency)
            return tr("%1 per day").arg(QLocale().toString(*v, 'f', 1));
        return formatMetricValue(metric, *v);
    };
    switch (role) {
    case MetricRole:
        return int(metric);
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    case PreviousValueRole:
        return previous ? QVariant(*previous) : QVariant();
    case BetterRole:
        return int(trend(metric));
    case ChangeRole:
        return value && previous && *previous != 0 ? QVariant((*value - *previous) / std::abs(*previous)) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case MetricColumn:
        return metricTitle(metric);
    case ValueColumn:
        return text(value);
    case BandColumn: {
        const auto band = bandOf(metric);
        return band ? bandName(*band) : QString();
    }
    case PreviousColumn:
        return text(previous);
    case TrendColumn:
        switch (trend(metric)) {
        case Trend::Better:
            return tr("better than the previous period");
        case Trend::Worse:
            return tr("worse than the previous period");
        case Trend::Same:
            return tr("about the same as the previous period");
        case Trend::Unknown:
            return tr("no previous period to compare");
        }
    }
    return {};
}

QVariant MetricSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MetricColumn:
        return tr("Metric");
    case ValueColumn:
        return m_valueTitle.isEmpty() ? tr("Value") : m_valueTitle;
    case BandColumn:
        return tr("Band");
    case PreviousColumn:
        return m_previousTitle.isEmpty() ? tr("Previous period") : m_previousTitle;
    case TrendColumn:
        return tr("Trend");
    default:
        return {};
    }
}

}
