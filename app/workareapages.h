// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/workarea.h"

class QUndoGroup;
class QWidget;

namespace Tarmac {

class PlatformConnection;

// What every page may use from the workbench around it.
struct WorkbenchContext {
    PlatformConnection *platform = nullptr;
    // Pages that edit documents add their QUndoStack here; Edit > Undo/Redo follow the active one.
    QUndoGroup *undoGroup = nullptr;
};

// The page widget for a work area. One place that knows which widget serves which area.
QWidget *createWorkAreaPage(WorkArea area, const WorkbenchContext &context, QWidget *parent);

}
