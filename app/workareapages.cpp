// SPDX-License-Identifier: GPL-3.0-or-later
#include "workareapages.h"

#include "assessment/assessmentpage.h"
#include "deploy/deploypage.h"
#include "metrics/metricspage.h"
#include "templates/composepage.h"
#include "workareapage.h"

namespace Tarmac {

QWidget *createWorkAreaPage(WorkArea area, const WorkbenchContext &context, QWidget *parent)
{
    QWidget *page = nullptr;
    switch (area) {
    case WorkArea::Compose: {
        auto *compose = new ComposePage(context.undoGroup, parent);
        if (context.platform)
            compose->setPlatform(context.platform);
        page = compose;
        break;
    }
    case WorkArea::Deploy:
        page = new DeployPage(context.platform, parent);
        break;
    case WorkArea::Metrics:
        page = new MetricsPage(context.platform, parent);
        break;
    case WorkArea::Assess:
        page = new AssessmentPage(context.undoGroup, context.platform, parent);
        break;
    }
    // Tests and settings find pages by this name.
    page->setObjectName(workAreaId(area) + QStringLiteral("Page"));
    return page;
}

}
