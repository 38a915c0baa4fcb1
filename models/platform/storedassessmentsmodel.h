// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformlistmodel.h"

namespace Tarmac {

// The workshop sessions a platform stores (GET /assessments), newest workshop first.
class StoredAssessmentsModel : public PlatformListModel {
    Q_OBJECT
public:
    enum Columns { DateColumn, ScopeColumn, ModelColumn, TitleColumn, AgreedColumn, PublishedColumn, ColumnCount };
    explicit StoredAssessmentsModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant cell(const QJsonObject &item, int column, int role) const override;
};

}
