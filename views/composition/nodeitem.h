// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsObject>

namespace Tarmac {

class EdgeItem;

// A service or resource on the canvas: a box with its id and template, an input port on the left
// and, for services, an output port on the right. Its position is the node's top-left corner.
class NodeItem : public QGraphicsObject {
    Q_OBJECT
public:
    static QSizeF size() { return { 188, 60 }; }

    NodeItem(const QString &id, bool service, QGraphicsItem *parent = nullptr);
    ~NodeItem() override;

    QString id() const { return m_id; }
    bool isService() const { return m_service; }
    void setId(const QString &id);
    void setSubtitle(const QString &subtitle);
    QString accessibleName() const;

    // Where connections attach, in scene coordinates.
    QPointF inPort() const;
    QPointF outPort() const;
    // Whether a press at this scene point starts a connection rather than a move.
    bool isOnPort(const QPointF &scenePos) const;
    // Highlights the node as the target of a connection being drawn: accepted or refused.
    enum class DropHint { None, Accepted, Refused };
    void setDropHint(DropHint hint);

    void addEdge(EdgeItem *edge) { m_edges.append(edge); }
    void removeEdge(EdgeItem *edge) { m_edges.removeAll(edge); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateNames();

    QString m_id;
    QString m_subtitle;
    bool m_service;
    DropHint m_dropHint = DropHint::None;
    QList<EdgeItem *> m_edges;
};

}
