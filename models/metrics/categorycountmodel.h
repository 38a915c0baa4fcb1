// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Tarmac::Metrics {

// Bars for QBarModelMapper: one row per category (a template, a duration range), one column per
// bar set (a template version, a source); numbers in Qt::DisplayRole.
class CategoryCountModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit CategoryCountModel(QObject *parent = nullptr);
    ~CategoryCountModel() override;

    // values[row][column]
    void setCounts(const QStringList &categories, const QStringList &sets, const QList<QList<double>> &values);
    QStringList categories() const { return m_categories; }
    QStringList sets() const { return m_sets; }
    double maximum() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_categories;
    QStringList m_sets;
    QList<QList<double>> m_values;
};

}
