// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatecatalog.h"

#include <QAbstractTableModel>

namespace Tarmac {

// The catalog's templates, one per row, for the gallery.
class TemplateCatalogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns {
        TitleColumn,
        NameColumn,
        KindColumn,
        VersionColumn,
        OwnerColumn,
        TagsColumn,
        SourceColumn, // built-in, a user folder, or "platform: NAME"
        ColumnCount
    };
    enum Roles {
        NameRole = Qt::UserRole + 1,
        KindRole, // "service" or "resource"
        TagsRole, // QStringList
        CategoryRole, // spec.type
        DescriptionRole,
        SearchTextRole, // everything a search matches against, lower-case
        SourceRole,
    };

    explicit TemplateCatalogModel(QObject *parent = nullptr);
    ~TemplateCatalogModel() override;

    // Follows the catalog's changes; the catalog must outlive the model.
    void setCatalog(TemplateCatalog *catalog);
    const TemplateCatalog::Entry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset();

    TemplateCatalog *m_catalog = nullptr;
    QList<TemplateCatalog::Entry> m_entries;
};

}
