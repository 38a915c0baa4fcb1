// SPDX-License-Identifier: GPL-3.0-or-later
// The DORA Quick Check bridge: measured figures placed in the Quick Check's published answers and
// scored as it scores them (expected values worked out by hand from quickcheck.json's rules).
#include "metrics/quickcheck.h"
#include "metrics/quickcheckmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Tarmac::Metrics;

namespace {
constexpr double Hour = 3600;
constexpr double Day = 24 * Hour;
constexpr qint64 DayMs = 86400000;
using Metric = QuickCheck::Metric;

DoraSeries fourWeeks()
{
    DoraSeries series;
    series.range = { 1'735'689'600'000, 1'735'689'600'000 + 28 * DayMs };
    series.total.deployments = 56; // one every 12 hours
    series.total.leadTimeMedian = 2 * Day;
    series.total.recoveryMedian = 0.5 * Hour;
    series.total.changeFailureRate = 0.125;
    series.total.reworkRate = 0.05;
    return series;
}

const QuickCheck::Result &resultFor(const QList<QuickCheck::Result> &results, Metric metric)
{
    return *std::find_if(
        results.cbegin(), results.cend(), [metric](const QuickCheck::Result &r) { return r.metric == metric; });
}
}

class TestQuickCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shippedDataIsThePublishedCheck()
    {
        const QuickCheck &check = QuickCheck::shipped();
        QCOMPARE(check.year(), 2025);
        QVERIFY(check.source().contains(u"dora.dev/quickcheck"));
        const QList<QuickCheck::Answer> frequency = check.answers(Metric::DeploymentFrequency);
        QCOMPARE(frequency.size(), 6);
        QCOMPARE(frequency.constFirst().text, QStringLiteral("On demand (multiple deploys per day)"));
        QCOMPARE(frequency.constLast().text, QStringLiteral("Less than once per six months"));
        QCOMPARE(check.answers(Metric::LeadTime).constFirst().text, QStringLiteral("Less than one hour"));
        QCOMPARE(check.answers(Metric::RecoveryTime).constLast().text, QStringLiteral("More than six months"));
        QVERIFY(check.answers(Metric::ChangeFailureRate).isEmpty()); // answered as a percentage
        QCOMPARE(check.benchmark(Metric::ChangeFailureRate).mean, 7.564285714285715);
        QCOMPARE(check.benchmark(Metric::LeadTime).std, 2.4071428571428575);
    }

    void answerBuckets_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<int>("answer");
        QTest::addColumn<double>("score");
        const int lead = int(Metric::LeadTime);
        QTest::newRow("59 minutes") << lead << 59 * 60.0 << 6 << 10.0;
        QTest::newRow("one hour is no longer less than one") << lead << Hour << 5 << 8.0;
        QTest::newRow("three days") << lead << 3 * Day << 4 << 6.0;
        QTest::newRow("two weeks") << lead << 14 * Day << 3 << 4.0;
        QTest::newRow("forty days") << lead << 40 * Day << 2 << 2.0;
        QTest::newRow("two hundred days") << lead << 200 * Day << 1 << 0.0;
        const int frequency = int(Metric::DeploymentFrequency);
        QTest::newRow("every 20 minutes") << frequency << 20 * 60.0 << 6 << 10.0;
        QTest::newRow("every 12 hours") << frequency << 12 * Hour << 5 << 8.0;
        QTest::newRow("every other day") << frequency << 2 * Day << 4 << 6.0;
        QTest::newRow("every 90 days") << frequency << 90 * Day << 2 << 2.0;
        const int recovery = int(Metric::RecoveryTime);
        QTest::newRow("recovered in 23 hours") << recovery << 23 * Hour << 5 << 8.0;
    }
    void answerBuckets()
    {
        QFETCH(int, metric);
        QFETCH(double, seconds);
        QFETCH(int, answer);
        QFETCH(double, score);
        const auto found = QuickCheck::shipped().answerFor(Metric(metric), seconds);
        QVERIFY(found);
        QCOMPARE(found->answer, answer);
        QCOMPARE(QuickCheck::answerScore(found->answer), score);
    }

    void percentagesScoreDownFromTen()
    {
        QCOMPARE(QuickCheck::percentageScore(0.0), 10.0);
        QCOMPARE(QuickCheck::percentageScore(0.125), 8.75);
        QCOMPARE(QuickCheck::percentageScore(1.0), 0.0);
    }

    void throughputAndStabilityOfASeries()
    {
        const QList<QuickCheck::Result> results = QuickCheck::shipped().assess(fourWeeks());
        QCOMPARE(results.size(), 5);
        // 28 days / 56 deployments = 12 h between deployments: "between once per hour and once per day".
        QCOMPARE(resultFor(results, Metric::DeploymentFrequency).measured, 12 * Hour);
        QCOMPARE(resultFor(results, Metric::DeploymentFrequency).answer->answer, 5);
        QCOMPARE(resultFor(results, Metric::LeadTime).score, 6.0); // 2 days: "one day to one week"
        QCOMPARE(resultFor(results, Metric::RecoveryTime).score, 10.0); // 30 min: "less than one hour"
        QCOMPARE(resultFor(results, Metric::ChangeFailureRate).score, 8.75);
        QCOMPARE(resultFor(results, Metric::ReworkRate).score, 9.5);
        QCOMPARE(QuickCheck::throughputScore(results), (8.0 + 6.0 + 10.0) / 3);
        QCOMPARE(QuickCheck::stabilityScore(results), (8.75 + 9.5) / 2);
    }

    void missingFiguresGiveNoScore()
    {
        DoraSeries series = fourWeeks();
        series.total.recoveryMedian.reset();
        series.total.deployments = 0;
        series.total.changeFailureRate.reset();
        const QList<QuickCheck::Result> results = QuickCheck::shipped().assess(series);
        QCOMPARE(resultFor(results, Metric::DeploymentFrequency).measured, std::nullopt);
        QCOMPARE(resultFor(results, Metric::RecoveryTime).score, std::nullopt);
        QCOMPARE(QuickCheck::throughputScore(results), std::nullopt);
        QCOMPARE(QuickCheck::stabilityScore(results), std::nullopt);
        QCOMPARE(resultFor(results, Metric::LeadTime).score, 6.0); // what was measured still scores
    }

    void modelShowsEachMetric()
    {
        QuickCheckModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSeries(fourWeeks());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(QuickCheckModel::ColumnCount));
        const int frequencyRow = int(QuickCheck::metrics().indexOf(Metric::DeploymentFrequency));
        QCOMPARE(model.index(frequencyRow, QuickCheckModel::AnswerColumn).data().toString(),
            QStringLiteral("Between once per hour and once per day"));
        QCOMPARE(model.index(frequencyRow, 0).data(QuickCheckModel::ScoreRole).toDouble(), 8.0);
        QCOMPARE(model.throughputScore(), 8.0);
        model.setSeries(DoraSeries {});
        QCOMPARE(model.index(frequencyRow, 0).data(QuickCheckModel::ScoreRole), QVariant());
        QCOMPARE(model.throughputScore(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestQuickCheck)
#include "tst_quickcheck.moc"
