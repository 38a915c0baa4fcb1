// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeitem.h"

#include "edgeitem.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Tarmac {

namespace {
constexpr double portRadius = 6;
constexpr double portGrab = 12; // a port is easier to hit than to see
}

NodeItem::NodeItem(const QString &id, bool service, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_id(id)
    , m_service(service)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    updateNames();
}

NodeItem::~NodeItem() = default;

void NodeItem::setId(const QString &id)
{
    m_id = id;
    updateNames();
    update();
}

void NodeItem::setSubtitle(const QString &subtitle)
{
    m_subtitle = subtitle;
    updateNames();
    update();
}

QString NodeItem::accessibleName() const
{
    return m_service ? tr("Service %1, %2").arg(m_id, m_subtitle) : tr("Resource %1, %2").arg(m_id, m_subtitle);
}

void NodeItem::updateNames()
{
    setObjectName(QStringLiteral("node_") + m_id);
    setToolTip(accessibleName());
}

QPointF NodeItem::inPort() const
{
    return mapToScene(QPointF(0, size().height() / 2));
}

QPointF NodeItem::outPort() const
{
    return mapToScene(QPointF(size().width(), size().height() / 2));
}

bool NodeItem::isOnPort(const QPointF &scenePos) const
{
    const auto near = [&](const QPointF &port) { return QLineF(port, scenePos).length() <= portGrab; };
    return near(inPort()) || (m_service && near(outPort()));
}

void NodeItem::setDropHint(DropHint hint)
{
    if (m_dropHint == hint)
        return;
    m_dropHint = hint;
    update();
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), size()).adjusted(-portRadius - 2, -3, portRadius + 2, 3);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    // Colours from the palette, so the canvas follows light and dark schemes.
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const QRectF box(QPointF(0, 0), size());
    const bool selected = option->state & QStyle::State_Selected;
    QColor border = palette.color(QPalette::Mid);
    if (m_dropHint == DropHint::Accepted)
        border = QColor(0x2e, 0x9d, 0x4f);
    else if (m_dropHint == DropHint::Refused)
        border = QColor(0xc6, 0x28, 0x28);
    else if (selected)
        border = palette.color(QPalette::Highlight);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(border, selected || m_dropHint != DropHint::None ? 2.5 : 1.2));
    painter->setBrush(palette.color(m_service ? QPalette::Base : QPalette::AlternateBase));
    painter->drawRoundedRect(box, m_service ? 6 : 18, m_service ? 6 : 18);
    if (!m_service) {
        // A band down the left side tells resources from services at a glance, without colour.
        QColor band = palette.color(QPalette::Highlight);
        band.setAlphaF(0.35f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(band);
        painter->drawRoundedRect(QRectF(box.left() + 8, box.top() + 10, 5, box.height() - 20), 2, 2);
    }
    if (option->state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(3, 3, -3, -3), 4, 4);
    }

    painter->setPen(palette.color(QPalette::Text));
    QFont title = painter->font();
    title.setBold(true);
    painter->setFont(title);
    const QRectF text = box.adjusted(20, 8, -14, -8);
    painter->drawText(
        text, Qt::AlignLeft | Qt::AlignTop, QFontMetricsF(title).elidedText(m_id, Qt::ElideRight, text.width()));
    QFont small = title;
    small.setBold(false);
    small.setPointSizeF(title.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom,
        QFontMetricsF(small).elidedText(m_subtitle, Qt::ElideRight, text.width()));

    painter->setPen(QPen(palette.color(QPalette::Text), 1.2));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawEllipse(QPointF(0, box.height() / 2), portRadius, portRadius);
    if (m_service) {
        painter->setBrush(palette.color(QPalette::Text));
        painter->drawEllipse(QPointF(box.width(), box.height() / 2), portRadius, portRadius);
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
    }
    return QGraphicsObject::itemChange(change, value);
}

}
