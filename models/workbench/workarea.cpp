// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/workarea.h"

namespace Tarmac {

QList<WorkArea> allWorkAreas()
{
    return { WorkArea::Compose, WorkArea::Deploy, WorkArea::Metrics, WorkArea::Assess };
}

QString workAreaId(WorkArea area)
{
    switch (area) {
    case WorkArea::Compose:
        return QStringLiteral("compose");
    case WorkArea::Deploy:
        return QStringLiteral("deploy");
    case WorkArea::Metrics:
        return QStringLiteral("metrics");
    case WorkArea::Assess:
        return QStringLiteral("assess");
    }
    Q_UNREACHABLE_RETURN(QString());
}

std::optional<WorkArea> workAreaFromId(const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    for (WorkArea area : allWorkAreas()) {
        if (workAreaId(area) == wanted)
            return area;
    }
    return std::nullopt;
}

std::optional<WorkArea> workAreaForDocument(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".tarmac-assessment.yaml"), Qt::CaseInsensitive))
        return WorkArea::Assess;
    if (fileName.endsWith(QLatin1String(".tarmac.yaml"), Qt::CaseInsensitive))
        return WorkArea::Compose;
    return std::nullopt;
}

}
