// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessmentsession.h"

#include <QAbstractTableModel>

namespace Tarmac {

class AssessmentDocument;

// The room for the current capability: who is there, their role, and whether they have voted. The
// vote itself shows only once the capability is revealed, so nobody anchors on another's answer.
class ParticipantModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { NameColumn, RoleColumn, StatusColumn, ColumnCount };
    enum Roles { ParticipantIdRole = Qt::UserRole, HasVotedRole };

    explicit ParticipantModel(AssessmentDocument *document, QObject *parent = nullptr);
    ~ParticipantModel() override;

    void setCapability(const QString &capabilityId);
    QString capability() const { return m_capabilityId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sync();

    AssessmentDocument *m_document;
    QString m_capabilityId;
    // Our own copy, so that rows are still there while their removal is announced.
    QList<Participant> m_rows;
};

}
