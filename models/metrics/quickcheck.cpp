// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/quickcheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tarmac::Metrics {

namespace {
QString keyOf(QuickCheck::Metric metric)
{
    switch (metric) {
    case QuickCheck::Metric::LeadTime:
        return QStringLiteral("leadTime");
    case QuickCheck::Metric::DeploymentFrequency:
        return QStringLiteral("deploymentFrequency");
    case QuickCheck::Metric::RecoveryTime:
        return QStringLiteral("recoveryTime");
    case QuickCheck::Metric::ChangeFailureRate:
        return QStringLiteral("changeFailureRate");
    case QuickCheck::Metric::ReworkRate:
        return QStringLiteral("reworkRate");
    }
    return {};
}

std::optional<double> meanOf(const QList<QuickCheck::Result> &results, const QList<QuickCheck::Metric> &metrics)
{
    double sum = 0;
    for (QuickCheck::Metric metric : metrics) {
        const auto it = std::find_if(
            results.cbegin(), results.cend(), [metric](const QuickCheck::Result &r) { return r.metric == metric; });
        if (it == results.cend() || !it->score)
            return std::nullopt;
        sum += *it->score;
    }
    return sum / double(metrics.size());
}
}

const QuickCheck &QuickCheck::shipped()
{
    static const QuickCheck check = [] {
        QFile file(QStringLiteral(":/metrics/quickcheck.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QuickCheck {};
        return fromJson(file.readAll()).value_or(QuickCheck {});
    }();
    return check;
}

QList<QuickCheck::Metric> QuickCheck::metrics()
{
    return { Metric::LeadTime, Metric::DeploymentFrequency, Metric::RecoveryTime, Metric::ChangeFailureRate,
        Metric::ReworkRate };
}

std::optional<QuickCheck> QuickCheck::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject metrics = root.value(QLatin1String("metrics")).toObject();
    if (metrics.isEmpty())
        return std::nullopt;
    QuickCheck check;
    check.m_year = root.value(QLatin1String("year")).toInt();
    check.m_source = root.value(QLatin1String("source")).toString();
    check.m_benchmarkName = root.value(QLatin1String("benchmarkName")).toString();
    for (Metric metric : QuickCheck::metrics()) {
        const QJsonObject m = metrics.value(keyOf(metric)).toObject();
        if (m.isEmpty())
            return std::nullopt;
        const QJsonObject benchmark = m.value(QLatin1String("benchmark")).toObject();
        check.m_benchmarks.insert(int(metric),
            { benchmark.value(QLatin1String("mean")).toDouble(), benchmark.value(QLatin1String("std")).toDouble() });
        QList<Answer> answers;
        for (const QJsonValue &a : m.value(QLatin1String("answers")).toArray()) {
            const QJsonObject o = a.toObject();
            const QJsonValue below = o.value(QLatin1String("below"));
            answers.append({ o.value(QLatin1String("answer")).toInt(), o.value(QLatin1String("text")).toString(),
                below.isDouble() ? std::optional<double>(below.toDouble()) : std::nullopt });
        }
        check.m_answers.insert(int(metric), answers);
    }
    return check;
}

std::optional<QuickCheck::Answer> QuickCheck::answerFor(Metric metric, double seconds) const
{
    // Answers are listed from the shortest range up; the last one is open-ended.
    for (const Answer &answer : m_answers.value(int(metric))) {
        if (!answer.below || seconds < *answer.below)
            return answer;
    }
    return std::nullopt;
}

double QuickCheck::answerScore(int answer)
{
    return double(answer - 1) / 5.0 * 10.0;
}

double QuickCheck::percentageScore(double fraction)
{
    return (100.0 - fraction * 100.0) / 10.0;
}

QList<QuickCheck::Result> QuickCheck::assess(const DoraSeries &series) const
{
    const DoraPoint &total = series.total;
    std::optional<double> betweenDeployments;
    if (total.deployments > 0)
        betweenDeployments = double(series.range.to - series.range.from) / 1000.0 / double(total.deployments);
    QList<Result> results;
    for (Metric metric : metrics()) {
        Result r;
        r.metric = metric;
        r.benchmark = benchmark(metric);
        switch (metric) {
        case Metric::LeadTime:
            r.measured = total.leadTimeMedian;
            break;
        case Metric::DeploymentFrequency:
            r.measured = betweenDeployments;
            break;
        case Metric::RecoveryTime:
            r.measured = total.recoveryMedian;
            break;
        case Metric::ChangeFailureRate:
            r.measured = total.changeFailureRate;
            break;
        case Metric::ReworkRate:
            r.measured = total.reworkRate;
            break;
        }
        if (r.measured) {
            if (metric == Metric::ChangeFailureRate || metric == Metric::ReworkRate) {
                r.score = percentageScore(*r.measured);
            } else {
                r.answer = answerFor(metric, *r.measured);
                if (r.answer)
                    r.score = answerScore(r.answer->answer);
            }
        }
        results.append(r);
    }
    return results;
}

std::optional<double> QuickCheck::throughputScore(const QList<Result> &results)
{
    return meanOf(results, { Metric::LeadTime, Metric::DeploymentFrequency, Metric::RecoveryTime });
}

std::optional<double> QuickCheck::stabilityScore(const QList<Result> &results)
{
    return meanOf(results, { Metric::ChangeFailureRate, Metric::ReworkRate });
}

}
