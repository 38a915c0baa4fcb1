// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationsidebar.h"

namespace Tarmac {

NavigationSidebar::NavigationSidebar(QWidget *parent)
    : QListView(parent)
{
    setObjectName(QStringLiteral("navigationSidebar"));
    setAccessibleName(tr("Work areas"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    setIconSize(QSize(26, 26));
    setSpacing(4);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
}

NavigationSidebar::~NavigationSidebar() = default;

QSize NavigationSidebar::sizeHint() const
{
    int width = 0;
    if (model()) {
        for (int row = 0; row < model()->rowCount(); ++row)
            width = qMax(width, sizeHintForRow(row) > 0 ? sizeHintForColumn(0) : 0);
    }
    return { qMax(width + 2 * spacing() + 16, 140), QListView::sizeHint().height() };
}

}
