// SPDX-License-Identifier: GPL-3.0-or-later
// The composition canvas driven with the mouse and keyboard as a user drives it: drag templates
// from the palette, connect ports, move, rename, select with a rubber band, delete, undo and redo,
// arrange, save, reopen and compare with the shop example.
#include "composition/compositioncanvas.h"
#include "composition/compositiondocument.h"
#include "composition/compositionfile.h"
#include "composition/compositionscene.h"
#include "composition/compositionview.h"
#include "composition/edgeitem.h"
#include "composition/nodeitem.h"
#include "composition/templatepalettemodel.h"
#include "templates/templatecatalog.h"
#include "templates/templatecatalogmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Tarmac;
using namespace Qt::StringLiterals;

class TestCompositionCanvas : public QObject {
    Q_OBJECT

    struct Bench {
        TemplateCatalog catalog;
        TemplateCatalogModel model;
        TemplatePaletteModel palette;
        CompositionDocument document;
        QWidget window;
        QListView *paletteView = nullptr;
        CompositionCanvas *canvas = nullptr;

        Bench()
        {
            catalog.loadNow();
            model.setCatalog(&catalog);
            palette.setSourceModel(&model);
            QList<TemplateManifest> manifests;
            for (const TemplateCatalog::Entry &entry : catalog.entries())
                manifests.append(entry.manifest);
            document.setPortRules(PortRules(manifests));
            auto *layout = new QHBoxLayout(&window);
            paletteView = new QListView(&window);
            paletteView->setModel(&palette);
            paletteView->setModelColumn(TemplateCatalogModel::TitleColumn);
            paletteView->setDragEnabled(true);
            paletteView->setDragDropMode(QAbstractItemView::DragOnly);
            canvas = new CompositionCanvas(&document, &catalog, &window);
            layout->addWidget(paletteView, 1);
            layout->addWidget(canvas, 4);
            window.resize(1200, 700);
        }

        QWidget *viewport() const { return canvas->view()->viewport(); }
        QPoint toViewport(const QPointF &scenePos) const { return canvas->view()->mapFromScene(scenePos); }
        NodeItem *node(const QString &id) const { return canvas->scene()->nodeItem(id); }
        QPoint centreOf(const QString &id) const { return toViewport(node(id)->sceneBoundingRect().center()); }
        QModelIndex paletteIndex(const QString &templateName) const
        {
            for (int row = 0; row < palette.rowCount(); ++row) {
                const QModelIndex index = palette.index(row, TemplateCatalogModel::TitleColumn);
                if (index.data(TemplateCatalogModel::NameRole).toString() == templateName)
                    return index;
            }
            return {};
        }
    };

    // Drags a palette entry onto the canvas. The offscreen platform has no drag and drop (its
    // QPlatformDrag returns at once), so after checking that the palette starts a drag with the
    // mouse, the drag's enter, move and drop events are sent to the canvas with the palette's own
    // MIME data, as the platform would send them.
    static void dragFromPalette(Bench &bench, const QString &templateName, const QPoint &target)
    {
        const QModelIndex index = bench.paletteIndex(templateName);
        QVERIFY2(index.isValid(), qPrintable(templateName));
        const QPoint start = bench.paletteView->visualRect(index).center();
        QTest::mousePress(bench.paletteView->viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(bench.paletteView->viewport(), start + QPoint(QApplication::startDragDistance() + 10, 0));
        QTest::mouseMove(bench.paletteView->viewport(), start + QPoint(QApplication::startDragDistance() + 30, 4));
        QTest::mouseRelease(bench.paletteView->viewport(), Qt::LeftButton, {}, start);
        QCOMPARE(bench.paletteView->currentIndex().data(TemplateCatalogModel::NameRole).toString(), templateName);

        std::unique_ptr<QMimeData> data(bench.palette.mimeData({ index }));
        QDragEnterEvent enter(target - QPoint(20, 0), Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(bench.viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(target, Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(bench.viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(target, Qt::CopyAction, data.get(), Qt::LeftButton, {});
        QApplication::sendEvent(bench.viewport(), &drop);
        QVERIFY(drop.isAccepted());
    }

    // Presses on a port of one node and releases over another.
    static void dragConnection(Bench &bench, const QPointF &port, const QString &to)
    {
        const QPoint from = bench.toViewport(port);
        const QPoint target = bench.centreOf(to);
        QTest::mousePress(bench.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(bench.viewport(), (from + target) / 2);
        QTest::mouseMove(bench.viewport(), target);
        QTest::mouseRelease(bench.viewport(), Qt::LeftButton, {}, target);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void paletteModel()
    {
        TemplateCatalog catalog;
        catalog.loadNow();
        TemplateCatalogModel model;
        model.setCatalog(&catalog);
        TemplatePaletteModel palette;
        QAbstractItemModelTester tester(&palette, QAbstractItemModelTester::FailureReportingMode::QtTest);
        palette.setSourceModel(&model);
        QVERIFY(palette.rowCount() >= 9);
        const QModelIndex first = palette.index(0, 0);
        QVERIFY(palette.flags(first) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> data(palette.mimeData({ first }));
        QCOMPARE(QString::fromUtf8(data->data(TemplatePaletteModel::mimeType())),
            first.data(TemplateCatalogModel::NameRole).toString());
    }

    void buildPartOfTheShop()
    {
        Bench bench;
        bench.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bench.window));
        bench.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&bench.window));
        CompositionDocument &document = bench.document;
        QUndoStack *undo = document.undoStack();

        // Drag three templates from the palette onto the canvas.
        const QPoint left = bench.viewport()->rect().center() - QPoint(300, 0);
        dragFromPalette(bench, u"typescript-service"_s, left);
        QTRY_VERIFY(document.contains(u"typescript-service"_s));
        dragFromPalette(bench, u"python-web-api"_s, bench.viewport()->rect().center());
        QTRY_VERIFY(document.contains(u"python-web-api"_s));
        dragFromPalette(bench, u"postgres"_s, bench.viewport()->rect().center() + QPoint(300, 0));
        QTRY_VERIFY(document.contains(u"postgres"_s));
        // Dropped where the pointer was: the node's centre is under it.
        QVERIFY(
            bench.node(u"typescript-service"_s)->sceneBoundingRect().contains(bench.canvas->view()->mapToScene(left)));
        QCOMPARE(document.resource(u"postgres"_s)->kind, u"postgres"_s);
        QCOMPARE(document.service(u"python-web-api"_s)->templateVersion,
            bench.catalog.find(u"python-web-api"_s)->manifest.version);

        // Rename each with F2, as the example names them.
        const auto rename = [&](const QString &id, const QString &newId) {
            QTest::mouseClick(bench.viewport(), Qt::LeftButton, {}, bench.centreOf(id));
            QCOMPARE(bench.canvas->scene()->selectedIds(), QStringList { id });
            bench.canvas->view()->setFocus();
            QTest::keyClick(bench.canvas->view(), Qt::Key_F2);
            QLineEdit *editor = bench.canvas->view()->renameEditor();
            QVERIFY(editor && editor->isVisible());
            QCOMPARE(editor->text(), id);
            editor->selectAll();
            QTest::keyClicks(editor, newId);
            QTest::keyClick(editor, Qt::Key_Return);
            QVERIFY2(document.contains(newId), qPrintable(bench.canvas->statusText()));
            QVERIFY(!editor->isVisible());
        };
        rename(u"typescript-service"_s, u"web"_s);
        rename(u"python-web-api"_s, u"api"_s);
        rename(u"postgres"_s, u"orders-db"_s);
        // The name parameter followed the id.
        QCOMPARE(document.service(u"api"_s)->parameters.value(u"name"_s).toString(), u"api"_s);

        // A bad id is refused with the reason, and what was typed stays in the editor.
        QTest::mouseClick(bench.viewport(), Qt::LeftButton, {}, bench.centreOf(u"api"_s));
        bench.canvas->view()->setFocus();
        QTest::keyClick(bench.canvas->view(), Qt::Key_F2);
        QLineEdit *editor = bench.canvas->view()->renameEditor();
        editor->selectAll();
        QTest::keyClicks(editor, u"Bad Id"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->text(), u"Bad Id"_s);
        QVERIFY2(bench.canvas->statusText().contains(u"not a valid id"_s), qPrintable(bench.canvas->statusText()));
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!editor->isVisible());
        QVERIFY(document.contains(u"api"_s));

        // Connect ports with the mouse: web calls api, api uses orders-db (drawn from the resource's side).
        dragConnection(bench, bench.node(u"web"_s)->outPort(), u"api"_s);
        QVERIFY2(document.composition().connections.size() == 1, qPrintable(bench.canvas->statusText()));
        dragConnection(bench, bench.node(u"orders-db"_s)->inPort(), u"api"_s);
        QCOMPARE(document.composition().connections.size(), 2);
        QVERIFY(bench.canvas->scene()->edgeItem({ u"api"_s, u"orders-db"_s, Connection::Kind::Uses }));
        QVERIFY(bench.canvas->scene()->edgeItem({ u"web"_s, u"api"_s, Connection::Kind::Calls }));
        // A refused connection says why and changes nothing.
        dragConnection(bench, bench.node(u"api"_s)->outPort(), u"orders-db"_s);
        QCOMPARE(document.composition().connections.size(), 2);
        QVERIFY2(bench.canvas->statusText().contains(u"already connected"_s), qPrintable(bench.canvas->statusText()));

        // Move a node with the mouse (one undo step) and with the arrow keys (one step for the run).
        const QPointF before = document.position(u"web"_s);
        const QPoint grip = bench.centreOf(u"web"_s);
        QTest::mousePress(bench.viewport(), Qt::LeftButton, {}, grip);
        QTest::mouseMove(bench.viewport(), grip + QPoint(10, 40));
        QTest::mouseMove(bench.viewport(), grip + QPoint(20, 80));
        QTest::mouseRelease(bench.viewport(), Qt::LeftButton, {}, grip + QPoint(20, 80));
        const double zoom = bench.canvas->view()->zoom();
        QCOMPARE(document.position(u"web"_s), before + QPointF(20, 80) / zoom);
        const int steps = undo->count();
        bench.canvas->view()->setFocus();
        QTest::keyClick(bench.canvas->view(), Qt::Key_Right);
        QTest::keyClick(bench.canvas->view(), Qt::Key_Right);
        QTest::keyClick(bench.canvas->view(), Qt::Key_Down);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(document.position(u"web"_s), before + QPointF(20, 80) / zoom + QPointF(20, 10));
        QCOMPARE(bench.node(u"web"_s)->pos(), document.position(u"web"_s));

        // Save, reopen and compare: the same system as the example's web, api and orders-db.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"part.tarmac.yaml"_s);
        QString error;
        QVERIFY2(document.save(path, &error), qPrintable(error));
        const CompositionLoadResult reopened = CompositionFile::load(path);
        QVERIFY2(reopened.ok(), qPrintable(joinErrors(reopened.errors)));
        QCOMPARE(reopened.composition, CompositionFile::sorted(document.composition()));
        QCOMPARE(reopened.layout, document.layout());
        const CompositionLoadResult shop
            = CompositionFile::load(QStringLiteral(TARMAC_SOURCE_DIR "/examples/shop.tarmac.yaml"));
        QVERIFY(shop.ok());
        for (const ServiceNode &service : reopened.composition.services) {
            const auto it = std::ranges::find(shop.composition.services, service.id, &ServiceNode::id);
            QVERIFY(it != shop.composition.services.end());
            QCOMPARE(service.templateName, it->templateName);
            QCOMPARE(service.templateVersion, it->templateVersion);
        }
        for (const Connection &connection : reopened.composition.connections)
            QVERIFY2(shop.composition.connections.contains(connection),
                qPrintable(connection.from + u"->"_s + connection.to));
        const Composition built = document.composition();
        const CompositionLayout builtLayout = document.layout();

        // Undo everything back to the empty canvas, then redo it all.
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(document.composition(), Composition());
        QVERIFY(bench.canvas->scene()->items().isEmpty());
        while (undo->canRedo())
            undo->redo();
        QCOMPARE(document.composition(), built);
        QCOMPARE(document.layout(), builtLayout);
        QCOMPARE(bench.canvas->scene()->items().size(), 5); // three nodes, two edges
        QCOMPARE(bench.node(u"api"_s)->pos(), document.position(u"api"_s));
        QVERIFY(!document.isModified()); // back where it was saved
    }

    void selectDeleteAndUndo()
    {
        Bench bench;
        const CompositionLoadResult shop
            = CompositionFile::load(QStringLiteral(TARMAC_SOURCE_DIR "/examples/shop.tarmac.yaml"));
        QVERIFY(shop.ok());
        bench.document.reset(shop.composition, shop.layout);
        bench.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bench.window));
        bench.canvas->view()->fitToView();

        // A rubber band around web and public (the left column of the example).
        const QRectF column
            = bench.node(u"public"_s)->sceneBoundingRect().united(bench.node(u"web"_s)->sceneBoundingRect());
        const QPoint from = bench.toViewport(column.topLeft() - QPointF(20, 20));
        const QPoint to = bench.toViewport(column.bottomRight() + QPointF(20, 20));
        QTest::mousePress(bench.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(bench.viewport(), (from + to) / 2);
        QTest::mouseMove(bench.viewport(), to);
        QTest::mouseRelease(bench.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(bench.canvas->scene()->selectedIds(), (QStringList { u"public"_s, u"web"_s }));
        bench.canvas->view()->setFocus();

        // Delete removes both with their connections, as one undo step.
        QTest::keyClick(bench.canvas->view(), Qt::Key_Delete);
        QVERIFY(!bench.document.contains(u"web"_s));
        QVERIFY(!bench.document.contains(u"public"_s));
        QCOMPARE(bench.document.composition().connections.size(), 5);
        QVERIFY(!bench.canvas->scene()->edgeItem({ u"web"_s, u"api"_s, Connection::Kind::Calls }));
        bench.document.undoStack()->undo();
        QCOMPARE(bench.document.composition(), shop.composition);
        QVERIFY(bench.canvas->scene()->edgeItem({ u"web"_s, u"api"_s, Connection::Kind::Calls }));

        // A connection can be selected and deleted on its own.
        EdgeItem *edge = bench.canvas->scene()->edgeItem({ u"worker"_s, u"jobs"_s, Connection::Kind::Uses });
        QVERIFY(edge);
        QTest::mouseClick(bench.viewport(), Qt::LeftButton, {}, bench.toViewport(edge->path().pointAtPercent(0.5)));
        QCOMPARE(bench.canvas->scene()->selectedConnections().size(), 1);
        bench.canvas->view()->setFocus();
        QTest::keyClick(bench.canvas->view(), Qt::Key_Delete);
        QCOMPARE(bench.document.composition().connections.size(), 6);
        QVERIFY(bench.document.contains(u"worker"_s));
        bench.document.undoStack()->undo();
        QCOMPARE(bench.document.composition(), shop.composition);
    }

    void zoomAndArrange()
    {
        Bench bench;
        const CompositionLoadResult shop
            = CompositionFile::load(QStringLiteral(TARMAC_SOURCE_DIR "/examples/shop.tarmac.yaml"));
        bench.document.reset(shop.composition, shop.layout);
        bench.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bench.window));
        CompositionView *view = bench.canvas->view();
        view->setFocus();

        const double zoom = view->zoom();
        QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view->zoom() > zoom);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(view->zoom() < zoom);
        QWheelEvent wheel(QPointF(100, 100), view->viewport()->mapToGlobal(QPointF(100, 100)), {}, QPoint(0, 240),
            Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        const double beforeWheel = view->zoom();
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > beforeWheel);

        // Arrange: Graphviz puts callers left of what they call and use; one undo step.
        QSignalSpy finished(bench.canvas, &CompositionCanvas::layoutFinished);
        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QVERIFY2(bench.canvas->statusText().contains(u"Arranged"_s), qPrintable(bench.canvas->statusText()));
        const CompositionLayout arranged = bench.document.layout();
        QVERIFY(arranged != shop.layout);
        for (const Connection &connection : shop.composition.connections)
            QVERIFY(arranged.positions.value(connection.from).x() < arranged.positions.value(connection.to).x());
        // No two nodes overlap.
        const QStringList ids = arranged.positions.keys();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            for (qsizetype j = i + 1; j < ids.size(); ++j)
                QVERIFY(!QRectF(arranged.positions.value(ids.at(i)), NodeItem::size())
                        .intersects(QRectF(arranged.positions.value(ids.at(j)), NodeItem::size())));
        }
        QCOMPARE(bench.node(u"api"_s)->pos(), arranged.positions.value(u"api"_s));
        bench.document.undoStack()->undo();
        QCOMPARE(bench.document.layout(), shop.layout);
        QCOMPARE(bench.node(u"api"_s)->pos(), shop.layout.positions.value(u"api"_s));
    }

    void keyboardOnly()
    {
        // Every mouse action has a keyboard path: add from the palette with Enter (the page wires
        // that to addTemplate), select by Tab, connect through the Connect menu's rules.
        Bench bench;
        bench.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bench.window));
        const QString api = bench.canvas->addTemplate(u"go-http-service"_s);
        const QString queue = bench.canvas->addTemplate(u"queue"_s);
        QCOMPARE(api, u"go-http-service"_s);
        QCOMPARE(queue, u"queue"_s);
        QCOMPARE(bench.canvas->scene()->selectedIds(), QStringList { queue });
        QVERIFY(bench.canvas->statusText().contains(u"Added resource queue"_s));
        QVERIFY(bench.canvas->addTemplate(u"no-such-template"_s).isEmpty());
        QVERIFY(bench.canvas->statusText().contains(u"no-such-template"_s));
        for (QAction *action : bench.canvas->canvasActions())
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
        // Accessible names on the items say what they are.
        QCOMPARE(bench.node(api)->accessibleName(), u"Service go-http-service, go-http-service 1.0.0"_s);
        QVERIFY(bench.node(queue)->accessibleName().startsWith(u"Resource queue"_s));
    }
};

QTEST_MAIN(TestCompositionCanvas)
#include "tst_compositioncanvas.moc"
