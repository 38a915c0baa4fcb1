// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QCategoryAxis;
class QLineSeries;
class QPolarChart;
class QValueAxis;

namespace Tarmac {

class AssessmentDocument;

// Agreed levels, targets and the previous round on a polar chart, one spoke per capability.
class RadarChartView : public QChartView {
    Q_OBJECT
public:
    explicit RadarChartView(AssessmentDocument *document, QWidget *parent = nullptr);
    ~RadarChartView() override;

    // For tests: the series' points in capability order (the closing point left out).
    QList<QPointF> agreedPoints() const;
    QList<QPointF> targetPoints() const;
    QList<QPointF> previousPoints() const;

private:
    void rebuildAxes();
    void refresh();

    AssessmentDocument *m_document;
    QPolarChart *m_chart;
    QCategoryAxis *m_angularAxis = nullptr;
    QValueAxis *m_radialAxis = nullptr;
    QLineSeries *m_agreed;
    QLineSeries *m_target;
    QLineSeries *m_previous;
};

}
