// SPDX-License-Identifier: GPL-3.0-or-later
// The Metrics page against a real tarmacd (the embedded platform, filled with demo data), driven
// with real clicks and keys.
#include "chartpanel.h"
#include "chartview.h"
#include "explainpanel.h"
#include "metrics/drilldownmodel.h"
#include "metrics/quickcheckmodel.h"
#include "metrics/timevaluemodel.h"
#include "metricspage.h"
#include "platform/platformconnection.h"
#include "platform/platformswitcher.h"
#include "platform/tokenstore.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QXYSeries>

using namespace Tarmac;
using namespace Tarmac::Metrics;
using namespace TestUtils;

class TestMetricsPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;
    PlatformConnection m_connection;

    // Puts the page on a custom range of the demo year, by keys on the real widgets.
    static void chooseCustomRange(MetricsPage &page)
    {
        auto *preset = page.findChild<QComboBox *>(QStringLiteral("rangePreset"));
        preset->setFocus();
        while (preset->currentData().toInt() != 0)
            QTest::keyClick(preset, Qt::Key_Down);
        page.findChild<QDateEdit *>(QStringLiteral("rangeFrom"))->setDate(QDate(2025, 12, 1));
        page.findChild<QDateEdit *>(QStringLiteral("rangeTo"))->setDate(QDate(2026, 5, 31));
    }

    static void chooseBucket(MetricsPage &page, const QString &bucket)
    {
        auto *box = page.findChild<QComboBox *>(QStringLiteral("bucket"));
        box->setFocus();
        while (box->currentData().toString() != bucket)
            QTest::keyClick(box, box->currentIndex() < box->findData(bucket) ? Qt::Key_Down : Qt::Key_Up);
    }

    // The ids the API lists behind the bucket [from, to).
    QStringList apiIds(qint64 from, qint64 to, const QString &bucket, const char16_t *kind)
    {
        QUrl url = m_connection.baseUrl();
        url.setPath(QStringLiteral("/api/v1/metrics/dora"));
        url.setQuery(
            QStringLiteral("from=%1&to=%2&bucket=%3&ids=true").arg(formatTimestamp(from), formatTimestamp(to), bucket));
        const HttpResult r = httpRequest("GET", url, { { "Authorization", "Bearer " + m_connection.token() } });
        QStringList ids;
        for (const QJsonValue &point : QJsonDocument::fromJson(r.body).object().value(u"points").toArray())
            for (const QJsonValue &id : point.toObject().value(u"ids").toObject().value(QStringView(kind)).toArray())
                ids.append(id.toString());
        return ids;
    }

    static bool waitUntilLoaded(MetricsPage &page)
    {
        QTest::qWait(300); // the filters' debounce
        return QTest::qWaitFor([&] { return !page.isBusy() && page.doraSeries().has_value(); }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_data.filePath(QStringLiteral("settings")));
        const ProgramRun run = runProgram(QStringLiteral("tarmacd"),
            { QStringLiteral("demo-data"), QStringLiteral("--database"),
                QStringLiteral("sqlite:") + m_data.filePath(QStringLiteral("tarmacd.sqlite")), QStringLiteral("--seed"),
                QStringLiteral("13"), QStringLiteral("--deployments"), QStringLiteral("3000"), QStringLiteral("--end"),
                QStringLiteral("2026-06-01") },
            isolatedEnvironment(m_data.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        m_connection.startEmbedded(program(QStringLiteral("tarmacd")), m_data.path());
        QTRY_COMPARE_WITH_TIMEOUT(m_connection.state(), PlatformConnection::State::Connected, 20000);
    }

    void changingFiltersReloadsAndIsRemembered()
    {
        {
            MetricsPage page(&m_connection);
            page.resize(1500, 1000);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            chooseCustomRange(page);
            chooseBucket(page, QStringLiteral("month"));
            QVERIFY(waitUntilLoaded(page));
            QCOMPARE(page.doraSeries()->bucket, Bucket::Month);
            QCOMPARE(page.doraSeries()->points.size(), 6);
            TimeValueModel *deployments = page.doraModel(DoraMetric::DeploymentFrequency);
            QAbstractItemModelTester tester(deployments, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(deployments->rowCount(), 6);
            qint64 sum = 0;
            for (int row = 0; row < 6; ++row)
                sum += qint64(deployments->index(row, TimeValueModel::ValueColumn).data().toDouble());
            QCOMPARE(sum, page.doraSeries()->total.deployments);
            QCOMPARE(page.doraChart(DoraMetric::DeploymentFrequency)->state(), ChartPanel::State::Ready);

            chooseBucket(page, QStringLiteral("week"));
            QVERIFY(waitUntilLoaded(page));
            QTRY_COMPARE(page.doraSeries()->bucket, Bucket::Week);
            QCOMPARE(page.doraSeries()->points.size(), 26); // 1 Dec 2025 is a Monday: 26 whole weeks to 1 Jun 2026
        }
        // A new page starts where the last one was left.
        MetricsPage again(&m_connection);
        QCOMPARE(again.filters().bucket, Bucket::Week);
        QCOMPARE(
            again.filters().range.from, QDateTime(QDate(2025, 12, 1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch());
        QCOMPARE(
            again.filters().range.to, QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch());
    }

    // Switched to a platform that refuses the token, or that cannot be reached: none of the last
    // platform's figures stays on screen, and the message says why there are none.
    void switchingToAFailingPlatformClearsTheFigures()
    {
        // The demo platform, reached as a remote one with its token.
        const QUrl demo = m_connection.baseUrl();
        TokenStore::keepForSession(demo, m_connection.token());
        // A real tarmacd that refuses the token the workbench has for it.
        Tarmacd refusing;
        QVERIFY2(refusing.start(QByteArrayLiteral("the-right-token")), refusing.output().constData());
        const QUrl refusingUrl = refusing.url(QString()).adjusted(QUrl::RemovePath);
        TokenStore::keepForSession(refusingUrl, QByteArrayLiteral("a-refused-token"));
        // A loopback port nobody listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl unreachable(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();

        PlatformConnection platform;
        PlatformSwitcher switcher(&platform);
        MetricsPage page(&platform);
        page.resize(1500, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        chooseCustomRange(page);
        chooseBucket(page, QStringLiteral("month"));
        TimeValueModel *deployments = page.doraModel(DoraMetric::DeploymentFrequency);
        QAbstractItemModelTester doraTester(deployments, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester quickCheckTester(
            page.quickCheckModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *bar = child<QFrame>(&page, QStringLiteral("messageBar"));
        auto *message = bar->findChild<QLabel *>();
        auto *adoption = child<QLabel>(&page, QStringLiteral("adoptionNumbers"));
        QToolButton *tile = page.tile(DoraMetric::DeploymentFrequency);

        const auto showsDemoFigures = [&]() -> bool {
            switcher.start(demo);
            return waitUntilLoaded(page) && page.doraSeries()->total.deployments > 0 && deployments->rowCount() == 6
                && tile->text() != metricTitle(DoraMetric::DeploymentFrequency) && !adoption->text().isEmpty()
                && page.quickCheckModel()->rowCount() > 0 && !bar->isVisible();
        };
        const auto showsNoFigures = [&] {
            QVERIFY(!page.doraSeries());
            QCOMPARE(deployments->rowCount(), 0);
            QCOMPARE(page.quickCheckModel()->rowCount(), 0);
            for (DoraMetric metric : allDoraMetrics())
                QCOMPARE(page.tile(metric)->text(), metricTitle(metric));
            QVERIFY(adoption->text().isEmpty());
            QVERIFY(page.doraChart(DoraMetric::DeploymentFrequency)->state() != ChartPanel::State::Ready);
            for (ChartPanel *chart : page.adoptionCharts())
                QVERIFY(chart->state() != ChartPanel::State::Ready);
        };

        QVERIFY(showsDemoFigures());
        switcher.start(refusingUrl);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
        QVERIFY2(message->text().contains(QStringLiteral("did not accept the token")), qPrintable(message->text()));
        QCOMPARE(platform.baseUrl(), refusingUrl);
        showsNoFigures();
        if (QTest::currentTestFailed())
            return;

        QVERIFY(showsDemoFigures());
        switcher.start(unreachable);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
        QCOMPARE(platform.state(), PlatformConnection::State::Failed);
        QVERIFY2(message->text().contains(platform.statusText()), qPrintable(message->text()));
        showsNoFigures();
        if (QTest::currentTestFailed())
            return;
        if (qEnvironmentVariableIsSet("TARMAC_WINDOW_SCREENSHOT"))
            page.grab().save(qEnvironmentVariable("TARMAC_WINDOW_SCREENSHOT"));

        // Retry asks the failed platform again rather than sending it metrics requests.
        QSignalSpy states(&platform, &PlatformConnection::stateChanged);
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("retryButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 2, 20000);
        QCOMPARE(states.at(0).at(0).value<PlatformConnection::State>(), PlatformConnection::State::Starting);
        QCOMPARE(platform.state(), PlatformConnection::State::Failed);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY2(message->text().contains(platform.statusText()), qPrintable(message->text()));
        showsNoFigures();
    }

    void clickingAPointListsExactlyItsRecords_data()
    {
        QTest::addColumn<int>("metric");
        QTest::addColumn<QString>("kind");
        QTest::newRow("deployments") << int(DoraMetric::DeploymentFrequency) << QStringLiteral("deployments");
        QTest::newRow("lead time") << int(DoraMetric::LeadTimeMedian) << QStringLiteral("changes");
        QTest::newRow("recovery") << int(DoraMetric::RecoveryTime) << QStringLiteral("failedDeployments");
    }
    void clickingAPointListsExactlyItsRecords()
    {
        QFETCH(int, metric);
        QFETCH(QString, kind);
        MetricsPage page(&m_connection);
        page.resize(1500, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        chooseCustomRange(page);
        chooseBucket(page, QStringLiteral("month"));
        QVERIFY(waitUntilLoaded(page));
        QTRY_COMPARE(page.doraSeries()->bucket, Bucket::Month);

        ChartPanel *panel = page.doraChart(DoraMetric(metric));
        TimeValueModel *model = page.doraModel(DoraMetric(metric));
        QVERIFY(model->rowCount() >= 3);
        const int row = 2;
        const TimeValue point = model->points().at(row);
        QXYSeries *series = nullptr;
        for (QAbstractSeries *s : panel->chart()->series()) {
            if (s->name() == metricTitle(DoraMetric(metric)))
                series = qobject_cast<QXYSeries *>(s);
        }
        QVERIFY(series);
        const QPoint at
            = panel->view()->mapFromScene(panel->chart()->mapToPosition(QPointF(double(point.x), point.y), series));
        QSignalSpy shown(&page, &MetricsPage::drillDownShown);
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(page.explainPanel()->isVisible());
        QVERIFY(shown.wait(20000));
        QAbstractItemModelTester tester(page.drillDownModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList expected
            = apiIds(point.from, point.to, QStringLiteral("month"), reinterpret_cast<const char16_t *>(kind.utf16()));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(page.drillDownModel()->ids(), expected);
        auto *table = page.explainPanel()->findChild<QTableView *>(QStringLiteral("drillDownTable"));
        QCOMPARE(table->model()->rowCount(), expected.size());
    }

    void clickingATileExplainsTheWholeRange()
    {
        MetricsPage page(&m_connection);
        page.resize(1500, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        chooseCustomRange(page);
        chooseBucket(page, QStringLiteral("month"));
        QVERIFY(waitUntilLoaded(page));
        QSignalSpy shown(&page, &MetricsPage::drillDownShown);
        QTest::mouseClick(page.tile(DoraMetric::TimeToRestore), Qt::LeftButton);
        QVERIFY(shown.wait(20000));
        const TimeSpan range = page.doraSeries()->range;
        QCOMPARE(page.drillDownModel()->ids(), apiIds(range.from, range.to, QStringLiteral("month"), u"incidents"));
        // Unattributed incidents are flagged, and the warning says how many.
        const QStringList unattributed
            = apiIds(range.from, range.to, QStringLiteral("month"), u"unattributedIncidents");
        QVERIFY(!unattributed.isEmpty());
        auto *warnings = page.explainPanel()->findChild<QLabel *>(QStringLiteral("drillDownWarnings"));
        QVERIFY2(
            warnings->text().startsWith(QString::number(unattributed.size()) + u' '), qPrintable(warnings->text()));
    }

    void deploymentsWithoutChangesAreWarnedAbout()
    {
        MetricsPage page(&m_connection);
        page.resize(1500, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        chooseCustomRange(page);
        chooseBucket(page, QStringLiteral("month"));
        QVERIFY(waitUntilLoaded(page));
        QSignalSpy shown(&page, &MetricsPage::drillDownShown);
        QTest::mouseClick(page.tile(DoraMetric::DeploymentFrequency), Qt::LeftButton);
        QVERIFY(shown.wait(20000));
        const TimeSpan range = page.doraSeries()->range;
        const QStringList withoutChanges
            = apiIds(range.from, range.to, QStringLiteral("month"), u"deploymentsWithoutChanges");
        QVERIFY(!withoutChanges.isEmpty());
        QCOMPARE(page.doraSeries()->total.deploymentsWithoutChanges, withoutChanges.size());
        auto *warnings = page.explainPanel()->findChild<QLabel *>(QStringLiteral("drillDownWarnings"));
        QVERIFY(warnings->isVisible());
        const QString expected = QString::number(withoutChanges.size()) + QStringLiteral(" deployment");
        QVERIFY2(warnings->text().contains(expected), qPrintable(warnings->text()));
    }

    void quickCheckBridgeShowsTheRangesScores()
    {
        MetricsPage page(&m_connection);
        page.resize(1500, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        chooseCustomRange(page);
        QVERIFY(waitUntilLoaded(page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("quickCheckTable"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 5);
        // The scores are those of the series the page shows, through the shipped check.
        const QList<QuickCheck::Result> results = QuickCheck::shipped().assess(*page.doraSeries());
        const auto throughput = QuickCheck::throughputScore(results);
        QVERIFY(throughput);
        auto *scores = page.findChild<QLabel *>(QStringLiteral("quickCheckScores"));
        QVERIFY2(scores->text().contains(QLocale().toString(*throughput, 'f', 1)), qPrintable(scores->text()));
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(!table->model()->index(row, QuickCheckModel::ScoreColumn).data().toString().isEmpty());
    }

    // Zooming feeds the line only what the plot can show, and never resets the model behind it.
    void zoomFeedsTheVisibleRangeWithoutAModelReset()
    {
        ChartPanel panel(QStringLiteral("zoom"));
        panel.resize(900, 400);
        auto *model = new TimeValueModel(&panel);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QXYSeries *series = panel.addTimeSeries(QStringLiteral("line"), model, QStringLiteral("hours"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        constexpr qint64 Start = 1'735'689'600'000;
        constexpr qint64 Step = 3'600'000;
        QList<TimeValue> points;
        for (int i = 0; i < 5000; ++i)
            points.append({ Start + i * Step, double(i % 50), Start + i * Step, Start + (i + 1) * Step, {} });
        points[2500].y = 1000; // a peak downsampling must keep
        model->setPoints(points);
        panel.setTimeRange(Start, Start + 5000 * Step);
        panel.setState(ChartPanel::State::Ready);
        const int width = int(panel.chart()->plotArea().width());
        QVERIFY2(series->count() <= width + 2, qPrintable(QString::number(series->count())));
        const auto peak = [series] {
            const QList<QPointF> shown = series->points();
            return std::any_of(shown.cbegin(), shown.cend(), [](const QPointF &p) { return p.y() == 1000; });
        };
        QVERIFY(peak());
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        auto *axis = qobject_cast<QDateTimeAxis *>(panel.chart()->axes(Qt::Horizontal).constFirst());
        for (int i = 0; i < 8; ++i)
            panel.view()->zoomAround(1.5, panel.chart()->plotArea().center().x());
        QCOMPARE(resets.count(), 0);
        const double from = double(axis->min().toMSecsSinceEpoch());
        const double to = double(axis->max().toMSecsSinceEpoch());
        QVERIFY(to - from < 5000.0 * Step / 20);
        // Zoomed in this far every point in view is there, with one neighbour each side.
        const qsizetype inView = std::count_if(
            points.cbegin(), points.cend(), [&](const TimeValue &p) { return p.x >= from && p.x <= to; });
        QVERIFY(series->count() >= inView && series->count() <= inView + 2);
        QVERIFY(peak());
        QCOMPARE(model->rowCount(), 5000);
    }

    void errorsShowAMessageWithRetry()
    {
        PlatformConnection nowhere;
        nowhere.connectRemote(QUrl(QStringLiteral("http://127.0.0.1:1")));
        MetricsPage page(&nowhere);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.reload();
        auto *bar = page.findChild<QFrame *>(QStringLiteral("messageBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 60000);
        QVERIFY(bar->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
        QVERIFY(page.doraChart(DoraMetric::DeploymentFrequency)->state() != ChartPanel::State::Ready);
    }
};

QTEST_MAIN(TestMetricsPage)
#include "tst_metricspage.moc"
