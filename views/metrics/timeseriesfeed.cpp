// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseriesfeed.h"

#include "metrics/timevaluemodel.h"

#include <QXYSeries>

namespace Tarmac {

using namespace Metrics;

namespace {
// Markers closer than this many pixels merge into a thick line: they only cost drawing time.
constexpr int MinimumMarkerSpacing = 6;
}

TimeSeriesFeed::TimeSeriesFeed(TimeValueModel *model, QXYSeries *series, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_series(series)
{
    connect(model, &QAbstractItemModel::modelReset, this, &TimeSeriesFeed::feed);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TimeSeriesFeed::feed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TimeSeriesFeed::feed);
    connect(model, &QAbstractItemModel::dataChanged, this, &TimeSeriesFeed::feed);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TimeSeriesFeed::feed);
    feed();
}

TimeSeriesFeed::~TimeSeriesFeed() = default;

void TimeSeriesFeed::setVisibleRange(double from, double to, int pixels)
{
    if (from == m_from && to == m_to && pixels == m_pixels)
        return;
    m_from = from;
    m_to = to;
    m_pixels = pixels;
    feed();
}

void TimeSeriesFeed::feed()
{
    const QList<TimeValue> &all = m_model->points();
    // A low and a high per two pixel columns: every peak and dip stays within a pixel of where it
    // is, and the line has a quarter of the points of one per pixel to draw (antialiased, the cost).
    const QList<TimeValue> shown = m_pixels > 0 ? downsample(all, m_from, m_to, std::max(1, m_pixels / 2)) : all;
    QList<QPointF> points;
    points.reserve(shown.size());
    for (const TimeValue &p : shown)
        points.append(QPointF(double(p.x), p.y));
    // How many of the fed points fall in view decides whether markers can be told apart.
    qsizetype inView = 0;
    for (const QPointF &p : std::as_const(points))
        inView += (m_pixels == 0 || (p.x() >= m_from && p.x() <= m_to)) ? 1 : 0;
    m_series->setPointsVisible(m_pixels == 0 || inView * MinimumMarkerSpacing <= m_pixels);
    m_series->replace(points);
}

}
