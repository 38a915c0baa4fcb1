// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/compositionnodemodel.h"

#include "composition/compositiondocument.h"

namespace Tarmac {

CompositionNodeModel::CompositionNodeModel(CompositionDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    const auto reset = [this] {
        beginResetModel();
        m_ids.clear();
        for (const ServiceNode &service : m_document->composition().services)
            m_ids.append(service.id);
        for (const ResourceNode &resource : m_document->composition().resources)
            m_ids.append(resource.id);
        endResetModel();
    };
    reset();
    connect(m_document, &CompositionDocument::compositionReset, this, reset);
    connect(m_document, &CompositionDocument::nodeAdded, this, [this](const QString &id) {
        const qsizetype row = documentRow(id);
        beginInsertRows({}, int(row), int(row));
        m_ids.insert(row, id);
        endInsertRows();
    });
    connect(m_document, &CompositionDocument::nodeRemoved, this, [this](const QString &id) {
        const qsizetype row = m_ids.indexOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, int(row), int(row));
        m_ids.removeAt(row);
        endRemoveRows();
    });
    connect(m_document, &CompositionDocument::nodeRenamed, this, [this](const QString &id, const QString &newId) {
        const qsizetype row = m_ids.indexOf(id);
        if (row < 0)
            return;
        m_ids[row] = newId;
        Q_EMIT dataChanged(index(int(row)), index(int(row)));
    });
    connect(m_document, &CompositionDocument::nodeChanged, this, [this](const QString &id) {
        const QModelIndex changed = indexOf(id);
        if (changed.isValid())
            Q_EMIT dataChanged(changed, changed);
    });
    connect(m_document, &CompositionDocument::connectionAdded, this, &CompositionNodeModel::refreshConnectionCounts);
    connect(m_document, &CompositionDocument::connectionRemoved, this, &CompositionNodeModel::refreshConnectionCounts);
}

CompositionNodeModel::~CompositionNodeModel() = default;

qsizetype CompositionNodeModel::documentRow(const QString &id) const
{
    const Composition &composition = m_document->composition();
    for (qsizetype i = 0; i < composition.services.size(); ++i) {
        if (composition.services.at(i).id == id)
            return i;
    }
    for (qsizetype i = 0; i < composition.resources.size(); ++i) {
        if (composition.resources.at(i).id == id)
            return composition.services.size() + i;
    }
    return -1;
}

void CompositionNodeModel::refreshConnectionCounts()
{
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1), { ConnectionCountRole, Qt::ToolTipRole });
}

QModelIndex CompositionNodeModel::indexOf(const QString &id) const
{
    const qsizetype row = m_ids.indexOf(id);
    return row < 0 ? QModelIndex() : index(int(row));
}

int CompositionNodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant CompositionNodeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString id = m_ids.at(index.row());
    const ServiceNode *service = m_document->service(id);
    const ResourceNode *resource = service ? nullptr : m_document->resource(id);
    if (!service && !resource)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return service ? tr("%1 (service, %2)").arg(id, service->templateName)
                       : tr("%1 (%2 resource)").arg(id, resource->kind);
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Connection &connection : m_document->connectionsOf(id)) {
            if (connection.from == id)
                lines.append(connection.kind == Connection::Kind::Calls ? tr("calls %1").arg(connection.to)
                                                                        : tr("uses %1").arg(connection.to));
            else
                lines.append(connection.kind == Connection::Kind::Calls ? tr("called by %1").arg(connection.from)
                                                                        : tr("used by %1").arg(connection.from));
        }
        return lines.isEmpty() ? tr("Not connected") : lines.join(u'\n');
    }
    case IdRole:
        return id;
    case IsServiceRole:
        return service != nullptr;
    case TemplateRole:
        return service ? service->templateName : resource->templateName;
    case ResourceKindRole:
        return resource ? resource->kind : QString();
    case ConnectionCountRole:
        return int(m_document->connectionsOf(id).size());
    }
    return {};
}

}
