// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/workarea.h"

#include <QAbstractListModel>

namespace Tarmac {

// The work areas as the navigation sidebar lists them: name, icon, what the page is for and the
// shortcut that opens it.
class WorkAreaModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        WorkAreaRole = Qt::UserRole, // Tarmac::WorkArea as int
        IdRole, // untranslated id, as workAreaId()
        SummaryRole, // one sentence: what the page is for
        ShortcutRole, // QKeySequence that opens the page
    };
    Q_ENUM(Roles)

    explicit WorkAreaModel(QObject *parent = nullptr);
    ~WorkAreaModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(WorkArea area) const;
    static QString title(WorkArea area);
    static QString summary(WorkArea area);

private:
    QList<WorkArea> m_areas;
};

}
