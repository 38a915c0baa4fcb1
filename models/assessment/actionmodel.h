// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessmentsession.h"

#include <QAbstractTableModel>

namespace Tarmac {

class AssessmentDocument;

// The session's actions: what, for which capability, who, by when, status and the indicator it should
// move. Status is editable in place; everything goes through the document's undo stack. With
// Source::PreviousRound it lists last round's actions instead (read-only) with how their capability
// moved since: a first answer to "did last round's actions move anything".
class ActionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns {
        TitleColumn,
        CapabilityColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        IndicatorColumn,
        MovedColumn, // previous round only: the capability's agreed level then and now
        ColumnCount
    };
    enum Roles { ActionIdRole = Qt::UserRole, LevelChangeRole };
    enum class Source { CurrentSession, PreviousRound };

    explicit ActionModel(AssessmentDocument *document, QObject *parent = nullptr);
    ActionModel(AssessmentDocument *document, Source source, QObject *parent = nullptr);
    ~ActionModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sync();

    QList<AssessmentAction> sourceActions() const;

    AssessmentDocument *m_document;
    Source m_source = Source::CurrentSession;
    // Our own copy, so that rows are still there while their removal is announced.
    QList<AssessmentAction> m_rows;
};

}
