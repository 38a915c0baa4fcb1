// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/actionmodel.h"

#include "assessment/assessmentdocument.h"

namespace Tarmac {

ActionModel::ActionModel(AssessmentDocument *document, QObject *parent)
    : ActionModel(document, Source::CurrentSession, parent)
{
}

ActionModel::ActionModel(AssessmentDocument *document, Source source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_source(source)
    , m_rows(sourceActions())
{
    connect(document, &AssessmentDocument::sessionChanged, this, &ActionModel::sync);
    connect(document, &AssessmentDocument::previousRoundChanged, this, &ActionModel::sync);
}

QList<AssessmentAction> ActionModel::sourceActions() const
{
    if (m_source == Source::CurrentSession)
        return m_document->session().actions;
    const auto &previous = m_document->previousRound();
    return previous ? previous->actions : QList<AssessmentAction>();
}

ActionModel::~ActionModel() = default;

void ActionModel::sync()
{
    const QList<AssessmentAction> actions = sourceActions();
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
    // The capability's agreed level in the previous round and now; 0 where there is none.
    const auto levels = [&]() -> std::pair<int, int> {
        const auto &previous = m_document->previousRound();
        const CapabilityRecord *then = previous ? previous->record(action.capabilityId) : nullptr;
        const CapabilityRecord *now = m_document->session().record(action.capabilityId);
        return { then ? then->agreedLevel : 0, now ? now->agreedLevel : 0 };
    };
    if (role == LevelChangeRole) {
        if (m_source != Source::PreviousRound)
            return {};
        const auto [then, now] = levels();
        return then > 0 && now > 0 ? QVariant(now - then) : QVariant();
    }
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
    case MovedColumn: {
        if (m_source != Source::PreviousRound)
            return QString();
        const auto [then, now] = levels();
        if (then == 0 || now == 0)
            return tr("not agreed in both rounds");
        if (now == then)
            return tr("%1 → %2, no change").arg(then).arg(now);
        return now > then ? tr("%1 → %2, up").arg(then).arg(now) : tr("%1 → %2, down").arg(then).arg(now);
    }
    }
    return {};
}

bool ActionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || index.column() != StatusColumn
        || m_source != Source::CurrentSession)
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
    if (index.isValid() && index.column() == StatusColumn && m_source == Source::CurrentSession)
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
    case MovedColumn:
        return tr("Capability since");
    }
    return {};
}

}
