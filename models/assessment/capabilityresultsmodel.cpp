// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/capabilityresultsmodel.h"

#include "assessment/assessmentdocument.h"
#include "assessment/votestatistics.h"

namespace Tarmac {

CapabilityResultsModel::CapabilityResultsModel(AssessmentDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(int(document->model().capabilities.size()))
{
    connect(document, &AssessmentDocument::modelReset, this, [this] {
        beginResetModel();
        m_rows = int(m_document->model().capabilities.size());
        endResetModel();
    });
    connect(document, &AssessmentDocument::sessionChanged, this, &CapabilityResultsModel::refresh);
    connect(document, &AssessmentDocument::previousRoundChanged, this, &CapabilityResultsModel::refresh);
}

CapabilityResultsModel::~CapabilityResultsModel() = default;

void CapabilityResultsModel::refresh()
{
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int CapabilityResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CapabilityResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapabilityResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MaturityModel &model = m_document->model();
    const Capability &capability = model.capabilities.at(index.row());
    const AssessmentSession &session = m_document->session();
    const CapabilityRecord *record = session.record(capability.id);
    const CapabilityRecord empty;
    const CapabilityRecord &current = record ? *record : empty;
    const auto &previousSession = m_document->previousRound();
    const CapabilityRecord *previous = previousSession ? previousSession->record(capability.id) : nullptr;
    const int previousLevel = previous ? previous->agreedLevel : 0;

    switch (role) {
    case CapabilityIdRole:
        return capability.id;
    case RevealedRole:
        return current.revealed;
    case AgreedLevelRole:
        return current.agreedLevel;
    case TargetLevelRole:
        return current.targetLevel;
    case PreviousLevelRole:
        return previousLevel;
    case Qt::ToolTipRole:
        return capability.keyQuestion;
    case Qt::TextAlignmentRole:
        return index.column() == CapabilityColumn ? QVariant() : QVariant(Qt::AlignCenter);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    const auto levelText = [&](int level) {
        return level > 0 ? QStringLiteral("%1 %2").arg(level).arg(model.levelName(level)) : QString();
    };
    switch (index.column()) {
    case CapabilityColumn:
        return capability.name;
    case ResponsesColumn:
        return QString::number(current.votes.size());
    case MedianColumn:
    case SpreadColumn: {
        if (!current.revealed)
            return tr("hidden");
        const VoteSpread spread = VoteStatistics::forRecord(current);
        if (!spread.hasLevels())
            return QStringLiteral("–");
        if (index.column() == MedianColumn)
            return QString::number(spread.median, 'g', 3);
        return QStringLiteral("%1–%2").arg(spread.lowerQuartile, 0, 'g', 3).arg(spread.upperQuartile, 0, 'g', 3);
    }
    case AgreedColumn:
        return levelText(current.agreedLevel);
    case TargetColumn:
        return levelText(current.targetLevel);
    case PreviousColumn:
        return levelText(previousLevel);
    case ChangeColumn:
        if (previousLevel == 0 || current.agreedLevel == 0)
            return QString();
        if (current.agreedLevel == previousLevel)
            return tr("same");
        return current.agreedLevel > previousLevel ? tr("up %1").arg(current.agreedLevel - previousLevel)
                                                   : tr("down %1").arg(previousLevel - current.agreedLevel);
    }
    return {};
}

QVariant CapabilityResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CapabilityColumn:
        return tr("Capability");
    case ResponsesColumn:
        return tr("Responses");
    case MedianColumn:
        return tr("Median");
    case SpreadColumn:
        return tr("IQR");
    case AgreedColumn:
        return tr("Agreed");
    case TargetColumn:
        return tr("Target");
    case PreviousColumn:
        return tr("Previous round");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

}
