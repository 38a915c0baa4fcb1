// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QAction>
#include <QToolButton>
#include <QWidget>

namespace Tarmac {

namespace {
constexpr int groupGap = 10;
}

FlowLayout::FlowLayout(QWidget *parent, int spacing)
    : QLayout(parent)
    , m_itemSpacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() = default;

void FlowLayout::addGroupGap()
{
    m_pendingGap = !m_items.empty();
}

QToolButton *FlowLayout::addActionButton(QAction *action)
{
    Q_ASSERT(parentWidget());
    auto *button = new QToolButton(parentWidget());
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // the shortcuts are the keyboard path, as on a tool bar
    addWidget(button);
    return button;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.emplace_back(item);
    m_gapBefore.push_back(m_pendingGap);
    m_pendingGap = false;
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < count() ? m_items.at(std::size_t(index)).get() : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    QLayoutItem *item = m_items.at(std::size_t(index)).release();
    m_items.erase(m_items.begin() + index);
    m_gapBefore.erase(m_gapBefore.begin() + index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::sizeHint() const
{
    // One row when there is room for it.
    int width = 0;
    int height = 0;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i]->isEmpty())
            continue;
        const QSize hint = m_items[i]->sizeHint();
        width += hint.width() + (width > 0 ? m_itemSpacing + (m_gapBefore[i] ? groupGap : 0) : 0);
        height = std::max(height, hint.height());
    }
    const QMargins margins = contentsMargins();
    return { width + margins.left() + margins.right(), height + margins.top() + margins.bottom() };
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const auto &item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int x = area.x();
    int y = area.y();
    int rowHeight = 0;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        QLayoutItem *item = m_items[i].get();
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        const int gap = x > area.x() ? m_itemSpacing + (m_gapBefore[i] ? groupGap : 0) : 0;
        if (x > area.x() && x + gap + hint.width() > area.right() + 1) {
            x = area.x();
            y += rowHeight + m_itemSpacing;
            rowHeight = 0;
        } else {
            x += gap;
        }
        if (apply)
            item->setGeometry(QRect(QPoint(x, y), hint));
        x += hint.width();
        rowHeight = std::max(rowHeight, hint.height());
    }
    const QMargins margins = contentsMargins();
    return y + rowHeight - rect.y() + margins.bottom();
}

}
