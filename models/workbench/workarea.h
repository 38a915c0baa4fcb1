// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Tarmac {

// The workbench's four work areas, one page each, in sidebar order.
enum class WorkArea {
    Compose,
    Deploy,
    Metrics,
    Assess,
};

QList<WorkArea> allWorkAreas();

// Stable, untranslated name used on the command line (--page) and in settings.
QString workAreaId(WorkArea area);
std::optional<WorkArea> workAreaFromId(const QString &id);

// The work area that opens a document, by its file name: *.tarmac.yaml compositions in Compose,
// *.tarmac-assessment.yaml sessions in Assess.
std::optional<WorkArea> workAreaForDocument(const QString &fileName);

}
