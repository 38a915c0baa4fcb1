// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/servicesmodel.h"

using namespace Qt::StringLiterals;

namespace Tarmac {

ServicesModel::ServicesModel(QObject *parent)
    : PlatformListModel(u"/services"_s, parent)
{
}

int ServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Service");
    case TeamColumn:
        return tr("Team");
    case TemplateColumn:
        return tr("Template");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

QVariant ServicesModel::cell(const QJsonObject &item, int column, int role) const
{
    if (role == PlatformRoles::FilterRole || role == PlatformRoles::SortRole) {
        if (column == CreatedColumn)
            return parseTime(item.value("createdAt"_L1));
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && column == NameColumn)
        return item.value("title"_L1).toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return item.value("name"_L1).toString();
    case TeamColumn:
        return item.value("team"_L1).toString();
    case TemplateColumn: {
        const QJsonObject ref = item.value("template"_L1).toObject();
        if (ref.isEmpty())
            return QString();
        const QString version = ref.value("version"_L1).toString();
        return version.isEmpty() ? ref.value("name"_L1).toString() : ref.value("name"_L1).toString() + u' ' + version;
    }
    case CreatedColumn:
        return displayTime(item.value("createdAt"_L1));
    }
    return {};
}

}
