// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Tarmac {

class AssessmentDocument;

// The revealed votes on one capability as a histogram: one row per level, one column per role, so that
// the platform team's view and the app teams' view stand side by side (feeds a bar chart through a
// QVBarModelMapper). All zero until the capability is revealed.
class SpreadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { PlatformTeamColumn, AppTeamColumn, LeadershipColumn, OtherColumn, ColumnCount };
    enum Roles { LevelRole = Qt::UserRole };

    explicit SpreadModel(AssessmentDocument *document, QObject *parent = nullptr);
    ~SpreadModel() override;

    void setCapability(const QString &capabilityId);
    static QString roleOfColumn(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AssessmentDocument *m_document;
    QString m_capabilityId;
    int m_rows = 0;
};

}
