// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/dorabands.h"
#include "metrics/dorapoint.h"
#include "metrics/timebuckets.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tarmac::Metrics {

struct MetricWarning {
    QString code; // non_positive_lead_times, unattributed_incidents, open_failures, deployments_without_changes
    qint64 count = 0;
    QString message;
};

// GET /metrics/dora as a value: the series per bucket, the whole range, the bands of the report year.
struct DoraSeries {
    TimeSpan range;
    Bucket bucket = Bucket::Week;
    QString scopeKind; // all, team, service, environment, path
    QString scopeName;
    QList<DoraPoint> points;
    DoraPoint total;
    DoraBands bands;
    std::optional<Band> deploymentFrequencyBand;
    std::optional<Band> leadTimeBand;
    std::optional<Band> changeFailureRateBand;
    std::optional<Band> recoveryTimeBand;
    std::optional<double> medianDeployDaysPerWeek;
    QList<MetricWarning> warnings;

    // Checks the shape the API promises (api/openapi.yaml); on a mismatch returns none and says
    // which field, e.g. "points[3].leadTime.median: expected a number or null".
    static std::optional<DoraSeries> fromJson(const QJsonObject &json, QString *error);
};

struct TemplateCount {
    QString templateName; // empty: not from a template
    QString version;
    qint64 services = 0;
};

struct AdoptionPoint {
    qint64 from = 0;
    qint64 to = 0;
    qint64 deploymentsFromTarmac = 0;
    qint64 deploymentsFromOtherSystems = 0;
    qint64 activeDeployers = 0; // a count of distinct deployers, never who
    qint64 servicesCreated = 0;
    std::optional<double> goldenPathShare;
    QList<TemplateCount> servicesByTemplate; // version left empty
};

// GET /metrics/adoption as a value.
struct AdoptionSeries {
    TimeSpan range;
    Bucket bucket = Bucket::Week;
    qint64 services = 0;
    qint64 servicesFromTemplates = 0;
    qint64 teamsOnboarded = 0;
    qint64 servicesBehindNewestTemplateVersion = 0;
    std::optional<double> goldenPathShare;
    std::optional<double> timeToFirstDeployMedian; // seconds
    QList<double> timeToFirstDeploy; // seconds, ascending, one per service created in the range
    QList<TemplateCount> templates;
    QList<AdoptionPoint> points;

    static std::optional<AdoptionSeries> fromJson(const QJsonObject &json, QString *error);
};

}
