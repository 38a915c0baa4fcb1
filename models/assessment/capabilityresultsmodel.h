// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Tarmac {

class AssessmentDocument;

// One row per capability of the model: responses, then (once revealed) median and spread, the
// agreed level and target, and the previous round's level for comparison.
class CapabilityResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns {
        CapabilityColumn,
        ResponsesColumn,
        MedianColumn,
        SpreadColumn,
        AgreedColumn,
        TargetColumn,
        PreviousColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Roles {
        CapabilityIdRole = Qt::UserRole,
        RevealedRole,
        AgreedLevelRole, // int, 0 when not agreed
        TargetLevelRole,
        PreviousLevelRole,
    };

    explicit CapabilityResultsModel(AssessmentDocument *document, QObject *parent = nullptr);
    ~CapabilityResultsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    AssessmentDocument *m_document;
    int m_rows = 0;
};

}
