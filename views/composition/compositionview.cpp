// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositionview.h"

#include "composition/compositiondocument.h"
#include "compositionscene.h"
#include "nodeitem.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace Tarmac {

namespace {
constexpr double minimumZoom = 0.1;
constexpr double maximumZoom = 4.0;
constexpr double zoomStep = 1.2;
}

CompositionView::CompositionView(CompositionScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("compositionView"));
    setAccessibleName(tr("Composition canvas"));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    // Room to drag beyond the nodes; grows with the scene.
    setSceneRect(QRectF(-2000, -2000, 4000, 4000));
    connect(scene, &QGraphicsScene::changed, this, [this] {
        const QRectF needed = m_scene->itemsBoundingRect().adjusted(-1000, -1000, 1000, 1000);
        if (!sceneRect().contains(needed))
            setSceneRect(sceneRect().united(needed));
    });
    connect(scene, &QGraphicsScene::focusItemChanged, this, [this](QGraphicsItem *item) {
        // Screen readers hear the focused node through the view's description.
        if (auto *node = dynamic_cast<NodeItem *>(item))
            setAccessibleDescription(node->accessibleName());
    });
    centerOn(0, 0);
}

CompositionView::~CompositionView() = default;

void CompositionView::setZoom(double factor)
{
    const double target = std::clamp(zoom() * factor, minimumZoom, maximumZoom);
    const double applied = target / zoom();
    scale(applied, applied);
}

void CompositionView::zoomIn()
{
    setZoom(zoomStep);
}

void CompositionView::zoomOut()
{
    setZoom(1 / zoomStep);
}

void CompositionView::resetZoom()
{
    setTransform(QTransform());
}

void CompositionView::fitToView()
{
    const QRectF bounds = m_scene->itemsBoundingRect();
    if (bounds.isEmpty()) {
        resetZoom();
        centerOn(0, 0);
        return;
    }
    fitInView(bounds.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    // Never blow a small composition up past life size.
    if (zoom() > 1.0)
        resetZoom();
    centerOn(bounds.center());
}

void CompositionView::moveSelection(const QPointF &delta)
{
    CompositionDocument *document = m_scene->document();
    QHash<QString, QPointF> positions;
    for (const QString &id : m_scene->selectedIds())
        positions.insert(id, document->position(id) + delta);
    document->moveNodes(positions, tr("Move with the keyboard"));
}

bool CompositionView::startRename()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.size() != 1) {
        Q_EMIT statusMessage(tr("Select one service or resource to rename"), true);
        return false;
    }
    m_renaming = ids.constFirst();
    if (!m_renameEditor) {
        m_renameEditor = new QLineEdit(viewport());
        m_renameEditor->setObjectName(QStringLiteral("renameEditor"));
        m_renameEditor->setAccessibleName(tr("New id"));
        m_renameEditor->installEventFilter(this);
        connect(m_renameEditor, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
        connect(m_renameEditor, &QLineEdit::editingFinished, this, [this] {
            // Focus leaving the editor keeps the old id, as Escape does.
            if (m_renameEditor->isVisible() && !m_renameEditor->hasFocus())
                finishRename(false);
        });
    }
    m_renameEditor->setText(m_renaming);
    m_renameEditor->selectAll();
    placeRenameEditor();
    m_renameEditor->show();
    m_renameEditor->setFocus();
    Q_EMIT statusMessage(tr("Type the new id of %1; Enter renames, Escape cancels").arg(m_renaming), false);
    return true;
}

void CompositionView::placeRenameEditor()
{
    NodeItem *item = m_scene->nodeItem(m_renaming);
    if (!m_renameEditor || !item)
        return;
    const QRect box = mapFromScene(item->sceneBoundingRect()).boundingRect();
    m_renameEditor->setGeometry(
        box.left() + 12, box.top() + 4, std::max(140, box.width() - 24), m_renameEditor->sizeHint().height());
}

void CompositionView::finishRename(bool apply)
{
    if (!m_renameEditor || m_renameEditor->isHidden())
        return;
    if (apply) {
        const QString newId = m_renameEditor->text().trimmed();
        const QString problem = m_scene->document()->renameNode(m_renaming, newId);
        if (!problem.isEmpty()) {
            // Keep the editor open with what was typed: nothing typed is lost.
            Q_EMIT statusMessage(tr("Not renamed: %1").arg(problem), true);
            return;
        }
        Q_EMIT statusMessage(tr("Renamed %1 to %2").arg(m_renaming, newId), false);
        m_renaming = newId;
    }
    m_renameEditor->hide();
    m_scene->selectOnly({ m_renaming });
    setFocus();
}

bool CompositionView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_renameEditor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        finishRename(false);
        return true;
    }
    return QGraphicsView::eventFilter(watched, event);
}

void CompositionView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(std::pow(zoomStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CompositionView::keyPressEvent(QKeyEvent *event)
{
    if (m_renameEditor && m_renameEditor->isVisible() && event->key() == Qt::Key_Escape) {
        finishRename(false);
        return;
    }
    const double step = event->modifiers() & Qt::ShiftModifier ? 1 : 10;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = { -step, 0 };
        break;
    case Qt::Key_Right:
        delta = { step, 0 };
        break;
    case Qt::Key_Up:
        delta = { 0, -step };
        break;
    case Qt::Key_Down:
        delta = { 0, step };
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            setDragMode(QGraphicsView::ScrollHandDrag);
        }
        return;
    default:
        break;
    }
    if (!delta.isNull() && !m_scene->selectedIds().isEmpty() && !(event->modifiers() & Qt::ControlModifier)) {
        moveSelection(delta);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CompositionView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        setDragMode(QGraphicsView::RubberBandDrag);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CompositionView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panOrigin = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (m_renameEditor && m_renameEditor->isVisible())
        finishRename(true);
    QGraphicsView::mousePressEvent(event);
}

void CompositionView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panOrigin;
        m_panOrigin = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CompositionView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CompositionView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    placeRenameEditor();
}

void CompositionView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_scene->items().isEmpty())
        return;
    // An empty canvas says how to start.
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
        tr("Drag a template from the palette here to add a service or resource,\nor select one and press Enter."));
    painter->restore();
}

}
