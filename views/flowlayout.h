// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>

#include <memory>
#include <vector>

class QAction;
class QToolButton;

namespace Tarmac {

// Lays its items out left to right and starts a new row when the next one does not fit, so that a
// row of buttons stays whole on a narrow window instead of hiding some behind an overflow arrow.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 2);
    ~FlowLayout() override;

    // A gap before the next item that starts a new group (where a toolbar puts a separator).
    void addGroupGap();
    // A text-only button for action, as a tool bar makes one, named after the action + "Button".
    // The layout must be set on a widget (the button's parent).
    QToolButton *addActionButton(QAction *action);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (only measures when apply is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    std::vector<std::unique_ptr<QLayoutItem>> m_items;
    std::vector<bool> m_gapBefore;
    bool m_pendingGap = false;
    int m_itemSpacing;
};

}
