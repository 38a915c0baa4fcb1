// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/workareamodel.h"

#include <QIcon>
#include <QKeySequence>

namespace Tarmac {

WorkAreaModel::WorkAreaModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_areas(allWorkAreas())
{
}

WorkAreaModel::~WorkAreaModel() = default;

int WorkAreaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_areas.size());
}

QString WorkAreaModel::title(WorkArea area)
{
    switch (area) {
    case WorkArea::Compose:
        return tr("Compose");
    case WorkArea::Deploy:
        return tr("Deploy");
    case WorkArea::Metrics:
        return tr("Metrics");
    case WorkArea::Assess:
        return tr("Assess");
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString WorkAreaModel::summary(WorkArea area)
{
    switch (area) {
    case WorkArea::Compose:
        return tr("Compose services from golden-path templates and edit every generated file.");
    case WorkArea::Deploy:
        return tr("Deploy services to the platform and watch them land.");
    case WorkArea::Metrics:
        return tr("DORA and adoption metrics from the platform, with every number explained.");
    case WorkArea::Assess:
        return tr("Run platform engineering maturity assessments with a group.");
    }
    Q_UNREACHABLE_RETURN(QString());
}

QVariant WorkAreaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkArea area = m_areas.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return title(area);
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(
            summary(area), qvariant_cast<QKeySequence>(data(index, ShortcutRole)).toString(QKeySequence::NativeText));
    case Qt::AccessibleDescriptionRole:
    case SummaryRole:
        return summary(area);
    case Qt::DecorationRole:
        return QIcon(QStringLiteral(":/icons/pages/%1.svg").arg(workAreaId(area)));
    case WorkAreaRole:
        return int(area);
    case IdRole:
        return workAreaId(area);
    case ShortcutRole:
        return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index.row()));
    }
    return {};
}

QHash<int, QByteArray> WorkAreaModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(WorkAreaRole, QByteArrayLiteral("workArea"));
    names.insert(IdRole, QByteArrayLiteral("id"));
    names.insert(SummaryRole, QByteArrayLiteral("summary"));
    names.insert(ShortcutRole, QByteArrayLiteral("shortcut"));
    return names;
}

QModelIndex WorkAreaModel::indexOf(WorkArea area) const
{
    const qsizetype row = m_areas.indexOf(area);
    return row < 0 ? QModelIndex() : index(int(row));
}

}
