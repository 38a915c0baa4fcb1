// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/storedassessmentsmodel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tarmac {

StoredAssessmentsModel::StoredAssessmentsModel(QObject *parent)
    : PlatformListModel(u"/assessments"_s, parent)
{
}

int StoredAssessmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoredAssessmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ScopeColumn:
        return tr("Scope");
    case ModelColumn:
        return tr("Model");
    case TitleColumn:
        return tr("Title");
    case AgreedColumn:
        return tr("Agreed");
    case PublishedColumn:
        return tr("Published");
    }
    return {};
}

QVariant StoredAssessmentsModel::cell(const QJsonObject &item, int column, int role) const
{
    if (role == PlatformRoles::SortRole && column == PublishedColumn)
        return parseTime(item.value("updatedAt"_L1));
    if (role == PlatformRoles::FilterRole || role == PlatformRoles::SortRole)
        role = Qt::DisplayRole;
    if (role == Qt::ToolTipRole && column == ModelColumn) {
        const QJsonObject model = item.value("model"_L1).toObject();
        return tr("%1 version %2").arg(model.value("id"_L1).toString(), model.value("version"_L1).toString());
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DateColumn:
        return item.value("date"_L1).toString();
    case ScopeColumn: {
        const QJsonObject scope = item.value("scope"_L1).toObject();
        const QString name = scope.value("name"_L1).toString();
        return name.isEmpty() ? scope.value("kind"_L1).toString() : scope.value("kind"_L1).toString() + u' ' + name;
    }
    case ModelColumn:
        return item.value("model"_L1).toObject().value("id"_L1).toString();
    case TitleColumn:
        return item.value("title"_L1).toString();
    case AgreedColumn: {
        // How far the room got: capabilities with an agreed level, of all.
        const QJsonArray capabilities = item.value("capabilities"_L1).toArray();
        int agreed = 0;
        for (const QJsonValue &capability : capabilities) {
            if (!capability.toObject().value("agreed"_L1).isNull())
                ++agreed;
        }
        return tr("%1 of %2").arg(agreed).arg(capabilities.size());
    }
    case PublishedColumn:
        return displayTime(item.value("updatedAt"_L1));
    }
    return {};
}

}
