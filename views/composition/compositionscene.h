// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/composition.h"

#include <QGraphicsScene>
#include <QHash>

class QGraphicsPathItem;

namespace Tarmac {

class CompositionDocument;
class EdgeItem;
class NodeItem;

// The canvas's scene: one item per node and per connection, kept in step with the document. The
// user's gestures become document edits: dragging nodes (committed on release), dragging from a
// port to another node (checked against the port rules as the pointer moves), dropping a template.
class CompositionScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit CompositionScene(CompositionDocument *document, QObject *parent = nullptr);
    ~CompositionScene() override;

    CompositionDocument *document() const { return m_document; }
    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    EdgeItem *edgeItem(const Connection &connection) const;
    QStringList selectedIds() const;
    QList<Connection> selectedConnections() const;
    void selectOnly(const QStringList &ids);

Q_SIGNALS:
    // What happened or why not, for the status line.
    void statusMessage(const QString &text, bool error);
    void templateDropped(const QString &templateName, const QPointF &scenePos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void rebuild();
    void addNode(const QString &id);
    void removeNode(const QString &id);
    void addEdge(const Connection &connection);
    void removeEdge(const Connection &connection);
    void refreshNode(const QString &id);
    NodeItem *nodeAt(const QPointF &scenePos) const;
    void setHoverTarget(NodeItem *target);
    void commitMoves();

    CompositionDocument *m_document;
    QHash<QString, NodeItem *> m_nodes;
    QList<EdgeItem *> m_edges;
    // A connection being drawn from a port.
    NodeItem *m_connectFrom = nullptr;
    QGraphicsPathItem *m_connectLine = nullptr;
    NodeItem *m_hoverTarget = nullptr;
};

}
