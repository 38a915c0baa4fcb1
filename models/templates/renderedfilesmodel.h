// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

namespace Tarmac {

// What a render would write, as a folder tree. Skipped entries are disabled (views grey them)
// and carry their reason.
class RenderedFilesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Columns { NameColumn, NoteColumn, ColumnCount };
    enum Roles {
        PathRole = Qt::UserRole + 1, // relative output path ('/'-separated)
        IsDirectoryRole,
        SkippedRole,
        SkipReasonRole,
        ContentRole, // QByteArray
        TemplatedRole,
        MarkRole, // QString: what setMarks() said about the file, empty when nothing
    };

    explicit RenderedFilesModel(QObject *parent = nullptr);
    ~RenderedFilesModel() override;

    void setResult(const RenderResult &result);
    const RenderResult &result() const { return m_result; }
    QModelIndex indexForPath(const QString &path) const;
    // Notes on files by path (a hand edit, a conflict), shown in the note column and the name in bold;
    // they stay until replaced, across setResult().
    void setMarks(const QHash<QString, QString> &marks);
    QHash<QString, QString> marks() const { return m_marks; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;

    RenderResult m_result;
    QHash<QString, QString> m_marks;
    std::unique_ptr<Node> m_root;
};

}
