// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/categorycountmodel.h"
#include "metrics/dorametric.h"
#include "metrics/doraseries.h"
#include "metrics/timevaluemodel.h"

#include <QList>

namespace Tarmac::Metrics {

// What each chart shows, computed from the API's series: one place for it, shared by the page,
// the CSV export and tarmacctl.
QList<TimeValue> doraChartPoints(const DoraSeries &series, DoraMetric metric);

enum class AdoptionMetric {
    GoldenPathShare,
    DeploymentsFromTarmac,
    DeploymentsFromOtherSystems,
    ActiveDeployers,
    ServicesCreated
};
QString adoptionTitle(AdoptionMetric metric);
QList<TimeValue> adoptionChartPoints(const AdoptionSeries &series, AdoptionMetric metric);

// Services per template (rows) and version (columns), for the version-lag bars.
void fillTemplateVersions(CategoryCountModel *model, const AdoptionSeries &series);
// Live services per template (columns) at the end of each bucket (rows).
void fillTemplateUsage(CategoryCountModel *model, const AdoptionSeries &series);
// Services by time to first deploy, in ranges of days.
void fillTimeToFirstDeploy(CategoryCountModel *model, const AdoptionSeries &series);

// A series as CSV: a header, then one line per point (start, end, value), times in RFC 3339.
QByteArray toCsv(const QString &valueName, const QList<TimeValue> &points);
// The API's numbers per bucket as CSV, in the API's units (seconds, fractions), empty for null;
// numbers with enough digits to read back exactly.
QByteArray doraCsv(const DoraSeries &series);
QByteArray adoptionCsv(const AdoptionSeries &series);

}
