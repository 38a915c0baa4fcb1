// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformlistmodel.h"

#include <QSortFilterProxyModel>

namespace Tarmac {

// Deployments (GET /deployments), newest first; a deployment the workbench follows is updated in place.
class DeploymentsModel : public PlatformListModel {
    Q_OBJECT
public:
    enum Columns {
        ServiceColumn,
        EnvironmentColumn,
        VersionColumn,
        IntentColumn,
        StatusColumn,
        CreatedColumn,
        FinishedColumn,
        IdColumn,
        ColumnCount
    };
    explicit DeploymentsModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The status as people read it ("succeeded" -> "Succeeded").
    static QString statusText(const QString &status);

protected:
    QVariant cell(const QJsonObject &item, int column, int role) const override;
};

// Narrows deployments to a service, an environment and a status (each empty: any).
class DeploymentFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit DeploymentFilterProxy(QObject *parent = nullptr);
    void setService(const QString &service);
    void setEnvironment(const QString &environment);
    void setStatus(const QString &status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_service;
    QString m_environment;
    QString m_status;
};

}
