// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/actionmodel.h"

#include "assessment/assessmentdocument.h"

namespace Tarmac {

ActionModel::ActionModel(AssessmentDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(document->session().actions)
{
    connect(document, &AssessmentDocument::sessionChanged, this, &ActionModel::sync);
}

ActionModel::~ActionModel() = default;

void ActionModel::sync()
{
    const QList<AssessmentAction> &actions = m_document->session().actions;
    const int before = int(m_rows.size());
    const int after = int(actions.size());
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_rows = actions;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_rows = actions;
        endRemoveRows();
    } else {
        m_rows = actions;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AssessmentAction &action = m_rows.at(index.row());
    if (role == ActionIdRole)
        return action.id;
    if (role == Qt::EditRole && index.column() == StatusColumn)
        return int(action.status);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return action.title;
    case CapabilityColumn: {
        const Capability *capability = m_document->model().capability(action.capabilityId);
        return capability ? capability->name : action.capabilityId;
    }
    case OwnerColumn:
        return action.owner;
    case DueColumn:
        return action.due.isValid() ? action.due.toString(Qt::ISODate) : QString();
    case StatusColumn:
        return actionStatusName(action.status);
    case IndicatorColumn:
        return action.indicator;
    }
    return {};
}

bool ActionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || index.column() != StatusColumn)
        return false;
    const int status = value.toInt();
    if (status < int(AssessmentAction::Status::Open) || status > int(AssessmentAction::Status::Dropped))
        return false;
    const int row = index.row();
    m_document->edit(tr("Change an action's status"),
        [row, status](AssessmentSession &session) { session.actions[row].status = AssessmentAction::Status(status); });
    return true;
}

Qt::ItemFlags ActionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == StatusColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Action");
    case CapabilityColumn:
        return tr("Capability");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case IndicatorColumn:
        return tr("Indicator");
    }
    return {};
}

}
