// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/participantmodel.h"

#include "assessment/assessmentdocument.h"

namespace Tarmac {

ParticipantModel::ParticipantModel(AssessmentDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(document->session().participants)
{
    connect(document, &AssessmentDocument::sessionChanged, this, &ParticipantModel::sync);
}

ParticipantModel::~ParticipantModel() = default;

void ParticipantModel::setCapability(const QString &capabilityId)
{
    m_capabilityId = capabilityId;
    sync();
}

void ParticipantModel::sync()
{
    const QList<Participant> &participants = m_document->session().participants;
    const int before = int(m_rows.size());
    const int after = int(participants.size());
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_rows = participants;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_rows = participants;
        endRemoveRows();
    } else {
        m_rows = participants;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int ParticipantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AssessmentSession &session = m_document->session();
    const Participant &participant = m_rows.at(index.row());
    const CapabilityRecord *record = session.record(m_capabilityId);
    const Vote *vote = record ? record->vote(participant.id) : nullptr;
    switch (role) {
    case ParticipantIdRole:
        return participant.id;
    case HasVotedRole:
        return vote != nullptr;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return participant.name;
        case RoleColumn:
            return participantRoleName(participant.role);
        case StatusColumn:
            if (!vote)
                return tr("waiting");
            if (!record->revealed)
                return tr("voted");
            switch (vote->kind) {
            case Vote::Kind::DontKnow:
                return tr("don't know");
            case Vote::Kind::NotApplicable:
                return tr("not applicable");
            case Vote::Kind::Level:
                return m_document->model().levelName(vote->level).isEmpty()
                    ? QString::number(vote->level)
                    : QStringLiteral("%1 %2").arg(vote->level).arg(m_document->model().levelName(vote->level));
            }
        }
        break;
    }
    return {};
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Participant");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Vote");
    }
    return {};
}

}
