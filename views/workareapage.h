// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/workarea.h"

#include <QWidget>

namespace Tarmac {

// A work area's page before its feature lands: says what the page is for and what it will hold,
// without pretending to have data.
class WorkAreaPage : public QWidget {
    Q_OBJECT
public:
    explicit WorkAreaPage(WorkArea area, QWidget *parent = nullptr);
    ~WorkAreaPage() override;

    WorkArea workArea() const { return m_area; }

private:
    static QStringList plannedContents(WorkArea area);

    WorkArea m_area;
};

}
