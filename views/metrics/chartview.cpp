// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include <QChart>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>

#include <cmath>

namespace Tarmac {

namespace {
constexpr int ClickSlop = 4; // pixels a press may move and still be a click
}

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_band(new QRubberBand(QRubberBand::Rectangle, this))
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setRubberBand(QChartView::NoRubberBand);
}

ChartView::~ChartView() = default;

void ChartView::zoomAround(double factor, double x)
{
    QRectF area = chart()->plotArea();
    const double width = area.width() / factor;
    const double ratio = (x - area.left()) / area.width();
    area.setLeft(x - ratio * width);
    area.setWidth(width);
    chart()->zoomIn(area);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    m_pressAt = event->position().toPoint();
    m_lastAt = m_pressAt;
    m_button = event->button();
    m_panning = m_navigation
        && (event->button() == Qt::RightButton
            || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier)));
    event->accept();
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (m_button == Qt::NoButton) {
        const auto hit = m_hitTest ? m_hitTest(event->position()) : std::nullopt;
        if (hit)
            QToolTip::showText(event->globalPosition().toPoint(), hit->text, this);
        else
            QToolTip::hideText();
        return;
    }
    if (m_panning) {
        chart()->scroll(double(m_lastAt.x() - at.x()), 0);
        m_lastAt = at;
        return;
    }
    if (m_navigation && m_button == Qt::LeftButton && (at - m_pressAt).manhattanLength() > ClickSlop) {
        const QRectF area = chart()->plotArea();
        m_band->setGeometry(QRect(QPoint(std::min(at.x(), m_pressAt.x()), int(area.top())),
            QPoint(std::max(at.x(), m_pressAt.x()), int(area.bottom()))));
        m_band->show();
    }
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    const Qt::MouseButton button = m_button;
    m_button = Qt::NoButton;
    if (m_panning) {
        m_panning = false;
        return;
    }
    if (m_band->isVisible()) {
        m_band->hide();
        const QRectF area = chart()->plotArea();
        const QRectF span(QPointF(std::min(at.x(), m_pressAt.x()), area.top()),
            QPointF(std::max(at.x(), m_pressAt.x()), area.bottom()));
        if (span.width() > ClickSlop)
            chart()->zoomIn(span.intersected(area));
        return;
    }
    if (button == Qt::LeftButton && (at - m_pressAt).manhattanLength() <= ClickSlop && m_hitTest) {
        if (const auto hit = m_hitTest(event->position()))
            Q_EMIT pointClicked(hit->series, hit->row);
    }
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_navigation)
        Q_EMIT resetRequested();
    event->accept();
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    if (!m_navigation) {
        QChartView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAround(std::pow(1.25, steps), event->position().x());
    event->accept();
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (!m_navigation) {
        QChartView::keyPressEvent(event);
        return;
    }
    const double step = chart()->plotArea().width() / 10;
    switch (event->key()) {
    case Qt::Key_Left:
        chart()->scroll(-step, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(step, 0);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(1.5, chart()->plotArea().center().x());
        break;
    case Qt::Key_Minus:
        zoomAround(1 / 1.5, chart()->plotArea().center().x());
        break;
    case Qt::Key_Home:
        Q_EMIT resetRequested();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

}
