// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

class QLineEdit;

namespace Tarmac {

class CompositionScene;

// The canvas's view: Ctrl+wheel zooms about the pointer, the middle button (or Space and drag)
// pans, a drag on empty canvas selects with a rubber band, arrow keys move the selection (Shift
// for fine steps), and F2 opens an inline editor for the selected node's id.
class CompositionView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CompositionView(CompositionScene *scene, QWidget *parent = nullptr);
    ~CompositionView() override;

    CompositionScene *compositionScene() const { return m_scene; }
    double zoom() const { return transform().m11(); }

    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToView();
    // Moves the selected nodes by delta, one undo step for a run of presses.
    void moveSelection(const QPointF &delta);
    // Opens the inline id editor over the selected node; false when not exactly one is selected.
    bool startRename();
    QLineEdit *renameEditor() const { return m_renameEditor; }

Q_SIGNALS:
    void statusMessage(const QString &text, bool error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void setZoom(double factor);
    void finishRename(bool apply);
    void placeRenameEditor();

    CompositionScene *m_scene;
    QLineEdit *m_renameEditor = nullptr;
    QString m_renaming;
    QPoint m_panOrigin;
    bool m_panning = false;
    bool m_spaceHeld = false;
};

}
