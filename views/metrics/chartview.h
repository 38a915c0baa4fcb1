// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

#include <functional>
#include <optional>

class QRubberBand;

namespace Tarmac {

// A chart view for time series: the wheel zooms the time axis around the cursor, a left drag
// zooms to the span dragged over, a right (or Shift+left) drag pans, arrow keys pan, +/- zoom,
// double-click or Home resets. A click without a drag is a click on the nearest point; hovering
// near a point shows its exact value.
class ChartView : public QChartView {
    Q_OBJECT
public:
    // The point nearest to a position (in view coordinates), within a few pixels: its tooltip.
    struct Hit {
        int series = -1;
        int row = -1;
        QString text;
    };
    using HitTest = std::function<std::optional<Hit>(const QPointF &position)>;

    explicit ChartView(QChart *chart, QWidget *parent = nullptr);
    ~ChartView() override;

    void setHitTest(HitTest hitTest) { m_hitTest = std::move(hitTest); }
    void setTimeNavigation(bool enabled) { m_navigation = enabled; }
    // Zooms the time axis by factor (> 1 zooms in) around x in view coordinates.
    void zoomAround(double factor, double x);

Q_SIGNALS:
    void pointClicked(int series, int row);
    void resetRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    HitTest m_hitTest;
    bool m_navigation = false;
    QRubberBand *m_band = nullptr;
    QPoint m_pressAt;
    QPoint m_lastAt;
    Qt::MouseButton m_button = Qt::NoButton;
    bool m_panning = false;
};

}
