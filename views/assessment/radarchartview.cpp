// SPDX-License-Identifier: GPL-3.0-or-later
#include "radarchartview.h"

#include "assessment/assessmentdocument.h"

#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

namespace Tarmac {

namespace {
QList<QPointF> withoutClosingPoint(const QLineSeries *series)
{
    QList<QPointF> points = series->points();
    if (!points.isEmpty())
        points.removeLast();
    return points;
}
}

RadarChartView::RadarChartView(AssessmentDocument *document, QWidget *parent)
    : QChartView(parent)
    , m_document(document)
    , m_chart(new QPolarChart)
    , m_agreed(new QLineSeries(m_chart))
    , m_target(new QLineSeries(m_chart))
    , m_previous(new QLineSeries(m_chart))
{
    m_agreed->setName(tr("Agreed"));
    m_target->setName(tr("Target"));
    m_previous->setName(tr("Previous round"));
    m_agreed->setPen(QPen(QColor(0x2f, 0x6f, 0xb5), 3));
    m_target->setPen(QPen(QColor(0xd9, 0x7a, 0x1c), 2, Qt::DashLine));
    m_previous->setPen(QPen(QColor(0x88, 0x88, 0x88), 2, Qt::DotLine));
    m_chart->addSeries(m_previous);
    m_chart->addSeries(m_target);
    m_chart->addSeries(m_agreed);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundVisible(false);
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 260);

    connect(document, &AssessmentDocument::modelReset, this, [this] {
        rebuildAxes();
        refresh();
    });
    connect(document, &AssessmentDocument::sessionChanged, this, &RadarChartView::refresh);
    connect(document, &AssessmentDocument::previousRoundChanged, this, &RadarChartView::refresh);
    rebuildAxes();
    refresh();
}

RadarChartView::~RadarChartView() = default;

void RadarChartView::rebuildAxes()
{
    if (m_angularAxis) {
        m_chart->removeAxis(m_angularAxis);
        delete m_angularAxis;
    }
    if (m_radialAxis) {
        m_chart->removeAxis(m_radialAxis);
        delete m_radialAxis;
    }
    const MaturityModel &model = m_document->model();
    const qsizetype spokes = std::max<qsizetype>(1, model.capabilities.size());
    m_angularAxis = new QCategoryAxis;
    m_angularAxis->setRange(0, 360);
    m_angularAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = 0; i < model.capabilities.size(); ++i)
        m_angularAxis->append(model.capabilities.at(i).name, 360.0 * double(i) / double(spokes));
    m_radialAxis = new QValueAxis;
    m_radialAxis->setRange(0, std::max(1, model.maxLevel()));
    m_radialAxis->setTickCount(std::max(2, model.maxLevel() + 1));
    m_radialAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_angularAxis, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(m_radialAxis, QPolarChart::PolarOrientationRadial);
    for (QLineSeries *series : { m_agreed, m_target, m_previous }) {
        series->attachAxis(m_angularAxis);
        series->attachAxis(m_radialAxis);
    }
}

void RadarChartView::refresh()
{
    const MaturityModel &model = m_document->model();
    const qsizetype spokes = model.capabilities.size();
    const auto pointsFor = [&](const AssessmentSession *session, bool target) {
        QList<QPointF> points;
        if (!session || spokes == 0)
            return points;
        for (qsizetype i = 0; i < spokes; ++i) {
            const CapabilityRecord *record = session->record(model.capabilities.at(i).id);
            const int level = record ? (target ? record->targetLevel : record->agreedLevel) : 0;
            points.append(QPointF(360.0 * double(i) / double(spokes), level));
        }
        points.append(QPointF(360.0, points.constFirst().y())); // close the shape
        return points;
    };
    const auto &previous = m_document->previousRound();
    m_agreed->replace(pointsFor(&m_document->session(), false));
    m_target->replace(pointsFor(&m_document->session(), true));
    m_previous->replace(pointsFor(previous ? &*previous : nullptr, false));
    m_previous->setVisible(previous.has_value());
}

QList<QPointF> RadarChartView::agreedPoints() const
{
    return withoutClosingPoint(m_agreed);
}

QList<QPointF> RadarChartView::targetPoints() const
{
    return withoutClosingPoint(m_target);
}

QList<QPointF> RadarChartView::previousPoints() const
{
    return withoutClosingPoint(m_previous);
}

}
