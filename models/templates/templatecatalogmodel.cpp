// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/templatecatalogmodel.h"

namespace Tarmac {

TemplateCatalogModel::TemplateCatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

TemplateCatalogModel::~TemplateCatalogModel() = default;

void TemplateCatalogModel::setCatalog(TemplateCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &TemplateCatalog::changed, this, &TemplateCatalogModel::reset);
    reset();
}

void TemplateCatalogModel::reset()
{
    beginResetModel();
    m_entries = m_catalog ? m_catalog->entries() : QList<TemplateCatalog::Entry>();
    endResetModel();
}

const TemplateCatalog::Entry *TemplateCatalogModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int TemplateCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TemplateCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const TemplateManifest &m = m_entries.at(index.row()).manifest;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return m.title;
        case NameColumn:
            return m.name;
        case KindColumn:
            return m.kind == TemplateManifest::Kind::Resource ? tr("resource") : tr("service");
        case VersionColumn:
            return m.version;
        case OwnerColumn:
            return m.owner;
        case TagsColumn:
            return m.tags.join(QStringLiteral(", "));
        case SourceColumn:
            return m_entries.at(index.row()).source;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1\nVersion %2, from %3").arg(m.description, m.version, m_entries.at(index.row()).source);
    case NameRole:
        return m.name;
    case KindRole:
        return m.kindName();
    case TagsRole:
        return m.tags;
    case CategoryRole:
        return m.type;
    case DescriptionRole:
        return m.description;
    case SourceRole:
        return m_entries.at(index.row()).source;
    case SearchTextRole:
        return QStringList { m.name, m.title, m.description, m.tags.join(QLatin1Char(' ')), m.owner, m.type,
            m.kindName() }
            .join(QLatin1Char(' '))
            .toLower();
    }
    return {};
}

QVariant TemplateCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Template");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case VersionColumn:
        return tr("Version");
    case OwnerColumn:
        return tr("Owner");
    case TagsColumn:
        return tr("Tags");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

}
