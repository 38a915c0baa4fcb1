// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace Tarmac {

// The list of work areas down the left of the main window.
class NavigationSidebar : public QListView {
    Q_OBJECT
public:
    explicit NavigationSidebar(QWidget *parent = nullptr);
    ~NavigationSidebar() override;

    QSize sizeHint() const override;
};

}
