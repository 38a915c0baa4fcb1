// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/platformevidence.h"

#include "metrics/dorametric.h"
#include "metrics/doraseries.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tarmac {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::PlatformEvidence", text);
}
}

QString PlatformFigure::text() const
{
    if (band.isEmpty())
        return tr("%1: %2").arg(title, value);
    return tr("%1: %2 (%3)").arg(title, band, value);
}

QStringList platformEvidenceIds()
{
    return { u"deployment-frequency"_s, u"lead-time-for-changes"_s, u"change-failure-rate"_s,
        u"failed-deployment-recovery-time"_s, u"golden-path-share"_s };
}

QList<PlatformFigure> platformFigures(
    const QStringList &metrics, const Metrics::DoraSeries &dora, const Metrics::AdoptionSeries &adoption)
{
    using namespace Metrics;
    const QString nothing = tr("nothing measured in the range");
    const auto bandOf = [](const std::optional<Band> &band) { return band ? bandName(*band) : QString(); };
    QList<PlatformFigure> figures;
    for (const QString &metric : metrics) {
        PlatformFigure figure { metric, {}, nothing, {} };
        if (metric == u"deployment-frequency") {
            figure.title = metricTitle(DoraMetric::DeploymentFrequency);
            if (dora.medianDeployDaysPerWeek && dora.total.deployments > 0)
                figure.value = tr("median %1 deploy days a week, %2 deployments")
                                   .arg(*dora.medianDeployDaysPerWeek, 0, 'f', 1)
                                   .arg(dora.total.deployments);
            figure.band = bandOf(dora.deploymentFrequencyBand);
        } else if (metric == u"lead-time-for-changes") {
            figure.title = metricTitle(DoraMetric::LeadTimeMedian);
            if (dora.total.leadTimeMedian)
                figure.value = formatDuration(*dora.total.leadTimeMedian);
            figure.band = bandOf(dora.leadTimeBand);
        } else if (metric == u"change-failure-rate") {
            figure.title = metricTitle(DoraMetric::ChangeFailureRate);
            if (dora.total.changeFailureRate)
                figure.value = formatMetricValue(DoraMetric::ChangeFailureRate, *dora.total.changeFailureRate * 100);
            figure.band = bandOf(dora.changeFailureRateBand);
        } else if (metric == u"failed-deployment-recovery-time") {
            figure.title = metricTitle(DoraMetric::RecoveryTime);
            if (dora.total.recoveryMedian)
                figure.value = formatDuration(*dora.total.recoveryMedian);
            figure.band = bandOf(dora.recoveryTimeBand);
        } else if (metric == u"golden-path-share") {
            figure.title = tr("Golden-path share");
            if (adoption.goldenPathShare)
                figure.value
                    = tr("%1% of %2 services").arg(*adoption.goldenPathShare * 100, 0, 'f', 0).arg(adoption.services);
        } else {
            continue;
        }
        figures.append(figure);
    }
    return figures;
}

QString metricsScopeOf(const AssessmentScope &scope)
{
    if (scope.kind == u"organisation")
        return u"all"_s;
    if (scope.kind == u"team" && !scope.name.trimmed().isEmpty())
        return u"team:"_s + scope.name.trimmed();
    return {};
}

Evidence evidenceFrom(const PlatformFigure &figure, const QString &source, const QDateTime &measuredAt)
{
    Evidence evidence;
    evidence.kind = u"metric"_s;
    evidence.metric = figure.metric;
    evidence.text = figure.text();
    evidence.source = source;
    evidence.at = measuredAt.toUTC();
    return evidence;
}

bool hasEvidence(const CapabilityRecord &record, const PlatformFigure &figure)
{
    const QString text = figure.text();
    return std::any_of(record.evidence.cbegin(), record.evidence.cend(),
        [&](const Evidence &evidence) { return evidence.metric == figure.metric && evidence.text == text; });
}

}
