// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/deploymentsmodel.h"

using namespace Qt::StringLiterals;

namespace Tarmac {

DeploymentsModel::DeploymentsModel(QObject *parent)
    : PlatformListModel(u"/deployments"_s, parent)
{
}

int DeploymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case EnvironmentColumn:
        return tr("Environment");
    case VersionColumn:
        return tr("Version");
    case IntentColumn:
        return tr("Intent");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case IdColumn:
        return tr("Id");
    }
    return {};
}

QString DeploymentsModel::statusText(const QString &status)
{
    if (status == "queued"_L1)
        return tr("Queued");
    if (status == "running"_L1)
        return tr("Running");
    if (status == "succeeded"_L1)
        return tr("Succeeded");
    if (status == "failed"_L1)
        return tr("Failed");
    if (status == "cancelled"_L1)
        return tr("Cancelled");
    return status;
}

QVariant DeploymentsModel::cell(const QJsonObject &item, int column, int role) const
{
    if (role == PlatformRoles::FilterRole) {
        switch (column) {
        case ServiceColumn:
            return item.value("service"_L1).toString();
        case EnvironmentColumn:
            return item.value("environment"_L1).toString();
        case StatusColumn:
            return item.value("status"_L1).toString();
        case IntentColumn:
            return item.value("intent"_L1).toString();
        default:
            return {};
        }
    }
    if (role == PlatformRoles::SortRole) {
        if (column == CreatedColumn)
            return parseTime(item.value("createdAt"_L1));
        if (column == FinishedColumn)
            return parseTime(item.value("finishedAt"_L1));
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && column == StatusColumn)
        return item.value("message"_L1).toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ServiceColumn:
        return item.value("service"_L1).toString();
    case EnvironmentColumn:
        return item.value("environment"_L1).toString();
    case VersionColumn:
        return item.value("version"_L1).toString();
    case IntentColumn:
        return item.value("intent"_L1).toString();
    case StatusColumn:
        return statusText(item.value("status"_L1).toString());
    case CreatedColumn:
        return displayTime(item.value("createdAt"_L1));
    case FinishedColumn:
        return displayTime(item.value("finishedAt"_L1));
    case IdColumn:
        return item.value("id"_L1).toString();
    }
    return {};
}

DeploymentFilterProxy::DeploymentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PlatformRoles::SortRole);
}

void DeploymentFilterProxy::setService(const QString &service)
{
    m_service = service;
    invalidateRowsFilter();
}

void DeploymentFilterProxy::setEnvironment(const QString &environment)
{
    m_environment = environment;
    invalidateRowsFilter();
}

void DeploymentFilterProxy::setStatus(const QString &status)
{
    m_status = status;
    invalidateRowsFilter();
}

bool DeploymentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto matches = [&](const QString &wanted, int column) {
        return wanted.isEmpty()
            || sourceModel()->index(sourceRow, column, sourceParent).data(PlatformRoles::FilterRole).toString()
            == wanted;
    };
    return matches(m_service, DeploymentsModel::ServiceColumn)
        && matches(m_environment, DeploymentsModel::EnvironmentColumn)
        && matches(m_status, DeploymentsModel::StatusColumn);
}

}
