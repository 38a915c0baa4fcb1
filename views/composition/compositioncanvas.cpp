// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositioncanvas.h"

#include "composition/compositiondocument.h"
#include "composition/graphlayout.h"
#include "compositionscene.h"
#include "compositionview.h"
#include "flowlayout.h"
#include "nodeitem.h"
#include "templates/templatecatalog.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Tarmac {

CompositionCanvas::CompositionCanvas(CompositionDocument *document, TemplateCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_scene(new CompositionScene(document, this))
    , m_view(new CompositionView(m_scene, this))
    , m_toolBar(new QWidget(this))
    , m_toolLayout(new FlowLayout(m_toolBar))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("compositionCanvas"));
    m_layoutPool.setMaxThreadCount(1);
    m_toolBar->setObjectName(QStringLiteral("canvasToolBar"));
    m_toolBar->setAccessibleName(tr("Canvas actions"));
    m_status->setObjectName(QStringLiteral("canvasStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    m_delete = makeAction(QStringLiteral("deleteAction"), tr("Delete"), QKeySequence::Delete,
        tr("Remove the selected nodes with their connections, or the selected connections"));
    connect(m_delete, &QAction::triggered, this, &CompositionCanvas::deleteSelection);
    m_rename = makeAction(QStringLiteral("renameAction"), tr("Rename"), QKeySequence(Qt::Key_F2),
        tr("Change the id of the selected node"));
    connect(m_rename, &QAction::triggered, m_view, &CompositionView::startRename);
    m_connect = makeAction(QStringLiteral("connectAction"), tr("Connect…"), QKeySequence(Qt::CTRL | Qt::Key_K),
        tr("Connect the selected node to another: the nodes it cannot connect to say why"));
    connect(m_connect, &QAction::triggered, this, &CompositionCanvas::showConnectMenu);
    m_toolLayout->addGroupGap();
    QAction *selectAll = makeAction(
        QStringLiteral("selectAllAction"), tr("Select All"), QKeySequence::SelectAll, tr("Select every node"));
    connect(selectAll, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const ServiceNode &s : m_document->composition().services)
            ids.append(s.id);
        for (const ResourceNode &r : m_document->composition().resources)
            ids.append(r.id);
        m_scene->selectOnly(ids);
    });
    m_toolLayout->addGroupGap();
    connect(makeAction(QStringLiteral("zoomInAction"), tr("Zoom In"), QKeySequence::ZoomIn, tr("Zoom in")),
        &QAction::triggered, m_view, &CompositionView::zoomIn);
    connect(makeAction(QStringLiteral("zoomOutAction"), tr("Zoom Out"), QKeySequence::ZoomOut, tr("Zoom out")),
        &QAction::triggered, m_view, &CompositionView::zoomOut);
    connect(makeAction(QStringLiteral("fitAction"), tr("Fit"), QKeySequence(Qt::CTRL | Qt::Key_0),
                tr("Show the whole composition")),
        &QAction::triggered, m_view, &CompositionView::fitToView);
    m_layout = makeAction(QStringLiteral("autoLayoutAction"), tr("Arrange"), QKeySequence(Qt::CTRL | Qt::Key_L),
        tr("Lay the composition out automatically (Graphviz dot); undoable"));
    connect(m_layout, &QAction::triggered, this, &CompositionCanvas::autoLayout);

    connect(m_scene, &CompositionScene::statusMessage, this, &CompositionCanvas::showStatus);
    connect(m_view, &CompositionView::statusMessage, this, &CompositionCanvas::showStatus);
    connect(m_scene, &CompositionScene::templateDropped, this,
        [this](const QString &name, const QPointF &position) { addTemplate(name, position); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        updateActions();
        Q_EMIT selectionChanged(m_scene->selectedIds());
    });
    updateActions();
}

CompositionCanvas::~CompositionCanvas()
{
    m_layoutPool.waitForDone();
    // The scene empties itself as it goes; nobody must hear of that as a selection.
    m_scene->disconnect(this);
}

QAction *CompositionCanvas::makeAction(
    const QString &name, const QString &text, const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    // Only while the canvas has focus: the same keys edit text in the form next to it.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(shortcut.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    QWidget::addAction(action);
    m_toolLayout->addActionButton(action);
    return action;
}

QList<QAction *> CompositionCanvas::canvasActions() const
{
    return actions();
}

QString CompositionCanvas::statusText() const
{
    return m_status->text();
}

void CompositionCanvas::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::BrightText, QColor(0xc6, 0x28, 0x28));
    m_status->setPalette(palette);
}

void CompositionCanvas::updateActions()
{
    const QStringList ids = m_scene->selectedIds();
    m_delete->setEnabled(!ids.isEmpty() || !m_scene->selectedConnections().isEmpty());
    m_rename->setEnabled(ids.size() == 1);
    m_connect->setEnabled(ids.size() == 1);
}

QString CompositionCanvas::addTemplate(const QString &templateName, std::optional<QPointF> scenePos)
{
    const std::optional<TemplateCatalog::Entry> entry = m_catalog->find(templateName);
    if (!entry) {
        showStatus(tr("There is no template '%1' in the catalog").arg(templateName), true);
        return {};
    }
    const TemplateManifest &manifest = entry->manifest;
    const bool resource = manifest.kind == TemplateManifest::Kind::Resource;
    QPointF position = scenePos.value_or(m_view->mapToScene(m_view->viewport()->rect().center())
        - QPointF(NodeItem::size().width() / 2, NodeItem::size().height() / 2));
    if (!scenePos) {
        // Added from the keyboard: the first free spot below the centre, so no node hides another.
        const auto occupied = [this](const QPointF &at) {
            const QRectF box(at, NodeItem::size());
            for (const QPointF &other : m_document->layout().positions) {
                if (box.intersects(QRectF(other, NodeItem::size()).adjusted(-10, -10, 10, 10)))
                    return true;
            }
            return false;
        };
        while (occupied(position))
            position.ry() += NodeItem::size().height() + 24;
    }
    const QString id = m_document->uniqueId(resource ? manifest.resourceKind : manifest.name);
    // The node's name starts as its id and follows renames while the two agree.
    const QJsonObject parameters { { QStringLiteral("name"), id } };
    const QString problem = resource
        ? m_document->addResource({ id, manifest.resourceKind, manifest.name, manifest.version, parameters }, position)
        : m_document->addService({ id, manifest.name, manifest.version, parameters }, position);
    if (!problem.isEmpty()) {
        showStatus(tr("Not added: %1").arg(problem), true);
        return {};
    }
    m_scene->selectOnly({ id });
    m_view->setFocus();
    showStatus(resource ? tr("Added resource %1; drag from a service's port to it to connect them").arg(id)
                        : tr("Added service %1; press F2 to rename it").arg(id),
        false);
    return id;
}

void CompositionCanvas::deleteSelection()
{
    const QStringList ids = m_scene->selectedIds();
    const QList<Connection> connections = m_scene->selectedConnections();
    if (ids.isEmpty() && connections.isEmpty())
        return;
    m_document->undoStack()->beginMacro(tr("Delete the selection"));
    for (const Connection &connection : connections) {
        if (!ids.contains(connection.from) && !ids.contains(connection.to))
            m_document->disconnectNodes(connection);
    }
    m_document->removeNodes(ids);
    m_document->undoStack()->endMacro();
    showStatus(tr("Deleted; Undo brings it back"), false);
}

void CompositionCanvas::showConnectMenu()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.size() != 1)
        return;
    const QString from = ids.constFirst();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("connectMenu"));
    menu.setToolTipsVisible(true);
    QStringList targets;
    for (const ServiceNode &s : m_document->composition().services)
        targets.append(s.id);
    for (const ResourceNode &r : m_document->composition().resources)
        targets.append(r.id);
    for (const QString &to : std::as_const(targets)) {
        if (to == from)
            continue;
        const PortRules::Verdict verdict = m_document->portRules().check(m_document->composition(), from, to);
        QAction *action = menu.addAction(verdict.allowed() ? to : tr("%1 — %2").arg(to, verdict.reason));
        action->setEnabled(verdict.allowed());
        action->setToolTip(verdict.allowed() ? tr("Connect %1 and %2").arg(from, to) : verdict.reason);
        connect(action, &QAction::triggered, this, [this, from, to] {
            const QString problem = m_document->connectNodes(from, to);
            showStatus(
                problem.isEmpty() ? tr("Connected %1 and %2").arg(from, to) : tr("Cannot connect: %1").arg(problem),
                !problem.isEmpty());
        });
    }
    if (menu.isEmpty())
        menu.addAction(tr("Nothing to connect to yet"))->setEnabled(false);
    NodeItem *item = m_scene->nodeItem(from);
    const QPoint at = item ? m_view->mapFromScene(item->sceneBoundingRect().bottomLeft()) : QPoint();
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

void CompositionCanvas::autoLayout()
{
    const Composition composition = m_document->composition();
    if (composition.services.isEmpty() && composition.resources.isEmpty())
        return;
    const quint64 generation = ++m_layoutGeneration;
    const QSizeF size = NodeItem::size();
    showStatus(tr("Arranging…"), false);
    // The destructor waits for the pool, so the worker may call back into this.
    m_layoutPool.start([this, composition, size, generation] {
        const GraphLayout::Result result = GraphLayout::compute(composition, size);
        QMetaObject::invokeMethod(
            this, [this, result, generation] { applyLayout(result, generation); }, Qt::QueuedConnection);
    });
}

void CompositionCanvas::applyLayout(const GraphLayout::Result &result, quint64 generation)
{
    if (generation != m_layoutGeneration)
        return; // superseded by a newer request
    if (!result.ok()) {
        showStatus(result.error, true);
    } else {
        QHash<QString, QPointF> positions;
        for (auto it = result.positions.constBegin(); it != result.positions.constEnd(); ++it) {
            // Nodes removed while the layout ran are left out.
            if (m_document->contains(it.key()))
                positions.insert(it.key(), it.value());
        }
        m_document->moveNodes(positions, tr("Arrange automatically"));
        m_view->fitToView();
        showStatus(tr("Arranged; Undo puts the nodes back"), false);
    }
    Q_EMIT layoutFinished();
}

void CompositionCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    for (QAction *action : actions())
        menu.addAction(action);
    menu.exec(event->globalPos());
}

}
