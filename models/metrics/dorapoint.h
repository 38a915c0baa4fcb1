// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Tarmac::Metrics {

// One bucket of the DORA series, as the API reports it (definitions in DESIGN.md). Durations are
// seconds; a rate is a fraction in [0, 1]; an absent optional means "nothing to measure".
struct DoraPoint {
    qint64 from = 0; // ms since the epoch, UTC; [from, to)
    qint64 to = 0;
    qint64 deployments = 0;
    qint64 deployDays = 0;
    std::optional<double> leadTimeMedian;
    std::optional<double> leadTimeP90;
    qint64 leadTimeChanges = 0;
    qint64 leadTimeDropped = 0; // non-positive lead times, left out
    qint64 failedDeployments = 0;
    std::optional<double> changeFailureRate;
    std::optional<double> recoveryMedian;
    qint64 recoveredFailures = 0;
    qint64 openFailures = 0; // failed, not yet recovered: counted, not timed
    qint64 reworkDeployments = 0;
    std::optional<double> reworkRate;
    std::optional<double> timeToRestoreMedian;
    qint64 incidentsOpened = 0;
    qint64 unresolvedIncidents = 0;
    qint64 unattributedIncidents = 0;
    qint64 deploymentsWithoutChanges = 0; // counted deployments that shipped no change
    // The ids behind the numbers, filled only when asked for.
    bool hasIds = false;
    QStringList deploymentIds;
    QStringList failedDeploymentIds;
    QStringList changeIds;
    QStringList incidentIds;
    // Subsets of the lists above, for the data-quality notes beside them.
    QStringList reworkDeploymentIds;
    QStringList openFailureIds; // failed deployments not yet recovered
    QStringList droppedChangeIds; // non-positive lead times
    QStringList unattributedIncidentIds;
    QStringList deploymentWithoutChangesIds;

    QJsonObject toJson() const;
    static DoraPoint fromJson(const QJsonObject &json);
};

// Milliseconds since the epoch as RFC 3339 UTC with a Z, and back (none unless an offset is given).
QString formatTimestamp(qint64 ms);
std::optional<qint64> parseTimestamp(const QString &text);

}
