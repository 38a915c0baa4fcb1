// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace Tarmac::Metrics {

// One point of a chart's series: x is milliseconds since the epoch (the bucket's start), y in the
// series' display unit; [from, to) is the span it stands for.
struct TimeValue {
    qint64 x = 0;
    double y = 0;
    qint64 from = 0;
    qint64 to = 0;
    QString text; // the exact value as people read it, for tooltips and tables
};

// A chart series as a table (column Time, column Value) for QVXYModelMapper: numbers in
// Qt::DisplayRole, the readable value in Qt::ToolTipRole. Holds only points that have a value, so a
// bucket with nothing to measure is a gap, never a false zero.
class TimeValueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { TimeColumn, ValueColumn, ColumnCount };
    enum Roles { FromRole = Qt::UserRole, ToRole, TextRole };

    explicit TimeValueModel(QObject *parent = nullptr);
    ~TimeValueModel() override;

    void setPoints(const QList<TimeValue> &points);
    const QList<TimeValue> &points() const { return m_points; }
    // The row nearest to x (ms), or -1 when empty.
    int rowNearest(double x) const;
    // Largest y, 0 when empty.
    double maximum() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimeValue> m_points;
};

// At most 2 * buckets points for the part of points (sorted by x) within [from, to]: each bucket's
// first, lowest and highest, and the neighbours just outside so lines run to the edges. Peaks and
// dips survive; the rest is what no screen could show anyway.
QList<TimeValue> downsample(const QList<TimeValue> &points, double from, double to, int buckets);

}
