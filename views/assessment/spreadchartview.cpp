// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadchartview.h"

#include "assessment/spreadmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QVBarModelMapper>
#include <QValueAxis>

namespace Tarmac {

SpreadChartView::SpreadChartView(SpreadModel *model, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_series(new QBarSeries)
    , m_mapper(new QVBarModelMapper(this))
    , m_levels(new QBarCategoryAxis)
    , m_counts(new QValueAxis)
{
    auto *chart = new QChart;
    chart->addSeries(m_series);
    chart->addAxis(m_levels, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    m_series->attachAxis(m_levels);
    m_series->attachAxis(m_counts);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    m_levels->setTitleText(tr("Level"));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundVisible(false);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);

    m_mapper->setFirstBarSetColumn(SpreadModel::PlatformTeamColumn);
    m_mapper->setLastBarSetColumn(SpreadModel::OtherColumn);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &SpreadChartView::rebuildCategories);
    connect(model, &QAbstractItemModel::dataChanged, this, &SpreadChartView::rebuildCategories);
    rebuildCategories();
}

SpreadChartView::~SpreadChartView() = default;

void SpreadChartView::rebuildCategories()
{
    QStringList levels;
    int highest = 1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        levels.append(m_model->headerData(row, Qt::Vertical).toString());
        int stacked = 0;
        for (int column = 0; column < m_model->columnCount(); ++column)
            stacked = std::max(stacked, m_model->index(row, column).data().toInt());
        highest = std::max(highest, stacked);
    }
    if (m_levels->categories() != levels) {
        m_levels->clear();
        m_levels->append(levels);
    }
    m_counts->setRange(0, highest);
    m_counts->setTickCount(highest + 1);
}

}
