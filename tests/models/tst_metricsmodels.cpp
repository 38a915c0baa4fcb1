// SPDX-License-Identifier: GPL-3.0-or-later
// The chart models, fed from a real tarmacd answering for seeded demo data.
#include "metrics/bandtablemodel.h"
#include "metrics/chartdata.h"
#include "metrics/drilldownmodel.h"
#include "metrics/metricsummarymodel.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Tarmac::Metrics;
using namespace TestUtils;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Token = QByteArrayLiteral("metrics-models-test-token");
const QString From = QStringLiteral("2025-06-01T00:00:00Z");
const QString To = QStringLiteral("2026-06-01T00:00:00Z");
}

class TestMetricsModels : public QObject {
    Q_OBJECT

    Tarmacd m_server;

    QJsonObject get(const QString &path, const QString &query)
    {
        QUrl url = m_server.url(QStringLiteral("/api/v1") + path);
        url.setQuery(query);
        const HttpResult r = httpRequest("GET", url, { { "Authorization", "Bearer " + Token } });
        if (r.status != 200)
            qWarning() << url << r.status << r.body;
        return QJsonDocument::fromJson(r.body).object();
    }
    QJsonObject dora(const QString &from, const QString &to, const QString &bucket, bool ids = false)
    {
        return get(QStringLiteral("/metrics/dora"),
            QStringLiteral("from=%1&to=%2&bucket=%3%4")
                .arg(from, to, bucket, ids ? QStringLiteral("&ids=true") : QString()));
    }
    static DoraSeries parsed(const QJsonObject &json)
    {
        QString error;
        const auto series = DoraSeries::fromJson(json, &error);
        if (!series)
            qWarning() << error;
        return series.value_or(DoraSeries {});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTemporaryDir home;
        const ProgramRun run = runProgram(QStringLiteral("tarmacd"),
            { QStringLiteral("demo-data"), QStringLiteral("--database"),
                QStringLiteral("sqlite:") + m_server.databasePath(), QStringLiteral("--seed"), QStringLiteral("11"),
                QStringLiteral("--deployments"), QStringLiteral("3000"), QStringLiteral("--end"),
                QStringLiteral("2026-06-01") },
            isolatedEnvironment(home.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(m_server.start(Token));
    }

    void doraSeriesMatchesTheApi_data()
    {
        QTest::addColumn<int>("metric");
        for (DoraMetric m : allDoraMetrics())
            QTest::newRow(qPrintable(metricTitle(m))) << int(m);
    }
    void doraSeriesMatchesTheApi()
    {
        QFETCH(int, metric);
        const QJsonObject json = dora(From, To, QStringLiteral("week"));
        const DoraSeries series = parsed(json);
        const QJsonArray points = json.value(u"points").toArray();
        QCOMPARE(series.points.size(), points.size());
        TimeValueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPoints(doraChartPoints(series, DoraMetric(metric)));
        // One row per week that has a value, with the API's number in display units.
        const auto [object, field, scale] = [&]() -> std::tuple<const char16_t *, const char16_t *, double> {
            switch (DoraMetric(metric)) {
            case DoraMetric::DeploymentFrequency:
                return { nullptr, u"deployments", 1 };
            case DoraMetric::LeadTimeMedian:
                return { u"leadTime", u"median", 1 / 3600.0 };
            case DoraMetric::LeadTimeP90:
                return { u"leadTime", u"p90", 1 / 3600.0 };
            case DoraMetric::ChangeFailureRate:
                return { u"changeFailureRate", u"rate", 100 };
            case DoraMetric::RecoveryTime:
                return { u"recoveryTime", u"median", 1 / 3600.0 };
            case DoraMetric::TimeToRestore:
                return { u"timeToRestore", u"median", 1 / 3600.0 };
            case DoraMetric::ReworkRate:
                return { u"reworkRate", u"rate", 100 };
            }
            return {};
        }();
        int row = 0;
        for (const QJsonValue &p : points) {
            const QJsonObject o = p.toObject();
            const QJsonValue v = object ? o.value(QStringView(object)).toObject().value(QStringView(field))
                                        : o.value(QStringView(field));
            if (v.isNull())
                continue;
            QVERIFY(row < model.rowCount());
            QCOMPARE(model.index(row, TimeValueModel::TimeColumn).data().toDouble(),
                double(*Tarmac::Metrics::parseTimestamp(o.value(u"from").toString())));
            QCOMPARE(model.index(row, TimeValueModel::ValueColumn).data().toDouble(), v.toDouble() * scale);
            QVERIFY(!model.index(row, TimeValueModel::ValueColumn).data(Qt::ToolTipRole).toString().isEmpty());
            ++row;
        }
        QCOMPARE(model.rowCount(), row);
        QVERIFY(row > 10);
    }

    void malformedResponsesSayWhere_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("median as text") << QStringLiteral("points/2/leadTime/median") << QJsonValue(u"soon"_s)
                                        << QStringLiteral("points[2].leadTime.median: expected a number or null");
        QTest::newRow("no bucket") << QStringLiteral("bucket") << QJsonValue() << QStringLiteral("bucket: expected");
        QTest::newRow("negative count") << QStringLiteral("total/deployments") << QJsonValue(-1)
                                        << QStringLiteral("total.deployments: expected a whole number");
        QTest::newRow("bad band") << QStringLiteral("bands/leadTime/band") << QJsonValue(u"stellar"_s)
                                  << QStringLiteral("bands.leadTime.band: expected elite, high, medium, low or null");
        QTest::newRow("bad time") << QStringLiteral("range/from") << QJsonValue(u"yesterday"_s)
                                  << QStringLiteral("range.from: expected an RFC 3339 time");
    }
    void malformedResponsesSayWhere()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject json = dora(From, QStringLiteral("2025-07-01T00:00:00Z"), QStringLiteral("week"));
        QString error;
        QVERIFY(DoraSeries::fromJson(json, &error));
        // Replace (or with an undefined value, remove) the field at pointer.
        const QStringList parts = pointer.split(u'/');
        const std::function<QJsonValue(const QJsonValue &, qsizetype)> edit
            = [&](const QJsonValue &node, qsizetype i) -> QJsonValue {
            if (i == parts.size())
                return value;
            if (node.isArray()) {
                QJsonArray a = node.toArray();
                const int k = parts.at(i).toInt();
                a[k] = edit(a.at(k), i + 1);
                return a;
            }
            QJsonObject o = node.toObject();
            const QJsonValue child = edit(o.value(parts.at(i)), i + 1);
            if (child.isUndefined())
                o.remove(parts.at(i));
            else
                o.insert(parts.at(i), child);
            return o;
        };
        json = edit(json, 0).toObject();
        QVERIFY(!DoraSeries::fromJson(json, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void bandTable()
    {
        BandTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const DoraSeries series = parsed(dora(From, To, QStringLiteral("month")));
        model.setBands(series.bands);
        QCOMPARE(model.rowCount(), int(BandTableModel::RowCount));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Metric (2023 report)"));
        QCOMPARE(model.index(BandTableModel::LeadTimeRow, BandTableModel::EliteColumn).data().toString(),
            QStringLiteral("< 24.0 h"));
        QCOMPARE(model.index(BandTableModel::ChangeFailureRateRow, BandTableModel::LowColumn).data().toString(),
            QStringLiteral("> 15%"));
        QCOMPARE(model.index(BandTableModel::DeploymentFrequencyRow, BandTableModel::EliteColumn).data().toString(),
            QStringLiteral(">= 5 per week"));
    }

    void summaryComparesWithThePreviousPeriod()
    {
        const QString half = QStringLiteral("2025-12-01T00:00:00Z");
        const DoraSeries current = parsed(dora(half, To, QStringLiteral("month")));
        const TimeSpan previousRange = MetricSummaryModel::previousRange(current.range);
        QCOMPARE(previousRange.to, current.range.from);
        QCOMPARE(previousRange.to - previousRange.from, current.range.to - current.range.from);
        const DoraSeries previous = parsed(dora(formatTimestamp(previousRange.from), half, QStringLiteral("month")));
        MetricSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSeries(current, previous);
        QCOMPARE(model.rowCount(), int(allDoraMetrics().size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto metric = DoraMetric(model.index(row, 0).data(MetricSummaryModel::MetricRole).toInt());
            const QVariant now = model.index(row, 0).data(MetricSummaryModel::ValueRole);
            const QVariant before = model.index(row, 0).data(MetricSummaryModel::PreviousValueRole);
            QVERIFY(now.isValid() && before.isValid());
            if (metric == DoraMetric::ChangeFailureRate) {
                QCOMPARE(now.toDouble(), current.total.changeFailureRate.value() * 100);
                const auto trend
                    = MetricSummaryModel::Trend(model.index(row, 0).data(MetricSummaryModel::BetterRole).toInt());
                const double change = (now.toDouble() - before.toDouble()) / before.toDouble();
                QCOMPARE(trend,
                    std::abs(change) < 0.05 ? MetricSummaryModel::Trend::Same
                        : change < 0        ? MetricSummaryModel::Trend::Better
                                            : MetricSummaryModel::Trend::Worse);
            }
            if (metric == DoraMetric::DeploymentFrequency)
                QCOMPARE(now.toDouble(), double(current.total.deployments) / 182.0);
        }
        QCOMPARE(
            model.index(1, MetricSummaryModel::BandColumn).data().toString(), bandName(current.leadTimeBand.value()));
        // Cleared (another platform): no rows and no trend.
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.trend(DoraMetric::ChangeFailureRate), MetricSummaryModel::Trend::Unknown);
    }

    void drillDownListsExactlyTheIdsBehindAPoint()
    {
        // One week, asked with its own bounds: the single point carries its ids.
        const QJsonObject json = dora(QStringLiteral("2026-03-02T00:00:00Z"), QStringLiteral("2026-03-09T00:00:00Z"),
            QStringLiteral("week"), true);
        const DoraSeries series = parsed(json);
        QCOMPARE(series.points.size(), 1);
        const QJsonObject ids = json.value(u"points").toArray().at(0).toObject().value(u"ids").toObject();
        const auto list = [&](const char16_t *name) {
            QStringList l;
            for (const QJsonValue &v : ids.value(QStringView(name)).toArray())
                l.append(v.toString());
            return l;
        };
        DrillDownModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPoints(series.points, DoraMetric::DeploymentFrequency);
        QCOMPARE(model.ids(), list(u"deployments"));
        QCOMPARE(model.rowCount(), int(series.points.at(0).deployments));
        model.setPoints(series.points, DoraMetric::LeadTimeMedian);
        QCOMPARE(model.ids(), list(u"changes"));
        model.setPoints(series.points, DoraMetric::RecoveryTime);
        QCOMPARE(model.ids(), list(u"failedDeployments"));
        model.setPoints(series.points, DoraMetric::TimeToRestore);
        QCOMPARE(model.ids(), list(u"incidents"));
        model.setPoints(series.points, DoraMetric::ChangeFailureRate);
        QCOMPARE(model.ids(), list(u"deployments") + list(u"incidents"));
        int failed = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            failed += model.index(row, DrillDownModel::NoteColumn).data().toString().startsWith(u"failed") ? 1 : 0;
        QCOMPARE(failed, int(series.points.at(0).failedDeployments));
        // The deployments that shipped no change are marked, each of them and only them.
        model.setPoints(series.points, DoraMetric::DeploymentFrequency);
        QStringList marked;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, DrillDownModel::NoteColumn).data().toString().contains(u"shipped no change"))
                marked.append(model.index(row, DrillDownModel::IdColumn).data().toString());
        }
        QCOMPARE(marked, list(u"deploymentsWithoutChanges"));

        // Over the whole year, the warnings count what the API counted.
        const DoraSeries year = parsed(dora(From, To, QStringLiteral("month"), true));
        model.setPoints(year.points, DoraMetric::LeadTimeMedian);
        QVERIFY(year.total.leadTimeDropped > 0);
        QVERIFY(year.total.deploymentsWithoutChanges > 0);
        QCOMPARE(model.warnings().size(), 2);
        QVERIFY2(model.warnings().at(0).startsWith(QString::number(year.total.leadTimeDropped) + u' '),
            qPrintable(model.warnings().at(0)));
        QVERIFY2(model.warnings().at(1).startsWith(QString::number(year.total.deploymentsWithoutChanges) + u' '),
            qPrintable(model.warnings().at(1)));
        qint64 notCounted = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            notCounted += model.index(row, 0).data(DrillDownModel::CountsRole).toBool() ? 0 : 1;
        QCOMPARE(notCounted, year.total.leadTimeDropped);
    }

    void adoptionSeries()
    {
        const QJsonObject json
            = get(QStringLiteral("/metrics/adoption"), QStringLiteral("from=%1&to=%2&bucket=month").arg(From, To));
        QString error;
        const auto series = AdoptionSeries::fromJson(json, &error);
        QVERIFY2(series, qPrintable(error));
        QCOMPARE(series->goldenPathShare.value(), json.value(u"goldenPathShare").toDouble());
        QCOMPARE(series->points.size(), 12);

        CategoryCountModel versions;
        QAbstractItemModelTester tester(&versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fillTemplateVersions(&versions, *series);
        double total = 0;
        for (int r = 0; r < versions.rowCount(); ++r)
            for (int c = 0; c < versions.columnCount(); ++c)
                total += versions.index(r, c).data().toDouble();
        QCOMPARE(total, double(series->services));
        QCOMPARE(versions.headerData(0, Qt::Horizontal).toString(), QStringLiteral("1.0.0"));

        CategoryCountModel firstDeploy;
        QAbstractItemModelTester tester2(&firstDeploy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fillTimeToFirstDeploy(&firstDeploy, *series);
        double services = 0;
        for (int r = 0; r < firstDeploy.rowCount(); ++r)
            services += firstDeploy.index(r, 0).data().toDouble();
        QCOMPARE(services, double(json.value(u"timeToFirstDeploy").toObject().value(u"services").toInteger()));

        CategoryCountModel usage;
        QAbstractItemModelTester tester3(&usage, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fillTemplateUsage(&usage, *series);
        QCOMPARE(usage.rowCount(), 12);
        QCOMPARE(usage.data(usage.index(11, 0)).toDouble() > 0, true);

        TimeValueModel share;
        QAbstractItemModelTester tester4(&share, QAbstractItemModelTester::FailureReportingMode::QtTest);
        share.setPoints(adoptionChartPoints(*series, AdoptionMetric::GoldenPathShare));
        QCOMPARE(share.index(share.rowCount() - 1, 1).data().toDouble(), series->goldenPathShare.value() * 100);
    }

    void csvHasTheApiNumbers()
    {
        const DoraSeries series = parsed(dora(From, To, QStringLiteral("month")));
        const QList<TimeValue> points = doraChartPoints(series, DoraMetric::DeploymentFrequency);
        const QList<QByteArray> lines = toCsv(QStringLiteral("deployments"), points).trimmed().split('\n');
        QCOMPARE(lines.size(), points.size() + 1);
        QCOMPARE(lines.at(0), QByteArray("from,to,deployments"));
        QCOMPARE(lines.at(1),
            formatTimestamp(series.points.at(0).from).toUtf8() + ',' + formatTimestamp(series.points.at(0).to).toUtf8()
                + ',' + QByteArray::number(series.points.at(0).deployments));
    }

    void downsampleKeepsPeaks()
    {
        QList<TimeValue> points;
        for (int i = 0; i < 50000; ++i)
            points.append({ qint64(i) * 60000, double((i * 7919) % 1000), 0, 0, {} });
        points[31234].y = 5000;
        points[41234].y = -5000;
        const QList<TimeValue> all = downsample(points, 0, 50000.0 * 60000, 500);
        QVERIFY(all.size() <= 1002);
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const TimeValue &p) { return p.y == 5000; }));
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const TimeValue &p) { return p.y == -5000; }));
        QVERIFY(
            std::is_sorted(all.cbegin(), all.cend(), [](const TimeValue &a, const TimeValue &b) { return a.x < b.x; }));
        // Zoomed in to 100 points: all of them, plus one neighbour on each side.
        const QList<TimeValue> zoomed = downsample(points, 1000.0 * 60000, 1100.0 * 60000, 500);
        QCOMPARE(zoomed.size(), 102);
        QCOMPARE(zoomed.first().x, 999 * 60000);
    }
};

QTEST_GUILESS_MAIN(TestMetricsModels)
#include "tst_metricsmodels.moc"
