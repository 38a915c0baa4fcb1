// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/quickcheckmodel.h"

#include "metrics/dorametric.h"

#include <QLocale>

namespace Tarmac::Metrics {

namespace {
bool isRate(QuickCheck::Metric metric)
{
    return metric == QuickCheck::Metric::ChangeFailureRate || metric == QuickCheck::Metric::ReworkRate;
}
}

QuickCheckModel::QuickCheckModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QuickCheckModel::~QuickCheckModel() = default;

void QuickCheckModel::setSeries(const DoraSeries &series)
{
    beginResetModel();
    m_results = QuickCheck::shipped().assess(series);
    endResetModel();
}

void QuickCheckModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

int QuickCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int QuickCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuickCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuickCheck::Result &r = m_results.at(index.row());
    const QLocale locale;
    if (role == ScoreRole)
        return r.score ? QVariant(*r.score) : QVariant();
    if (role == AnswerRole)
        return r.answer ? QVariant(r.answer->answer) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case MetricColumn:
        switch (r.metric) {
        case QuickCheck::Metric::LeadTime:
            return tr("Lead time for changes (median)");
        case QuickCheck::Metric::DeploymentFrequency:
            return tr("Deployment frequency (average time between deployments)");
        case QuickCheck::Metric::RecoveryTime:
            return tr("Failed deployment recovery time (median)");
        case QuickCheck::Metric::ChangeFailureRate:
            return tr("Change fail rate");
        case QuickCheck::Metric::ReworkRate:
            return tr("Deployment rework rate");
        }
        return {};
    case MeasuredColumn:
        if (!r.measured)
            return tr("nothing to measure");
        return isRate(r.metric) ? locale.toString(*r.measured * 100, 'f', 1) + u'%' : formatDuration(*r.measured);
    case AnswerColumn:
        if (!r.measured)
            return QString();
        if (isRate(r.metric))
            return tr("%1%").arg(locale.toString(*r.measured * 100, 'f', 0));
        // The Quick Check's own words, as published (not translated: they name its answers).
        return r.answer ? r.answer->text : QString();
    case ScoreColumn:
        return r.score ? locale.toString(*r.score, 'f', 1) : QString();
    case BenchmarkColumn:
        return tr("%1 ± %2").arg(locale.toString(r.benchmark.mean, 'f', 1), locale.toString(r.benchmark.std, 'f', 1));
    default:
        return {};
    }
}

QVariant QuickCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MetricColumn:
        return tr("Metric");
    case MeasuredColumn:
        return tr("Measured");
    case AnswerColumn:
        return tr("Quick Check answer");
    case ScoreColumn:
        return tr("Score (0-10)");
    case BenchmarkColumn:
        return tr("Benchmark %1, all industries (mean ± sd)").arg(QuickCheck::shipped().year());
    default:
        return {};
    }
}

}
