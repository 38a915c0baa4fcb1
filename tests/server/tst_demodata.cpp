// SPDX-License-Identifier: GPL-3.0-or-later
// `tarmacd demo-data`: seeded, deterministic, realistic enough to show every metric and warning.
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TestUtils;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Token = QByteArrayLiteral("demo-data-test-session-token");
const QString Range = QStringLiteral("from=2025-06-01T00:00:00Z&to=2026-06-01T00:00:00Z");

ProgramRun demoData(const QString &databasePath, const QStringList &extra)
{
    QTemporaryDir home;
    return runProgram(QStringLiteral("tarmacd"),
        QStringList { QStringLiteral("demo-data"), QStringLiteral("--database"),
            QStringLiteral("sqlite:") + databasePath, QStringLiteral("--end"), QStringLiteral("2026-06-01") }
            + extra,
        isolatedEnvironment(home.path()));
}

QJsonObject get(Tarmacd &server, const QString &pathAndQuery)
{
    QUrl url = server.url(pathAndQuery.section(u'?', 0, 0));
    url.setQuery(pathAndQuery.section(u'?', 1));
    const HttpResult result
        = httpRequest("GET", url, { { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + Token } });
    if (result.status != 200)
        qWarning() << pathAndQuery << result.status << result.body;
    return QJsonDocument::fromJson(result.body).object();
}
}

class TestDemoData : public QObject {
    Q_OBJECT

private:
    // Fills a fresh tarmacd's database, starts it, and answers the two metrics for a year by week.
    std::pair<QJsonObject, QJsonObject> metricsOf(const QStringList &arguments, Tarmacd &server)
    {
        const ProgramRun run = demoData(server.databasePath(), arguments);
        if (run.exitCode != 0)
            qWarning() << run.err;
        if (run.exitCode != 0 || !server.start(Token))
            return {};
        return { get(server, QStringLiteral("/api/v1/metrics/dora?bucket=week&ids=true&") + Range),
            get(server, QStringLiteral("/api/v1/metrics/adoption?bucket=month&") + Range) };
    }

private Q_SLOTS:
    void sameSeedSameMetrics()
    {
        Tarmacd first;
        Tarmacd second;
        Tarmacd other;
        const QStringList arguments { QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--deployments"),
            QStringLiteral("4000") };
        const auto [dora1, adoption1] = metricsOf(arguments, first);
        // Over earlier demo data of another seed: the same history, ids and all.
        QCOMPARE(demoData(second.databasePath(),
                     { QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--deployments"),
                         QStringLiteral("300") })
                     .exitCode,
            0);
        const auto [dora2, adoption2] = metricsOf(arguments, second);
        QVERIFY(!dora1.isEmpty());
        QVERIFY(!adoption1.isEmpty());
        QCOMPARE(dora2, dora1);
        QCOMPARE(adoption2, adoption1);
        const auto [dora3, adoption3] = metricsOf(
            { QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--deployments"), QStringLiteral("4000") },
            other);
        QVERIFY(dora3 != dora1);
    }

    // Every metric and every data-quality warning has something to show.
    void historyIsRealistic()
    {
        Tarmacd server;
        const auto [dora, adoption] = metricsOf(
            { QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--deployments"), QStringLiteral("6000") },
            server);
        const QJsonObject total = dora.value(u"total").toObject();
        const qint64 deployments = total.value(u"deployments").toInteger();
        // About 65% of 6000 go to production, of which 93% succeed.
        QVERIFY2(deployments > 3000 && deployments < 4200, qPrintable(QString::number(deployments)));
        const double cfr = total.value(u"changeFailureRate").toObject().value(u"rate").toDouble();
        QVERIFY2(cfr > 0.02 && cfr < 0.2, qPrintable(QString::number(cfr)));
        const double rework = total.value(u"reworkRate").toObject().value(u"rate").toDouble();
        QVERIFY(rework > 0 && rework < cfr);
        QVERIFY(total.value(u"leadTime").toObject().value(u"median").toDouble() > 3600);
        QVERIFY(total.value(u"recoveryTime").toObject().value(u"median").isDouble());
        QVERIFY(total.value(u"timeToRestore").toObject().value(u"median").isDouble());
        QStringList warnings;
        for (const QJsonValue &w : dora.value(u"warnings").toArray())
            warnings.append(w.toObject().value(u"code").toString());
        QVERIFY2(warnings.contains(QStringLiteral("non_positive_lead_times")), qPrintable(warnings.join(u',')));
        QVERIFY2(warnings.contains(QStringLiteral("unattributed_incidents")), qPrintable(warnings.join(u',')));
        // Demo rollbacks carry no change: the warning counts them, as the total does.
        const qint64 withoutChanges = total.value(u"deploymentsWithoutChanges").toInteger();
        QVERIFY(withoutChanges > 0);
        const qsizetype withoutChangesWarning = warnings.indexOf(QStringLiteral("deployments_without_changes"));
        QVERIFY2(withoutChangesWarning >= 0, qPrintable(warnings.join(u',')));
        QCOMPARE(dora.value(u"warnings").toArray().at(withoutChangesWarning).toObject().value(u"count").toInteger(),
            withoutChanges);
        const QJsonArray points = dora.value(u"points").toArray();
        QCOMPARE(points.size(), 53); // weeks touching [2025-06-01, 2026-06-01)
        qint64 sum = 0;
        qint64 sumWithoutChanges = 0;
        for (const QJsonValue &p : points) {
            sum += p.toObject().value(u"deployments").toInteger();
            const QJsonObject ids = p.toObject().value(u"ids").toObject();
            QCOMPARE(ids.value(u"deployments").toArray().size(), p.toObject().value(u"deployments").toInteger());
            QCOMPARE(ids.value(u"deploymentsWithoutChanges").toArray().size(),
                p.toObject().value(u"deploymentsWithoutChanges").toInteger());
            sumWithoutChanges += p.toObject().value(u"deploymentsWithoutChanges").toInteger();
        }
        QCOMPARE(sum, deployments);
        QCOMPARE(sumWithoutChanges, withoutChanges);

        QCOMPARE(adoption.value(u"teamsOnboarded").toInteger(), 7);
        QVERIFY(adoption.value(u"servicesBehindNewestTemplateVersion").toInteger() > 0);
        QVERIFY(adoption.value(u"services").toInteger() > adoption.value(u"servicesFromTemplates").toInteger());
        const double share = adoption.value(u"goldenPathShare").toDouble(-1);
        QVERIFY2(share > 0.3 && share <= 1.0, qPrintable(QString::number(share)));
        qint64 fromOthers = 0;
        qint64 fromTarmac = 0;
        for (const QJsonValue &p : adoption.value(u"points").toArray()) {
            fromOthers += p.toObject().value(u"deploymentsFromOtherSystems").toInteger();
            fromTarmac += p.toObject().value(u"deploymentsFromTarmac").toInteger();
        }
        QVERIFY(fromOthers > 0);
        QVERIFY(fromTarmac > fromOthers);
    }

    // A second run replaces the first run's records instead of adding to them; a database with
    // someone's real teams is refused and left as it was.
    void rerunReplacesAndRealDataIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        const QStringList small { QStringLiteral("--deployments"), QStringLiteral("500") };
        ProgramRun run = demoData(path, small);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"500 deployments"), qPrintable(run.out));
        run = demoData(path, small);
        QCOMPARE(run.exitCode, 0);

        Tarmacd server;
        QVERIFY(demoData(server.databasePath(), small).exitCode == 0);
        QVERIFY(server.start(Token));
        QUrl teams = server.url(QStringLiteral("/api/v1/teams"));
        const HttpResult created = httpRequest("POST", teams,
            { { "Authorization", "Bearer " + Token }, { "Content-Type", "application/json" } },
            R"({"name": "real-team", "title": "Real"})");
        QCOMPARE(created.status, 201);
        run = demoData(server.databasePath(), small);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"not made by demo data"), qPrintable(run.err));
    }

    // The size of the organisation and the length of the history are the user's to choose.
    void teamsServicesAndDaysAreChosen()
    {
        Tarmacd server;
        const ProgramRun run = demoData(server.databasePath(),
            { QStringLiteral("--teams"), QStringLiteral("12"), QStringLiteral("--services"), QStringLiteral("40"),
                QStringLiteral("--days"), QStringLiteral("90"), QStringLiteral("--deployments"),
                QStringLiteral("800") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"12 teams, 40 services, 800 deployments"), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"from 2026-03-03T00:00:00"), qPrintable(run.out)); // 90 days before the end
        QVERIFY(server.start(Token));
        QStringList names;
        for (const QJsonValue &team : get(server, QStringLiteral("/api/v1/teams?limit=200")).value(u"items").toArray())
            names.append(team.toObject().value(u"name").toString());
        QCOMPARE(names.size(), 12);
        QVERIFY2(names.contains(u"payments-2"_s) && names.contains(u"payments"_s), qPrintable(names.join(u' ')));

        QTemporaryDir dir;
        const ProgramRun tooFew = demoData(dir.filePath(QStringLiteral("x.sqlite")),
            { QStringLiteral("--teams"), QStringLiteral("5"), QStringLiteral("--services"), QStringLiteral("3") });
        QCOMPARE(tooFew.exitCode, 1);
        QVERIFY2(tooFew.err.contains(u"at least as many services as teams"), qPrintable(tooFew.err));
    }

    // A benchmark asks for its number of incidents; the history's own are kept and topped up.
    void incidentsAreToppedUpToTheNumberAskedFor()
    {
        Tarmacd server;
        const ProgramRun run = demoData(server.databasePath(),
            { QStringLiteral("--deployments"), QStringLiteral("600"), QStringLiteral("--incidents"),
                QStringLiteral("250") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"600 deployments, ") && run.out.contains(u", 250 incidents"), qPrintable(run.out));
        QVERIFY(server.start(Token));
        const QJsonObject total
            = get(server, QStringLiteral("/api/v1/metrics/dora?bucket=month&") + Range).value(u"total").toObject();
        // Every one of them opened within the year the metrics are asked for.
        QCOMPARE(total.value(u"timeToRestore").toObject().value(u"opened").toInt(), 250);

        QTemporaryDir dir;
        const ProgramRun bad = demoData(
            dir.filePath(QStringLiteral("x.sqlite")), { QStringLiteral("--incidents"), QStringLiteral("-3") });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"--incidents: '-3'"), qPrintable(bad.err));
    }

    void badArgumentsSayWhich()
    {
        QTemporaryDir dir;
        const ProgramRun run = demoData(
            dir.filePath(QStringLiteral("x.sqlite")), { QStringLiteral("--deployments"), QStringLiteral("many") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"--deployments: 'many'"), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
