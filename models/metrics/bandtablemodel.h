// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/dorabands.h"

#include <QAbstractTableModel>

namespace Tarmac::Metrics {

// The report year's band table as people read it: one row per banded metric, one column per band.
class BandTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { MetricColumn, EliteColumn, HighColumn, MediumColumn, LowColumn, ColumnCount };
    enum Rows { DeploymentFrequencyRow, LeadTimeRow, ChangeFailureRateRow, RecoveryTimeRow, RowCount };

    explicit BandTableModel(QObject *parent = nullptr);
    ~BandTableModel() override;

    void setBands(const DoraBands &bands);
    const DoraBands &bands() const { return m_bands; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DoraBands m_bands;
};

}
