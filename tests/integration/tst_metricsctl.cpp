// SPDX-License-Identifier: GPL-3.0-or-later
// tarmacctl metrics against a real tarmacd with demo data: the CSV holds the API's own numbers.
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TestUtils;

namespace {
const QByteArray Token = QByteArrayLiteral("metrics-ctl-test-token");
}

class TestMetricsCtl : public QObject {
    Q_OBJECT

    Tarmacd m_server;
    QTemporaryDir m_home;

    ProgramRun ctl(const QStringList &arguments)
    {
        QProcessEnvironment env = isolatedEnvironment(m_home.path());
        QUrl base = m_server.url(QString());
        base.setPath(QString());
        env.insert(QStringLiteral("TARMAC_PLATFORM"), base.toString());
        env.insert(QStringLiteral("TARMAC_TOKEN"), QString::fromLatin1(Token));
        return runProgram(QStringLiteral("tarmacctl"), QStringList { QStringLiteral("metrics") } + arguments, env);
    }
    QJsonObject api(const QString &which, const QString &query)
    {
        QUrl url = m_server.url(QStringLiteral("/api/v1/metrics/") + which);
        url.setQuery(query);
        const HttpResult r = httpRequest("GET", url, { { "Authorization", "Bearer " + Token } });
        return QJsonDocument::fromJson(r.body).object();
    }
    // The CSV field as the API's JSON value: empty is null, numbers compare exactly.
    static void compareField(const QByteArray &field, const QJsonValue &value, const QByteArray &column)
    {
        if (value.isNull()) {
            QVERIFY2(field.isEmpty(), column.constData());
            return;
        }
        bool ok = false;
        const double number = field.toDouble(&ok);
        QVERIFY2(ok, column.constData());
        QVERIFY2(number == value.toDouble(),
            QByteArray(column + ": " + field + " vs " + QByteArray::number(value.toDouble(), 'g', 17)).constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const ProgramRun run = runProgram(QStringLiteral("tarmacd"),
            { QStringLiteral("demo-data"), QStringLiteral("--database"),
                QStringLiteral("sqlite:") + m_server.databasePath(), QStringLiteral("--seed"), QStringLiteral("5"),
                QStringLiteral("--deployments"), QStringLiteral("2500"), QStringLiteral("--end"),
                QStringLiteral("2026-06-01") },
            isolatedEnvironment(m_home.path()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(m_server.start(Token));
    }

    void doraCsvEqualsTheApi_data()
    {
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("scope");
        QTest::newRow("weeks, all") << QStringLiteral("week") << QStringLiteral("all");
        QTest::newRow("months, a team") << QStringLiteral("month") << QStringLiteral("team:payments");
        QTest::newRow("days, golden path") << QStringLiteral("day") << QStringLiteral("path:golden");
    }
    void doraCsvEqualsTheApi()
    {
        QFETCH(QString, bucket);
        QFETCH(QString, scope);
        const ProgramRun run = ctl({ QStringLiteral("dora"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
            QStringLiteral("--to"), QStringLiteral("2026-06-01"), QStringLiteral("--bucket"), bucket,
            QStringLiteral("--scope"), scope, QStringLiteral("--csv") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = api(QStringLiteral("dora"),
            QStringLiteral("from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z&bucket=%1&scope=%2").arg(bucket, scope));
        const QJsonArray points = json.value(u"points").toArray();
        const QList<QByteArray> lines = run.out.toUtf8().trimmed().split('\n');
        QCOMPARE(lines.size(), points.size() + 1);
        const QList<QByteArray> header = lines.at(0).split(',');
        // Where each column lives in a point of the JSON.
        const QHash<QByteArray, QStringList> paths {
            { "deployments", { QStringLiteral("deployments") } },
            { "deploy_days", { QStringLiteral("deployDays") } },
            { "lead_time_median_s", { QStringLiteral("leadTime"), QStringLiteral("median") } },
            { "lead_time_p90_s", { QStringLiteral("leadTime"), QStringLiteral("p90") } },
            { "lead_time_changes", { QStringLiteral("leadTime"), QStringLiteral("changes") } },
            { "lead_time_dropped", { QStringLiteral("leadTime"), QStringLiteral("dropped") } },
            { "failed_deployments", { QStringLiteral("changeFailureRate"), QStringLiteral("failed") } },
            { "change_failure_rate", { QStringLiteral("changeFailureRate"), QStringLiteral("rate") } },
            { "recovery_median_s", { QStringLiteral("recoveryTime"), QStringLiteral("median") } },
            { "recovered_failures", { QStringLiteral("recoveryTime"), QStringLiteral("recovered") } },
            { "open_failures", { QStringLiteral("recoveryTime"), QStringLiteral("open") } },
            { "rework_deployments", { QStringLiteral("reworkRate"), QStringLiteral("deployments") } },
            { "rework_rate", { QStringLiteral("reworkRate"), QStringLiteral("rate") } },
            { "time_to_restore_median_s", { QStringLiteral("timeToRestore"), QStringLiteral("median") } },
            { "incidents_opened", { QStringLiteral("timeToRestore"), QStringLiteral("opened") } },
            { "unresolved_incidents", { QStringLiteral("timeToRestore"), QStringLiteral("unresolved") } },
            { "unattributed_incidents", { QStringLiteral("timeToRestore"), QStringLiteral("unattributed") } },
            { "deployments_without_changes", { QStringLiteral("deploymentsWithoutChanges") } },
        };
        QCOMPARE(header.size(), paths.size() + 2);
        int nonEmpty = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QJsonObject point = points.at(i).toObject();
            const QList<QByteArray> fields = lines.at(i + 1).split(',');
            QCOMPARE(fields.size(), header.size());
            QCOMPARE(QString::fromUtf8(fields.at(0)), point.value(u"from").toString());
            QCOMPARE(QString::fromUtf8(fields.at(1)), point.value(u"to").toString());
            for (qsizetype c = 2; c < header.size(); ++c) {
                QVERIFY2(paths.contains(header.at(c)), header.at(c).constData());
                QJsonValue value = point;
                for (const QString &key : paths.value(header.at(c)))
                    value = value.toObject().value(key);
                compareField(fields.at(c), value, header.at(c));
                nonEmpty += fields.at(c).isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(nonEmpty > points.size());
    }

    void adoptionCsvEqualsTheApi()
    {
        const ProgramRun run = ctl({ QStringLiteral("adoption"), QStringLiteral("--from"), QStringLiteral("2025-06-01"),
            QStringLiteral("--to"), QStringLiteral("2026-06-01"), QStringLiteral("--bucket"), QStringLiteral("month"),
            QStringLiteral("--csv") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = api(QStringLiteral("adoption"),
            QStringLiteral("from=2025-06-01T00:00:00Z&to=2026-06-01T00:00:00Z&bucket=month"));
        const QJsonArray points = json.value(u"points").toArray();
        const QList<QByteArray> lines = run.out.toUtf8().trimmed().split('\n');
        QCOMPARE(lines.size(), points.size() + 1);
        const QList<QByteArray> header = lines.at(0).split(',');
        const QHash<QByteArray, QString> keys { { "deployments_from_tarmac", QStringLiteral("deploymentsFromTarmac") },
            { "deployments_from_other_systems", QStringLiteral("deploymentsFromOtherSystems") },
            { "active_deployers", QStringLiteral("activeDeployers") },
            { "services_created", QStringLiteral("servicesCreated") },
            { "golden_path_share", QStringLiteral("goldenPathShare") } };
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i + 1).split(',');
            for (qsizetype c = 2; c < header.size(); ++c)
                compareField(fields.at(c), points.at(i).toObject().value(keys.value(header.at(c))), header.at(c));
        }
    }

    void jsonIsTheApiAnswer()
    {
        const ProgramRun run = ctl({ QStringLiteral("dora"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
            QStringLiteral("--to"), QStringLiteral("2026-04-01"), QStringLiteral("--json") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object(),
            api(QStringLiteral("dora"),
                QStringLiteral("from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z&bucket=week&scope=all")));
    }

    void mistakesSayWhat_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no kind") << QStringList {} << 2 << QStringLiteral("expected dora or adoption");
        QTest::newRow("bad date") << QStringList { QStringLiteral("dora"), QStringLiteral("--from"),
            QStringLiteral("soon") }
                                  << 2 << QStringLiteral("--from: 'soon'");
        QTest::newRow("bad bucket") << QStringList { QStringLiteral("dora"), QStringLiteral("--bucket"),
            QStringLiteral("hour") } << 2
                                    << QStringLiteral("--bucket must be day, week or month");
        QTest::newRow("unknown team") << QStringList { QStringLiteral("dora"), QStringLiteral("--scope"),
            QStringLiteral("team:nobody") }
                                      << 1 << QStringLiteral("nobody");
    }
    void mistakesSayWhat()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const ProgramRun run = ctl(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestMetricsCtl)
#include "tst_metricsctl.moc"
