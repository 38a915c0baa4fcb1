// SPDX-License-Identifier: GPL-3.0-or-later
#include "edgeitem.h"

#include "nodeitem.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Tarmac {

EdgeItem::EdgeItem(const Connection &connection, NodeItem *from, NodeItem *to)
    : m_connection(connection)
    , m_from(from)
    , m_to(to)
{
    setFlag(ItemIsSelectable);
    setZValue(-1);
    m_from->addEdge(this);
    m_to->addEdge(this);
    setToolTip(connection.kind == Connection::Kind::Calls
            ? QCoreApplication::translate("Tarmac::EdgeItem", "%1 calls %2").arg(connection.from, connection.to)
            : QCoreApplication::translate("Tarmac::EdgeItem", "%1 uses %2").arg(connection.from, connection.to));
    adjust();
}

EdgeItem::~EdgeItem()
{
    m_from->removeEdge(this);
    m_to->removeEdge(this);
}

void EdgeItem::adjust()
{
    const QPointF start = m_from->outPort();
    const QPointF end = m_to->inPort();
    const double bend = std::max(40.0, std::abs(end.x() - start.x()) / 2);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
    setPath(path);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10); // easy to click
    return stroker.createStroke(path());
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const bool selected = option->state & QStyle::State_Selected;
    const QColor colour = selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Text);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, selected ? 2.5 : 1.4);
    if (m_connection.kind == Connection::Kind::Calls)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    // The arrowhead points into the input port.
    const QPointF tip = path().pointAtPercent(1.0) - QPointF(6, 0);
    const QPointF back = tip - QPointF(9, 0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(QPolygonF({ tip, back + QPointF(0, -5), back + QPointF(0, 5) }));
}

}
