// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/environmentsmodel.h"

using namespace Qt::StringLiterals;

namespace Tarmac {

EnvironmentsModel::EnvironmentsModel(QObject *parent)
    : PlatformListModel(u"/environments"_s, parent)
{
}

int EnvironmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Environment");
    case ProductionColumn:
        return tr("Production");
    case DeployerColumn:
        return tr("Deployer");
    }
    return {};
}

QVariant EnvironmentsModel::cell(const QJsonObject &item, int column, int role) const
{
    if (role == PlatformRoles::FilterRole || role == PlatformRoles::SortRole)
        role = Qt::DisplayRole;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return item.value("name"_L1).toString();
    case ProductionColumn:
        return item.value("production"_L1).toBool() ? tr("yes") : tr("no");
    case DeployerColumn:
        return item.value("deployer"_L1).toString();
    }
    return {};
}

}
