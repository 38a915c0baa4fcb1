// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QBarCategoryAxis;
class QBarSeries;
class QValueAxis;
class QVBarModelMapper;

namespace Tarmac {

class SpreadModel;

// The revealed votes as a histogram, one bar set per role (platform team beside app teams), fed from
// a SpreadModel through a QVBarModelMapper.
class SpreadChartView : public QChartView {
    Q_OBJECT
public:
    explicit SpreadChartView(SpreadModel *model, QWidget *parent = nullptr);
    ~SpreadChartView() override;

private:
    void rebuildCategories();

    SpreadModel *m_model;
    QBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_levels;
    QValueAxis *m_counts;
};

}
