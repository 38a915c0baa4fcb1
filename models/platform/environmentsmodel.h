// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformlistmodel.h"

namespace Tarmac {

// The platform's environments (GET /environments), with whether they count as production.
class EnvironmentsModel : public PlatformListModel {
    Q_OBJECT
public:
    enum Columns { NameColumn, ProductionColumn, DeployerColumn, ColumnCount };
    explicit EnvironmentsModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant cell(const QJsonObject &item, int column, int role) const override;
};

}
