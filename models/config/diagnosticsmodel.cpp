// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/diagnosticsmodel.h"

#include <QIcon>

namespace Tarmac {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DiagnosticsModel::~DiagnosticsModel() = default;

void DiagnosticsModel::setDiagnostics(const TemplateDiagnostics &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int DiagnosticsModel::errorCount() const
{
    return int(std::count_if(
        m_diagnostics.cbegin(), m_diagnostics.cend(), [](const TemplateDiagnostic &d) { return d.isError(); }));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TemplateDiagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return d.isError() ? tr("Error") : tr("Warning");
        case PositionColumn:
            return d.line > 0 ? QStringLiteral("%1:%2").arg(d.line).arg(d.column) : QString();
        case MessageColumn:
            return d.message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            static const QIcon error(QStringLiteral(":/icons/diagnostics/error.svg"));
            static const QIcon warning(QStringLiteral(":/icons/diagnostics/warning.svg"));
            return d.isError() ? error : warning;
        }
        break;
    case Qt::ToolTipRole:
        return d.toString();
    case Qt::AccessibleTextRole:
        return (d.isError() ? tr("Error at line %1, column %2: %3") : tr("Warning at line %1, column %2: %3"))
            .arg(d.line)
            .arg(d.column)
            .arg(d.message);
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case IsErrorRole:
        return d.isError();
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case PositionColumn:
        return tr("Line:Col");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

}
