// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/composition.h"

#include <QGraphicsPathItem>

namespace Tarmac {

class NodeItem;

// A connection on the canvas: a curve from the service's output port to the other node's input,
// with an arrow; dashed when a service calls another, solid when it uses a resource.
class EdgeItem : public QGraphicsPathItem {
public:
    EdgeItem(const Connection &connection, NodeItem *from, NodeItem *to);
    ~EdgeItem() override;

    const Connection &connection() const { return m_connection; }
    void setConnection(const Connection &connection) { m_connection = connection; }
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    void adjust();

    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Connection m_connection;
    NodeItem *m_from;
    NodeItem *m_to;
};

}
