// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/renderedfilesmodel.h"

#include <QFileInfo>
#include <QFont>
#include <QSet>

#include <vector>

namespace Tarmac {

struct RenderedFilesModel::Node {
    QString name;
    QString path;
    Node *parent = nullptr;
    int row = 0;
    int file = -1; // index in m_result.files, -1 for folders made up from paths
    bool directory = true;
    std::vector<std::unique_ptr<Node>> children;

    Node *child(const QString &childName, bool isDirectory)
    {
        for (const auto &c : children) {
            if (c->name == childName && c->directory == isDirectory)
                return c.get();
        }
        auto node = std::make_unique<Node>();
        node->name = childName;
        node->path = path.isEmpty() ? childName : path + QLatin1Char('/') + childName;
        node->parent = this;
        node->directory = isDirectory;
        children.push_back(std::move(node));
        return children.back().get();
    }
    void sortAndNumber()
    {
        std::sort(children.begin(), children.end(), [](const auto &a, const auto &b) {
            if (a->directory != b->directory)
                return a->directory;
            return a->name < b->name;
        });
        for (std::size_t i = 0; i < children.size(); ++i) {
            children[i]->row = int(i);
            children[i]->sortAndNumber();
        }
    }
};

RenderedFilesModel::RenderedFilesModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

RenderedFilesModel::~RenderedFilesModel() = default;

void RenderedFilesModel::setResult(const RenderResult &result)
{
    beginResetModel();
    m_result = result;
    m_root = std::make_unique<Node>();
    for (qsizetype i = 0; i < m_result.files.size(); ++i) {
        const RenderedFile &f = m_result.files.at(i);
        // Skipped entries show under their template path; the others under their output path.
        const QStringList parts = (f.skipped ? f.sourcePath : f.path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        Node *node = m_root.get();
        for (qsizetype p = 0; p < parts.size(); ++p) {
            const bool last = p == parts.size() - 1;
            node = node->child(parts.at(p), last ? f.directory : true);
        }
        if (node != m_root.get() && (node->file < 0 || !f.skipped))
            node->file = int(i);
    }
    m_root->sortAndNumber();
    endResetModel();
}

void RenderedFilesModel::setMarks(const QHash<QString, QString> &marks)
{
    QSet<QString> touched;
    for (auto it = m_marks.constBegin(); it != m_marks.constEnd(); ++it) {
        if (marks.value(it.key()) != it.value())
            touched.insert(it.key());
    }
    for (auto it = marks.constBegin(); it != marks.constEnd(); ++it) {
        if (m_marks.value(it.key()) != it.value())
            touched.insert(it.key());
    }
    m_marks = marks;
    for (const QString &path : std::as_const(touched)) {
        const QModelIndex name = indexForPath(path);
        if (name.isValid())
            Q_EMIT dataChanged(name, name.siblingAtColumn(NoteColumn));
    }
}

RenderedFilesModel::Node *RenderedFilesModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex RenderedFilesModel::indexForPath(const QString &path) const
{
    Node *node = m_root.get();
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        Node *next = nullptr;
        for (const auto &c : node->children) {
            if (c->name == part)
                next = c.get();
        }
        if (!next)
            return {};
        node = next;
    }
    return node == m_root.get() ? QModelIndex() : createIndex(node->row, 0, node);
}

QModelIndex RenderedFilesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeFor(parent);
    return createIndex(row, column, p->children.at(std::size_t(row)).get());
}

QModelIndex RenderedFilesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = nodeFor(child);
    Node *p = node->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int RenderedFilesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int RenderedFilesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RenderedFilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Node *node = nodeFor(index);
    const RenderedFile *file = node->file >= 0 ? &m_result.files.at(node->file) : nullptr;
    const bool skipped = file && file->skipped;
    const QString mark = node->directory ? QString() : m_marks.value(node->path);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->name;
        if (!mark.isEmpty())
            return mark;
        if (skipped)
            return tr("skipped: %1").arg(file->skipReason);
        if (file && !file->directory && !file->templated)
            return tr("copied as is");
        return {};
    case Qt::ToolTipRole:
        return skipped ? file->skipReason : node->path;
    case PathRole:
        return file && !file->skipped ? file->path : node->path;
    case IsDirectoryRole:
        return node->directory;
    case SkippedRole:
        return skipped;
    case SkipReasonRole:
        return skipped ? file->skipReason : QString();
    case ContentRole:
        return file ? file->content : QByteArray();
    case TemplatedRole:
        return file ? file->templated : false;
    case MarkRole:
        return mark;
    case Qt::FontRole:
        if (!mark.isEmpty()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    }
    return {};
}

Qt::ItemFlags RenderedFilesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeFor(index);
    if (node->file >= 0 && m_result.files.at(node->file).skipped)
        return Qt::ItemNeverHasChildren; // not enabled: views draw it greyed
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable
        | (node->children.empty() ? Qt::ItemNeverHasChildren : Qt::NoItemFlags);
}

QVariant RenderedFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("File") : tr("Note");
}

}
