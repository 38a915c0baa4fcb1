// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/graphlayout.h"

#include <QPointF>
#include <QThreadPool>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;

namespace Tarmac {

class CompositionDocument;
class FlowLayout;
class CompositionScene;
class CompositionView;
class TemplateCatalog;

// The composition canvas: a toolbar of actions (each with a shortcut and in the context menu, so
// that everything the mouse does has a keyboard path), the view, and a status line that says what
// happened or why not.
class CompositionCanvas : public QWidget {
    Q_OBJECT
public:
    CompositionCanvas(CompositionDocument *document, TemplateCatalog *catalog, QWidget *parent = nullptr);
    ~CompositionCanvas() override;

    CompositionScene *scene() const { return m_scene; }
    CompositionView *view() const { return m_view; }
    QString statusText() const;
    QList<QAction *> canvasActions() const;

    // Adds a node made from the named template with its top-left corner at scenePos (the view's
    // centre when null); returns the new node's id, or an empty string after saying why not.
    QString addTemplate(const QString &templateName, std::optional<QPointF> scenePos = std::nullopt);
    // Lays the composition out with Graphviz off the GUI thread; one undo step when it lands.
    void autoLayout();
    void waitForLayout() { m_layoutPool.waitForDone(); }

Q_SIGNALS:
    void selectionChanged(const QStringList &ids);
    void layoutFinished();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &shortcut, const QString &tip);
    void showStatus(const QString &text, bool error);
    void deleteSelection();
    void showConnectMenu();
    void updateActions();
    void applyLayout(const GraphLayout::Result &result, quint64 generation);

    CompositionDocument *m_document;
    TemplateCatalog *m_catalog;
    CompositionScene *m_scene;
    CompositionView *m_view;
    // The canvas actions as buttons that wrap onto a second row when the canvas is narrow, so that
    // none hides behind an overflow arrow.
    QWidget *m_toolBar;
    FlowLayout *m_toolLayout;
    QLabel *m_status;
    QAction *m_delete = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_layout = nullptr;
    QThreadPool m_layoutPool;
    quint64 m_layoutGeneration = 0;
};

}
