// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/quickcheck.h"

#include <QAbstractTableModel>

namespace Tarmac::Metrics {

// The measured figures as DORA Quick Check answers: one row per metric with the figure, the
// answer it falls in, its 0-10 score and the published benchmark beside it.
class QuickCheckModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { MetricColumn, MeasuredColumn, AnswerColumn, ScoreColumn, BenchmarkColumn, ColumnCount };
    enum Roles { ScoreRole = Qt::UserRole, AnswerRole };

    explicit QuickCheckModel(QObject *parent = nullptr);
    ~QuickCheckModel() override;

    void setSeries(const DoraSeries &series);
    void clear();
    const QList<QuickCheck::Result> &results() const { return m_results; }
    std::optional<double> throughputScore() const { return QuickCheck::throughputScore(m_results); }
    std::optional<double> stabilityScore() const { return QuickCheck::stabilityScore(m_results); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QuickCheck::Result> m_results;
};

}
