// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/categorycountmodel.h"

namespace Tarmac::Metrics {

CategoryCountModel::CategoryCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CategoryCountModel::~CategoryCountModel() = default;

void CategoryCountModel::setCounts(
    const QStringList &categories, const QStringList &sets, const QList<QList<double>> &values)
{
    beginResetModel();
    m_categories = categories;
    m_sets = sets;
    m_values = values;
    m_values.resize(categories.size());
    for (QList<double> &row : m_values)
        row.resize(sets.size());
    endResetModel();
}

double CategoryCountModel::maximum() const
{
    double top = 0;
    for (const QList<double> &row : m_values) {
        for (double v : row)
            top = std::max(top, v);
    }
    return top;
}

int CategoryCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_categories.size());
}

int CategoryCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sets.size());
}

QVariant CategoryCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole)
        return m_values.at(index.row()).at(index.column());
    if (role == Qt::ToolTipRole)
        return tr("%1, %2: %3")
            .arg(m_categories.at(index.row()), m_sets.at(index.column()))
            .arg(m_values.at(index.row()).at(index.column()));
    return {};
}

QVariant CategoryCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_sets.size() ? QVariant(m_sets.at(section)) : QVariant();
    return section >= 0 && section < m_categories.size() ? QVariant(m_categories.at(section)) : QVariant();
}

}
