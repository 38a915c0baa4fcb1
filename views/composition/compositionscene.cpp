// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositionscene.h"

#include "composition/compositiondocument.h"
#include "edgeitem.h"
#include "nodeitem.h"
#include "templatepalettemodel.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPalette>

namespace Tarmac {

CompositionScene::CompositionScene(CompositionDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    connect(m_document, &CompositionDocument::compositionReset, this, &CompositionScene::rebuild);
    connect(m_document, &CompositionDocument::nodeAdded, this, &CompositionScene::addNode);
    connect(m_document, &CompositionDocument::nodeRemoved, this, &CompositionScene::removeNode);
    connect(m_document, &CompositionDocument::nodeChanged, this, &CompositionScene::refreshNode);
    connect(m_document, &CompositionDocument::connectionAdded, this, &CompositionScene::addEdge);
    connect(m_document, &CompositionDocument::connectionRemoved, this, &CompositionScene::removeEdge);
    connect(m_document, &CompositionDocument::nodeMoved, this, [this](const QString &id, const QPointF &position) {
        if (NodeItem *item = m_nodes.value(id))
            item->setPos(position);
    });
    connect(m_document, &CompositionDocument::nodeRenamed, this, [this](const QString &id, const QString &newId) {
        NodeItem *item = m_nodes.take(id);
        if (!item)
            return;
        item->setId(newId);
        m_nodes.insert(newId, item);
        for (EdgeItem *edge : std::as_const(m_edges)) {
            Connection connection = edge->connection();
            connection.from = connection.from == id ? newId : connection.from;
            connection.to = connection.to == id ? newId : connection.to;
            edge->setConnection(connection);
        }
    });
    rebuild();
}

CompositionScene::~CompositionScene()
{
    // Edges first: they unregister from their nodes.
    qDeleteAll(m_edges);
    m_edges.clear();
}

void CompositionScene::rebuild()
{
    setHoverTarget(nullptr);
    m_connectFrom = nullptr;
    delete m_connectLine;
    m_connectLine = nullptr;
    qDeleteAll(m_edges);
    m_edges.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
    for (const ServiceNode &service : m_document->composition().services)
        addNode(service.id);
    for (const ResourceNode &resource : m_document->composition().resources)
        addNode(resource.id);
    for (const Connection &connection : m_document->composition().connections)
        addEdge(connection);
}

void CompositionScene::addNode(const QString &id)
{
    const ServiceNode *service = m_document->service(id);
    auto *item = new NodeItem(id, service != nullptr);
    const auto position = m_document->layout().positions.constFind(id);
    if (position != m_document->layout().positions.constEnd()) {
        item->setPos(*position);
    } else {
        // A file without a layout: a simple grid until the user lays it out.
        const qsizetype n = m_nodes.size();
        item->setPos(QPointF(double(n % 4) * (NodeItem::size().width() + 60), double(n / 4) * 120));
    }
    m_nodes.insert(id, item);
    addItem(item);
    refreshNode(id);
}

void CompositionScene::refreshNode(const QString &id)
{
    NodeItem *item = m_nodes.value(id);
    if (!item)
        return;
    if (const ServiceNode *service = m_document->service(id))
        item->setSubtitle(tr("%1 %2").arg(service->templateName, service->templateVersion));
    else if (const ResourceNode *resource = m_document->resource(id))
        item->setSubtitle(resource->kind == resource->templateName
                ? resource->kind
                : tr("%1 (%2)").arg(resource->kind, resource->templateName));
}

void CompositionScene::removeNode(const QString &id)
{
    NodeItem *item = m_nodes.take(id);
    if (item == m_hoverTarget)
        setHoverTarget(nullptr);
    if (item == m_connectFrom) {
        m_connectFrom = nullptr;
        delete m_connectLine;
        m_connectLine = nullptr;
    }
    // The document removes connections before their node, so no edge points here any more.
    delete item;
}

void CompositionScene::addEdge(const Connection &connection)
{
    NodeItem *from = m_nodes.value(connection.from);
    NodeItem *to = m_nodes.value(connection.to);
    if (!from || !to)
        return;
    auto *edge = new EdgeItem(connection, from, to);
    m_edges.append(edge);
    addItem(edge);
}

void CompositionScene::removeEdge(const Connection &connection)
{
    EdgeItem *edge = edgeItem(connection);
    m_edges.removeAll(edge);
    delete edge;
}

EdgeItem *CompositionScene::edgeItem(const Connection &connection) const
{
    for (EdgeItem *edge : m_edges) {
        if (edge->connection() == connection)
            return edge;
    }
    return nullptr;
}

QStringList CompositionScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *node = dynamic_cast<NodeItem *>(item))
            ids.append(node->id());
    }
    ids.sort();
    return ids;
}

QList<Connection> CompositionScene::selectedConnections() const
{
    QList<Connection> connections;
    for (EdgeItem *edge : m_edges) {
        if (edge->isSelected())
            connections.append(edge->connection());
    }
    return connections;
}

void CompositionScene::selectOnly(const QStringList &ids)
{
    clearSelection();
    for (const QString &id : ids) {
        if (NodeItem *item = m_nodes.value(id))
            item->setSelected(true);
    }
    if (!ids.isEmpty()) {
        if (NodeItem *item = m_nodes.value(ids.constFirst()))
            setFocusItem(item);
    }
}

NodeItem *CompositionScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (auto *node = dynamic_cast<NodeItem *>(item))
            return node;
    }
    return nullptr;
}

void CompositionScene::setHoverTarget(NodeItem *target)
{
    if (m_hoverTarget == target)
        return;
    if (m_hoverTarget)
        m_hoverTarget->setDropHint(NodeItem::DropHint::None);
    m_hoverTarget = target;
}

void CompositionScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    NodeItem *node = event->button() == Qt::LeftButton ? nodeAt(event->scenePos()) : nullptr;
    if (node && node->isOnPort(event->scenePos())) {
        m_connectFrom = node;
        m_connectLine = new QGraphicsPathItem;
        m_connectLine->setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        m_connectLine->setZValue(10);
        addItem(m_connectLine);
        Q_EMIT statusMessage(tr("Connecting %1: release over a service or resource").arg(node->id()), false);
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

void CompositionScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_connectFrom) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    const QPointF start = m_connectFrom->isOnPort(event->buttonDownScenePos(Qt::LeftButton))
            && QLineF(m_connectFrom->inPort(), event->buttonDownScenePos(Qt::LeftButton)).length() < 13
        ? m_connectFrom->inPort()
        : m_connectFrom->outPort();
    QPainterPath path(start);
    path.lineTo(event->scenePos());
    m_connectLine->setPath(path);
    NodeItem *target = nodeAt(event->scenePos());
    if (target == m_connectFrom)
        target = nullptr;
    setHoverTarget(target);
    if (!target) {
        Q_EMIT statusMessage(tr("Connecting %1: release over a service or resource").arg(m_connectFrom->id()), false);
        return;
    }
    const PortRules::Verdict verdict
        = m_document->portRules().check(m_document->composition(), m_connectFrom->id(), target->id());
    target->setDropHint(verdict.allowed() ? NodeItem::DropHint::Accepted : NodeItem::DropHint::Refused);
    target->setToolTip(verdict.allowed() ? target->accessibleName() : verdict.reason);
    Q_EMIT statusMessage(verdict.allowed()
            ? tr("Release to connect %1 to %2").arg(verdict.connection.from, verdict.connection.to)
            : tr("Cannot connect: %1").arg(verdict.reason),
        !verdict.allowed());
}

void CompositionScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectFrom) {
        NodeItem *target = nodeAt(event->scenePos());
        const QString from = m_connectFrom->id();
        setHoverTarget(nullptr);
        if (target)
            target->setToolTip(target->accessibleName());
        delete m_connectLine;
        m_connectLine = nullptr;
        m_connectFrom = nullptr;
        if (!target || target->id() == from) {
            Q_EMIT statusMessage(tr("No connection made"), false);
        } else if (const QString problem = m_document->connectNodes(from, target->id()); !problem.isEmpty()) {
            Q_EMIT statusMessage(tr("Cannot connect: %1").arg(problem), true);
        } else {
            Q_EMIT statusMessage(tr("Connected %1 and %2").arg(from, target->id()), false);
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    commitMoves();
}

void CompositionScene::commitMoves()
{
    // Items move freely under the mouse; the document hears of it once, when the drag ends.
    QHash<QString, QPointF> moved;
    for (auto it = m_nodes.constBegin(); it != m_nodes.constEnd(); ++it) {
        if (it.value()->pos() != m_document->position(it.key()))
            moved.insert(it.key(), it.value()->pos());
    }
    if (!moved.isEmpty())
        m_document->moveNodes(moved);
}

void CompositionScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(TemplatePaletteModel::mimeType()));
}

void CompositionScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(TemplatePaletteModel::mimeType()));
}

void CompositionScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!event->mimeData()->hasFormat(TemplatePaletteModel::mimeType())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const QString name = QString::fromUtf8(event->mimeData()->data(TemplatePaletteModel::mimeType()));
    // The drop point is the node's centre.
    Q_EMIT templateDropped(
        name, event->scenePos() - QPointF(NodeItem::size().width() / 2, NodeItem::size().height() / 2));
}

}
