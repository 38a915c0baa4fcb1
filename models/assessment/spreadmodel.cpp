// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/spreadmodel.h"

#include "assessment/assessmentdocument.h"

namespace Tarmac {

SpreadModel::SpreadModel(AssessmentDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->model().levels.size()))
{
    connect(document, &AssessmentDocument::modelReset, this, [this] {
        beginResetModel();
        m_rows = int(m_document->model().levels.size());
        endResetModel();
    });
    connect(document, &AssessmentDocument::sessionChanged, this, [this] {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    });
}

SpreadModel::~SpreadModel() = default;

void SpreadModel::setCapability(const QString &capabilityId)
{
    m_capabilityId = capabilityId;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

QString SpreadModel::roleOfColumn(int column)
{
    switch (column) {
    case PlatformTeamColumn:
        return QStringLiteral("platform-team");
    case AppTeamColumn:
        return QStringLiteral("app-team");
    case LeadershipColumn:
        return QStringLiteral("leadership");
    default:
        return QStringLiteral("other");
    }
}

int SpreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SpreadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int level = m_document->model().levels.at(index.row()).value;
    if (role == LevelRole)
        return level;
    if (role != Qt::DisplayRole)
        return {};
    const AssessmentSession &session = m_document->session();
    const CapabilityRecord *record = session.record(m_capabilityId);
    if (!record || !record->revealed)
        return 0;
    const QString wanted = roleOfColumn(index.column());
    int count = 0;
    for (const Vote &vote : record->votes) {
        if (vote.kind != Vote::Kind::Level || vote.level != level)
            continue;
        const Participant *participant = session.participant(vote.participantId);
        QString groupRole = participant ? participant->role : QString();
        if (groupRole != u"platform-team" && groupRole != u"app-team" && groupRole != u"leadership")
            groupRole = QStringLiteral("other");
        if (groupRole == wanted)
            ++count;
    }
    return count;
}

QVariant SpreadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return participantRoleName(roleOfColumn(section));
    if (section >= 0 && section < m_rows)
        return QString::number(m_document->model().levels.at(section).value);
    return {};
}

}
