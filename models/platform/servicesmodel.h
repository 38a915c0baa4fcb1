// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformlistmodel.h"

namespace Tarmac {

// The platform's services (GET /services), newest first.
class ServicesModel : public PlatformListModel {
    Q_OBJECT
public:
    enum Columns { NameColumn, TeamColumn, TemplateColumn, CreatedColumn, ColumnCount };
    explicit ServicesModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant cell(const QJsonObject &item, int column, int role) const override;
};

}
