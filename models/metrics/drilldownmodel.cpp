// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/drilldownmodel.h"

#include <QSet>

namespace Tarmac::Metrics {

DrillDownModel::DrillDownModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DrillDownModel::~DrillDownModel() = default;

void DrillDownModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_warnings.clear();
    endResetModel();
}

void DrillDownModel::setPoints(const QList<DoraPoint> &points, DoraMetric metric)
{
    beginResetModel();
    m_rows.clear();
    m_warnings.clear();
    m_metric = metric;
    qint64 dropped = 0;
    qint64 unattributed = 0;
    qint64 open = 0;
    qint64 withoutChanges = 0;
    for (const DoraPoint &p : points) {
        const QSet<QString> failed(p.failedDeploymentIds.cbegin(), p.failedDeploymentIds.cend());
        const QSet<QString> rework(p.reworkDeploymentIds.cbegin(), p.reworkDeploymentIds.cend());
        const QSet<QString> opened(p.openFailureIds.cbegin(), p.openFailureIds.cend());
        const QSet<QString> droppedIds(p.droppedChangeIds.cbegin(), p.droppedChangeIds.cend());
        const QSet<QString> unattributedIds(p.unattributedIncidentIds.cbegin(), p.unattributedIncidentIds.cend());
        const QSet<QString> noChanges(p.deploymentWithoutChangesIds.cbegin(), p.deploymentWithoutChangesIds.cend());
        switch (metric) {
        case DoraMetric::DeploymentFrequency:
        case DoraMetric::ChangeFailureRate:
        case DoraMetric::ReworkRate:
            for (const QString &id : p.deploymentIds) {
                QStringList notes;
                if (failed.contains(id))
                    notes.append(opened.contains(id) ? tr("failed, not recovered yet") : tr("failed"));
                if (rework.contains(id))
                    notes.append(tr("hotfix or rollback"));
                if (noChanges.contains(id))
                    notes.append(tr("shipped no change"));
                m_rows.append({ Kind::Deployment, id, notes.join(QStringLiteral("; ")) });
            }
            withoutChanges += p.deploymentWithoutChangesIds.size();
            break;
        case DoraMetric::RecoveryTime:
            for (const QString &id : p.failedDeploymentIds) {
                const bool isOpen = opened.contains(id);
                m_rows.append({ Kind::Deployment, id, isOpen ? tr("not recovered yet: counted, not timed") : QString(),
                    !isOpen });
                open += isOpen ? 1 : 0;
            }
            break;
        case DoraMetric::LeadTimeMedian:
        case DoraMetric::LeadTimeP90:
            for (const QString &id : p.changeIds) {
                const bool isDropped = droppedIds.contains(id);
                m_rows.append({ Kind::Change, id,
                    isDropped ? tr("left out: shipped at or before its commit time") : QString(), !isDropped });
                dropped += isDropped ? 1 : 0;
            }
            // Not listed (they have no change to list), but they are why lead time may look thin.
            withoutChanges += p.deploymentWithoutChangesIds.size();
            break;
        case DoraMetric::TimeToRestore:
            for (const QString &id : p.incidentIds) {
                const bool isUnattributed = unattributedIds.contains(id);
                m_rows.append({ Kind::Incident, id,
                    isUnattributed ? tr("unattributed: no deployment within the attribution window") : QString() });
                unattributed += isUnattributed ? 1 : 0;
            }
            break;
        }
        if (metric == DoraMetric::ChangeFailureRate) {
            // Incidents are what failed those deployments, and the unattributed ones failed none.
            for (const QString &id : p.incidentIds) {
                const bool isUnattributed = unattributedIds.contains(id);
                m_rows.append({ Kind::Incident, id,
                    isUnattributed ? tr("unattributed: fails no deployment") : tr("opened in this period"), false });
                unattributed += isUnattributed ? 1 : 0;
            }
        }
    }
    if (dropped > 0)
        m_warnings.append(
            tr("%n change(s) shipped at or before their commit time were left out.", nullptr, int(dropped)));
    if (unattributed > 0)
        m_warnings.append(tr("%n incident(s) had no deployment within the attribution window: they fail no deployment.",
            nullptr, int(unattributed)));
    if (open > 0)
        m_warnings.append(
            tr("%n failed deployment(s) have not recovered yet: counted, not timed.", nullptr, int(open)));
    if (withoutChanges > 0)
        m_warnings.append(tr("%n deployment(s) shipped no change: they count as deployments but add nothing to lead "
                             "time.",
            nullptr, int(withoutChanges)));
    endResetModel();
}

QStringList DrillDownModel::ids() const
{
    QStringList list;
    for (const Row &row : m_rows)
        list.append(row.id);
    return list;
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case KindRole:
        return int(row.kind);
    case CountsRole:
        return row.counts;
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return row.kind == Kind::Deployment ? tr("Deployment")
                : row.kind == Kind::Change      ? tr("Change")
                                                : tr("Incident");
        case IdColumn:
            return row.id;
        case NoteColumn:
            return row.note;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case IdColumn:
        return tr("Id");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

}
