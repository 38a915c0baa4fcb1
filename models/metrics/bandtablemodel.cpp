// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/bandtablemodel.h"

#include "metrics/dorametric.h"

#include <QLocale>

namespace Tarmac::Metrics {

BandTableModel::BandTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

BandTableModel::~BandTableModel() = default;

void BandTableModel::setBands(const DoraBands &bands)
{
    m_bands = bands;
    Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
}

int BandTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int BandTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BandTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    const auto percent = [&](double rate) { return locale.toString(rate * 100, 'f', 0) + u'%'; };
    const auto below = [&](double elite, double high, double medium, int column) {
        switch (column) {
        case EliteColumn:
            return tr("< %1").arg(formatDuration(elite));
        case HighColumn:
            return tr("< %1").arg(formatDuration(high));
        case MediumColumn:
            return tr("< %1").arg(formatDuration(medium));
        default:
            return tr(">= %1").arg(formatDuration(medium));
        }
    };
    const int column = index.column();
    switch (index.row()) {
    case DeploymentFrequencyRow:
        switch (column) {
        case MetricColumn:
            return tr("Deployment frequency (median deploy-days)");
        case EliteColumn:
            return tr(">= %1 per week").arg(locale.toString(m_bands.eliteDeployDaysPerWeek));
        case HighColumn:
            return tr(">= %1 per week").arg(locale.toString(m_bands.highDeployDaysPerWeek));
        case MediumColumn:
            return tr(">= %1 per month").arg(locale.toString(m_bands.mediumDeployDaysPerMonth));
        default:
            return tr("less");
        }
    case LeadTimeRow:
        if (column == MetricColumn)
            return tr("Lead time (median)");
        return below(m_bands.leadTimeEliteBelow, m_bands.leadTimeHighBelow, m_bands.leadTimeMediumBelow, column);
    case ChangeFailureRateRow:
        switch (column) {
        case MetricColumn:
            return tr("Change failure rate");
        case EliteColumn:
            return tr("<= %1").arg(percent(m_bands.cfrEliteAtMost));
        case HighColumn:
            return tr("<= %1").arg(percent(m_bands.cfrHighAtMost));
        case MediumColumn:
            return tr("<= %1").arg(percent(m_bands.cfrMediumAtMost));
        default:
            return tr("> %1").arg(percent(m_bands.cfrMediumAtMost));
        }
    case RecoveryTimeRow:
        if (column == MetricColumn)
            return tr("Failed deployment recovery time (median)");
        return below(m_bands.recoveryEliteBelow, m_bands.recoveryHighBelow, m_bands.recoveryMediumBelow, column);
    }
    return {};
}

QVariant BandTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MetricColumn:
        return tr("Metric (%1 report)").arg(m_bands.year);
    case EliteColumn:
        return tr("Elite");
    case HighColumn:
        return tr("High");
    case MediumColumn:
        return tr("Medium");
    case LowColumn:
        return tr("Low");
    default:
        return {};
    }
}

}
