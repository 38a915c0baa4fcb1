// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/dorametric.h"
#include "metrics/dorapoint.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Tarmac::Metrics {

// "Explain this number": the records behind one or more points of a metric (the points must carry
// ids: ask the API with ids=true), with what each contributed and the data-quality warnings.
class DrillDownModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { KindColumn, IdColumn, NoteColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole, KindRole, CountsRole };
    enum class Kind { Deployment, Change, Incident };

    explicit DrillDownModel(QObject *parent = nullptr);
    ~DrillDownModel() override;

    void setPoints(const QList<DoraPoint> &points, DoraMetric metric);
    void clear();
    DoraMetric metric() const { return m_metric; }
    // The ids listed, in order.
    QStringList ids() const;
    // Data-quality notes for what is listed: dropped lead times, unattributed incidents, open failures,
    // deployments that shipped no change.
    QStringList warnings() const { return m_warnings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Kind kind;
        QString id;
        QString note;
        bool counts = true; // false: listed for the record, left out of the number
    };
    QList<Row> m_rows;
    QStringList m_warnings;
    DoraMetric m_metric = DoraMetric::DeploymentFrequency;
};

}
