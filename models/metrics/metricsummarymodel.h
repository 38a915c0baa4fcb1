// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/dorametric.h"
#include "metrics/doraseries.h"

#include <QAbstractTableModel>

#include <optional>

namespace Tarmac::Metrics {

// The summary tiles: per metric the value over the whole range, its band, and the trend against
// the previous period of equal length (which the caller fetches: previousRange()).
class MetricSummaryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { MetricColumn, ValueColumn, BandColumn, PreviousColumn, TrendColumn, ColumnCount };
    enum Roles { MetricRole = Qt::UserRole, ValueRole, PreviousValueRole, ChangeRole, BetterRole };
    enum class Trend { Unknown, Better, Same, Worse };

    explicit MetricSummaryModel(QObject *parent = nullptr);
    ~MetricSummaryModel() override;

    void setSeries(const DoraSeries &current, const std::optional<DoraSeries> &previous);
    // No series: no rows.
    void clear();
    static TimeSpan previousRange(const TimeSpan &range) { return { 2 * range.from - range.to, range.from }; }
    static QList<DoraMetric> metrics();
    Trend trend(DoraMetric metric) const;
    // For a comparison of two scopes rather than two periods: the headers of the two value columns.
    void setColumnTitles(const QString &value, const QString &previous);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<Band> bandOf(DoraMetric metric) const;

    std::optional<DoraSeries> m_current;
    std::optional<DoraSeries> m_previous;
    QString m_valueTitle;
    QString m_previousTitle;
};

}
