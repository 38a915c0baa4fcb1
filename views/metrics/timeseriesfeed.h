// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QXYSeries;

namespace Tarmac {

namespace Metrics {
class TimeValueModel;
}

// Feeds a line series from a TimeValueModel, as QVXYModelMapper would, but with one
// QXYSeries::replace() per change: the mapper refills a series point by point after each model
// reset, and every append lays the whole line out again (quadratic: seconds for a few thousand
// points). Only the visible time range goes into the series, downsampled to what its width in
// pixels can show, so zooming and panning re-feed the series and never reset the model.
class TimeSeriesFeed : public QObject {
    Q_OBJECT
public:
    TimeSeriesFeed(Metrics::TimeValueModel *model, QXYSeries *series, QObject *parent = nullptr);
    ~TimeSeriesFeed() override;

    Metrics::TimeValueModel *model() const { return m_model; }
    QXYSeries *series() const { return m_series; }
    // The visible part of the time axis (ms since the epoch) and its width in pixels.
    void setVisibleRange(double from, double to, int pixels);

private:
    void feed();

    Metrics::TimeValueModel *m_model;
    QXYSeries *m_series;
    double m_from = 0;
    double m_to = 0;
    int m_pixels = 0; // 0: no range yet, feed every point
};

}
