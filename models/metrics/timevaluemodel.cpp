// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/timevaluemodel.h"

#include <algorithm>
#include <cmath>

namespace Tarmac::Metrics {

TimeValueModel::TimeValueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TimeValueModel::~TimeValueModel() = default;

void TimeValueModel::setPoints(const QList<TimeValue> &points)
{
    beginResetModel();
    m_points = points;
    endResetModel();
}

int TimeValueModel::rowNearest(double x) const
{
    if (m_points.isEmpty())
        return -1;
    const auto it = std::lower_bound(
        m_points.cbegin(), m_points.cend(), x, [](const TimeValue &p, double value) { return double(p.x) < value; });
    if (it == m_points.cend())
        return int(m_points.size() - 1);
    const int i = int(it - m_points.cbegin());
    if (i > 0 && x - double(m_points.at(i - 1).x) < double(m_points.at(i).x) - x)
        return i - 1;
    return i;
}

double TimeValueModel::maximum() const
{
    double top = 0;
    for (const TimeValue &p : m_points)
        top = std::max(top, p.y);
    return top;
}

int TimeValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int TimeValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimeValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimeValue &p = m_points.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TimeColumn ? QVariant(double(p.x)) : QVariant(p.y);
    case Qt::ToolTipRole:
    case TextRole:
        return p.text;
    case FromRole:
        return p.from;
    case ToRole:
        return p.to;
    default:
        return {};
    }
}

QVariant TimeValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

QList<TimeValue> downsample(const QList<TimeValue> &points, double from, double to, int buckets)
{
    const auto byX = [](const TimeValue &p, double x) { return double(p.x) < x; };
    qsizetype first = std::lower_bound(points.cbegin(), points.cend(), from, byX) - points.cbegin();
    qsizetype last = std::lower_bound(points.cbegin(), points.cend(), to, byX) - points.cbegin();
    // One neighbour on each side, so a line reaches the edges of the view.
    first = std::max<qsizetype>(0, first - 1);
    last = std::min(points.size(), last + 1);
    if (last - first <= 2 * qsizetype(buckets) || buckets < 1 || to <= from)
        return points.mid(first, last - first);
    QList<TimeValue> result;
    result.reserve(2 * buckets + 2);
    const double width = (to - from) / buckets;
    qsizetype i = first;
    while (i < last) {
        const auto bucket = qint64(std::floor((double(points.at(i).x) - from) / width));
        qsizetype low = i;
        qsizetype high = i;
        qsizetype j = i;
        for (; j < last && qint64(std::floor((double(points.at(j).x) - from) / width)) == bucket; ++j) {
            if (points.at(j).y < points.at(low).y)
                low = j;
            if (points.at(j).y > points.at(high).y)
                high = j;
        }
        // Keep the pair in time order so the line does not double back.
        result.append(points.at(std::min(low, high)));
        if (low != high)
            result.append(points.at(std::max(low, high)));
        i = j;
    }
    return result;
}

}
