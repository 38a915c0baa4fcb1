// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <QAbstractTableModel>

namespace Tarmac {

// The diagnostics of one file, in text order: severity (with its icon), line:column, message.
class DiagnosticsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { SeverityColumn, PositionColumn, MessageColumn, ColumnCount };
    enum Roles {
        LineRole = Qt::UserRole, // int, 1-based
        ColumnRole, // int, 1-based
        IsErrorRole, // bool
    };

    explicit DiagnosticsModel(QObject *parent = nullptr);
    ~DiagnosticsModel() override;

    void setDiagnostics(const TemplateDiagnostics &diagnostics);
    const TemplateDiagnostics &diagnostics() const { return m_diagnostics; }
    int errorCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TemplateDiagnostics m_diagnostics;
};

}
