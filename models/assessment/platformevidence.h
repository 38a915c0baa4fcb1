// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessmentsession.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Tarmac::Metrics {
struct AdoptionSeries;
struct DoraSeries;
}

namespace Tarmac {

// Live evidence from the platform beside the votes. A model names, per capability, which measured
// figures bear on it (its `platform-evidence` list, data in the model file).
struct PlatformFigure {
    QString metric; // one of platformEvidenceIds()
    QString title; // "Deployment frequency"
    QString value; // "4.0 deploy days a week"
    QString band; // "elite"; empty where the figure has no band (golden-path share)

    // "Deployment frequency: elite (4.0 deploy days a week)"
    QString text() const;
    friend bool operator==(const PlatformFigure &, const PlatformFigure &) = default;
};

// deployment-frequency, lead-time-for-changes, change-failure-rate, failed-deployment-recovery-time,
// golden-path-share
QStringList platformEvidenceIds();

// The figures for these ids from the platform's DORA and adoption answers, in the order asked;
// a figure with nothing measured says so rather than being left out.
QList<PlatformFigure> platformFigures(
    const QStringList &metrics, const Metrics::DoraSeries &dora, const Metrics::AdoptionSeries &adoption);

// The session's scope as the metrics API takes it: the organisation is "all", a team "team:NAME".
// Empty for a unit, which the platform does not know.
QString metricsScopeOf(const AssessmentScope &scope);

// Evidence to keep in the session: the figure, where it came from and when it was measured.
Evidence evidenceFrom(const PlatformFigure &figure, const QString &source, const QDateTime &measuredAt);
// Whether record holds this figure already (same metric, same text).
bool hasEvidence(const CapabilityRecord &record, const PlatformFigure &figure);

}
