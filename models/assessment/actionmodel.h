// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessmentsession.h"

#include <QAbstractTableModel>

namespace Tarmac {

class AssessmentDocument;

// The session's actions: what, for which capability, who, by when, status and the indicator it should
// move. Status is editable in place; everything goes through the document's undo stack.
class ActionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { TitleColumn, CapabilityColumn, OwnerColumn, DueColumn, StatusColumn, IndicatorColumn, ColumnCount };
    enum Roles { ActionIdRole = Qt::UserRole };

    explicit ActionModel(AssessmentDocument *document, QObject *parent = nullptr);
    ~ActionModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sync();

    AssessmentDocument *m_document;
    // Our own copy, so that rows are still there while their removal is announced.
    QList<AssessmentAction> m_rows;
};

}
