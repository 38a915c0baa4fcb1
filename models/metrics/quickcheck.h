// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/doraseries.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Tarmac::Metrics {

// The DORA Quick Check (dora.dev/quickcheck) as data (quickcheck.json): its answer options, its
// 0-10 scores and its published benchmark. Measured figures are placed in the answer whose words
// they fit, then scored as the Quick Check scores that answer.
class QuickCheck {
public:
    enum class Metric { LeadTime, DeploymentFrequency, RecoveryTime, ChangeFailureRate, ReworkRate };
    struct Benchmark {
        double mean = 0;
        double std = 0;
    };
    struct Answer {
        int answer = 0; // 1 (worst) to 6 (best)
        QString text;
        std::optional<double> below; // seconds; none for the last, open-ended answer
    };
    // One metric of the check for a measured series.
    struct Result {
        Metric metric = Metric::LeadTime;
        std::optional<double> measured; // seconds, or a fraction for the rates; none: nothing to measure
        std::optional<Answer> answer; // the answer bucket (not for the rates, answered as a percentage)
        std::optional<double> score; // 0-10, 10 best
        Benchmark benchmark;
    };

    // The table shipped with Tarmac (a resource); empty metrics if it could not be read.
    static const QuickCheck &shipped();
    static QList<Metric> metrics();

    int year() const { return m_year; }
    QString source() const { return m_source; }
    QString benchmarkName() const { return m_benchmarkName; }
    QList<Answer> answers(Metric metric) const { return m_answers.value(int(metric)); }
    Benchmark benchmark(Metric metric) const { return m_benchmarks.value(int(metric)); }

    // The answer whose range holds a duration (or an average time between deployments), in seconds.
    std::optional<Answer> answerFor(Metric metric, double seconds) const;
    // The Quick Check's scores: an answer 1-6 maps linearly to 0-10; a percentage p to (100 - p) / 10.
    static double answerScore(int answer);
    static double percentageScore(double fraction);

    // The series' whole-range figures through the check: lead time and recovery medians, the
    // average time between deployments, change failure and rework rates.
    QList<Result> assess(const DoraSeries &series) const;
    // Throughput: the mean of lead time, deployment frequency and recovery time scores; stability:
    // the mean of change fail and rework rate scores. None unless every part has a score.
    static std::optional<double> throughputScore(const QList<Result> &results);
    static std::optional<double> stabilityScore(const QList<Result> &results);

    static std::optional<QuickCheck> fromJson(const QByteArray &json);

private:
    int m_year = 0;
    QString m_source;
    QString m_benchmarkName;
    QHash<int, QList<Answer>> m_answers;
    QHash<int, Benchmark> m_benchmarks;
};

}
