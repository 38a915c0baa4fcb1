// SPDX-License-Identifier: GPL-3.0-or-later
// The DORA definitions of DESIGN.md that the workbench and the server share: buckets (UTC, weeks
// from Monday, months), median, nearest-rank p90, bands from data, RFC 3339 times.
#include "metrics/dorabands.h"
#include "metrics/dorapoint.h"
#include "metrics/statistics.h"
#include "metrics/timebuckets.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Tarmac::Metrics;

namespace {
qint64 at(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toMSecsSinceEpoch();
}
}

class TestMetricDefinitions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void medianOfOddAndEvenCounts()
    {
        QCOMPARE(median({}), std::nullopt);
        QCOMPARE(median({ 7 }), 7.0);
        QCOMPARE(median({ 9, 1, 5 }), 5.0);
        // Even count: the mean of the two middle values.
        QCOMPARE(median({ 4, 1, 3, 2 }), 2.5);
        QCOMPARE(median({ 10, 20 }), 15.0);
    }

    void nearestRankP90()
    {
        QCOMPARE(nearestRankPercentile({}, 90), std::nullopt);
        QCOMPARE(nearestRankPercentile({ 5 }, 90), 5.0);
        // n = 10: ceil(9) = 9th smallest.
        QCOMPARE(nearestRankPercentile({ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 90), 9.0);
        // n = 11: ceil(9.9) = 10th.
        QCOMPARE(nearestRankPercentile({ 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 }, 90), 10.0);
        // n = 2: ceil(1.8) = 2nd.
        QCOMPARE(nearestRankPercentile({ 1, 100 }, 90), 100.0);
        QCOMPARE(nearestRank(20, 90), 18);
        QCOMPARE(nearestRank(21, 90), 19);
    }

    void weeksStartOnMonday()
    {
        // 2024-01-04 was a Thursday; its week starts Monday 2024-01-01.
        QCOMPARE(bucketStart(at("2024-01-04T15:00:00Z"), Bucket::Week), at("2024-01-01T00:00:00Z"));
        // A Sunday belongs to the week that began six days before.
        QCOMPARE(bucketStart(at("2024-01-07T23:59:59Z"), Bucket::Week), at("2024-01-01T00:00:00Z"));
        QCOMPARE(bucketStart(at("2024-01-08T00:00:00Z"), Bucket::Week), at("2024-01-08T00:00:00Z"));
        // Before the epoch too (1969-12-31 was a Wednesday).
        QCOMPARE(bucketStart(at("1969-12-31T12:00:00Z"), Bucket::Week), at("1969-12-29T00:00:00Z"));
    }

    void daysAndMonthsInUtc()
    {
        QCOMPARE(bucketStart(at("2024-02-29T23:59:59Z"), Bucket::Day), at("2024-02-29T00:00:00Z"));
        QCOMPARE(bucketStart(at("2024-02-29T23:59:59Z"), Bucket::Month), at("2024-02-01T00:00:00Z"));
        QCOMPARE(nextBucketStart(at("2024-02-01T00:00:00Z"), Bucket::Month), at("2024-03-01T00:00:00Z"));
        QCOMPARE(nextBucketStart(at("2024-12-01T00:00:00Z"), Bucket::Month), at("2025-01-01T00:00:00Z"));
    }

    void bucketsAreClippedToTheRange()
    {
        const QList<TimeSpan> weeks
            = bucketsOf({ at("2024-01-03T00:00:00Z"), at("2024-01-20T00:00:00Z") }, Bucket::Week);
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks.at(0), (TimeSpan { at("2024-01-03T00:00:00Z"), at("2024-01-08T00:00:00Z") }));
        QCOMPARE(weeks.at(1), (TimeSpan { at("2024-01-08T00:00:00Z"), at("2024-01-15T00:00:00Z") }));
        QCOMPARE(weeks.at(2), (TimeSpan { at("2024-01-15T00:00:00Z"), at("2024-01-20T00:00:00Z") }));
        QVERIFY(bucketsOf({ at("2024-01-03T00:00:00Z"), at("2024-01-03T00:00:00Z") }, Bucket::Day).isEmpty());
        QCOMPARE(bucketsOf({ at("2024-01-01T00:00:00Z"), at("2025-01-01T00:00:00Z") }, Bucket::Month).size(), 12);
        QCOMPARE(bucketsOf({ at("2024-01-01T00:00:00Z"), at("2025-01-01T00:00:00Z") }, Bucket::Day).size(), 366);
    }

    void bandsComeFromData()
    {
        QVERIFY(DoraBands::years().contains(2023));
        QCOMPARE(DoraBands::forYear(1999), std::nullopt);
        const DoraBands bands = *DoraBands::forYear(DoraBands::defaultYear());
        QCOMPARE(bands.deploymentFrequency(5, 20), Band::Elite);
        QCOMPARE(bands.deploymentFrequency(4.5, 20), Band::High);
        QCOMPARE(bands.deploymentFrequency(1, 4), Band::High);
        QCOMPARE(bands.deploymentFrequency(0.5, 2), Band::Medium);
        QCOMPARE(bands.deploymentFrequency(0, 0.5), Band::Low);
        QCOMPARE(bands.leadTime(86399), Band::Elite);
        QCOMPARE(bands.leadTime(86400), Band::High);
        QCOMPARE(bands.leadTime(604800), Band::Medium);
        QCOMPARE(bands.leadTime(30 * 86400), Band::Low);
        QCOMPARE(bands.changeFailureRate(0.05), Band::Elite);
        QCOMPARE(bands.changeFailureRate(0.1), Band::High);
        QCOMPARE(bands.changeFailureRate(0.15), Band::Medium);
        QCOMPARE(bands.changeFailureRate(0.16), Band::Low);
        QCOMPARE(bands.recoveryTime(3599), Band::Elite);
        QCOMPARE(bands.recoveryTime(3600), Band::High);
        QCOMPARE(bands.recoveryTime(7 * 86400), Band::Low);
    }

    void timestampsAreRfc3339Utc()
    {
        QCOMPARE(formatTimestamp(at("2024-03-05T06:07:08Z")), QStringLiteral("2024-03-05T06:07:08.000Z"));
        QCOMPARE(parseTimestamp(QStringLiteral("2024-03-05T06:07:08Z")), at("2024-03-05T06:07:08Z"));
        QCOMPARE(parseTimestamp(QStringLiteral("2024-03-05T08:07:08+02:00")), at("2024-03-05T06:07:08Z"));
        QCOMPARE(parseTimestamp(QStringLiteral("2024-03-05T06:07:08.123456Z")), at("2024-03-05T06:07:08Z") + 123);
        QCOMPARE(parseTimestamp(QStringLiteral("2024-03-05T06:07:08")), std::nullopt); // no offset
        QCOMPARE(parseTimestamp(QStringLiteral("yesterday")), std::nullopt);
    }

    void pointsRoundTripThroughJson()
    {
        DoraPoint p;
        p.from = at("2024-01-01T00:00:00Z");
        p.to = at("2024-01-08T00:00:00Z");
        p.deployments = 4;
        p.failedDeployments = 1;
        p.changeFailureRate = 0.25;
        p.leadTimeMedian = 3600;
        p.hasIds = true;
        p.deploymentIds = { QStringLiteral("dep_a") };
        const DoraPoint back = DoraPoint::fromJson(p.toJson());
        QCOMPARE(back.from, p.from);
        QCOMPARE(back.deployments, 4);
        QCOMPARE(back.changeFailureRate, 0.25);
        QCOMPARE(back.leadTimeMedian, 3600.0);
        QCOMPARE(back.leadTimeP90, std::nullopt);
        QCOMPARE(back.deploymentIds, p.deploymentIds);
    }
};

QTEST_GUILESS_MAIN(TestMetricDefinitions)
#include "tst_metricdefinitions.moc"
