// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/dorametric.h"
#include "metrics/timevaluemodel.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QLabel;
class QToolButton;
class QValueAxis;
class QXYSeries;

namespace Tarmac::Metrics {
class CategoryCountModel;
}

namespace Tarmac {

class ChartView;
class TimeSeriesFeed;

// One chart of the Metrics page: a title, the chart (fed from item models: lines through a
// TimeSeriesFeed, bars through Qt Charts' model mapper), its own loading/empty note, and Export
// (PNG, SVG, CSV). Time charts zoom with the wheel or a rubber band and pan by dragging;
// double-click resets. Lines show the visible range downsampled to the chart's width.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    enum class State { Loading, Empty, Ready };

    explicit ChartPanel(const QString &title, QWidget *parent = nullptr);
    ~ChartPanel() override;

    QString title() const { return m_title; }
    QChart *chart() const { return m_chart; }
    ChartView *view() const { return m_view; }

    // A line over time from model (columns Time, Value), named name. The first call sets up the
    // time axis; unit labels the value axis.
    QXYSeries *addTimeSeries(const QString &name, Metrics::TimeValueModel *model, const QString &unit);
    // Bars: one set per model column, one category per row; stacked or side by side.
    void setBars(Metrics::CategoryCountModel *model, const QString &unit, bool stacked);
    // Reference areas behind the lines: the report year's bands over [from, to).
    void setBandAreas(const QList<Metrics::BandArea> &areas, qint64 from, qint64 to);
    // The visible time range; the value axis follows the series' maximum.
    void setTimeRange(qint64 from, qint64 to);
    void resetZoom();

    void setState(State state, const QString &note = {});
    State state() const { return m_state; }
    // What Export > CSV writes.
    void setCsvSource(std::function<QByteArray()> csv) { m_csv = std::move(csv); }

    bool exportPng(const QString &path) const;
    bool exportSvg(const QString &path) const;
    bool exportCsv(const QString &path) const;
    // Draws the chart into rect of painter (for the PDF report).
    void render(QPainter *painter, const QRectF &rect) const;

Q_SIGNALS:
    // A click on a point of a time series: the row of its model.
    void pointClicked(Tarmac::Metrics::TimeValueModel *model, int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void updateValueAxis();
    void updateVisibleRange();
    void exportWithDialog(const QString &format);

    QString m_title;
    QChart *m_chart;
    ChartView *m_view;
    QLabel *m_note;
    QToolButton *m_export;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QList<QAreaSeries *> m_bands;
    QList<Metrics::BandArea> m_bandAreas;
    QList<std::pair<QXYSeries *, Metrics::TimeValueModel *>> m_series;
    QList<TimeSeriesFeed *> m_feeds;
    Metrics::CategoryCountModel *m_bars = nullptr;
    qint64 m_from = 0;
    qint64 m_to = 0;
    State m_state = State::Loading;
    std::function<QByteArray()> m_csv;
    bool m_feeding = false;
};

}
