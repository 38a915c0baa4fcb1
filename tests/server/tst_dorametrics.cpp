// SPDX-License-Identifier: GPL-3.0-or-later
// The DORA SQL against a hand-computed fixture, on SQLite, and on a real PostgreSQL when run with
// TARMAC_TEST_POSTGRES=1 (the test starts it). Every expected number below is worked out by hand
// from the fixture and DESIGN.md's definitions; the comments show the arithmetic.
#include "apierror.h"
#include "database.h"
#include "demodata.h"
#include "doraquery.h"
#include "postgresserver.h"
#include "sql.h"

#include <QDateTime>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac::Server;
using namespace Tarmac::Metrics;

namespace {
qint64 t(const char *text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate).toMSecsSinceEpoch();
}

QString id(const char *prefix, int n)
{
    return QLatin1String(prefix) + u'_' + QStringLiteral("%1").arg(n, 22, 10, QLatin1Char('0'));
}

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;
}

class TestDoraMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("dora.sqlite"));
        if (qEnvironmentVariableIntValue("TARMAC_TEST_POSTGRES") == 1) {
            QString error;
            m_postgres = std::make_unique<TestUtils::PostgresServer>();
            QVERIFY2(m_postgres->start(&error), qPrintable(error));
            QVERIFY2(m_postgres->createDatabase(QStringLiteral("dora"), &url, &error), qPrintable(error));
        }
        QString error;
        QVERIFY2(m_db.open(url, &error), qPrintable(error));
        try {
            fill();
        } catch (const ApiError &e) {
            QFAIL(qPrintable(e.message()));
        }
    }

    void weeklySeries()
    {
        const DoraQuery::Result r = run({ t("2024-01-01T00:00:00Z"), t("2024-01-22T00:00:00Z") }, Bucket::Week, {});
        QCOMPARE(r.points.size(), 3);
        const DoraPoint &w1 = r.points.at(0);
        const DoraPoint &w2 = r.points.at(1);
        const DoraPoint &w3 = r.points.at(2);
        QCOMPARE(w1.from, t("2024-01-01T00:00:00Z"));
        QCOMPARE(w2.from, t("2024-01-08T00:00:00Z")); // a Monday

        // W1: d1, d2, d3 (S1) and e1 (S2) on Jan 2, 3, 3, 4.
        QCOMPARE(w1.deployments, 4);
        QCOMPARE(w1.deployDays, 3);
        // d2 remediated by hotfix d3; e1 by rollback e2 (next week). d1's incident went to d0.
        QCOMPARE(w1.failedDeployments, 2);
        QCOMPARE(w1.changeFailureRate, 0.5);
        QCOMPARE(w1.reworkDeployments, 1); // d3
        QCOMPARE(w1.reworkRate, 0.25);
        // Recovery: d2 -> d3 = 2 h; e1 -> e2 = 8 days. Median of two: their mean.
        QCOMPARE(w1.recoveryMedian, double(2 * Hour + 8 * Day) / 2);
        QCOMPARE(w1.recoveredFailures, 2);
        QCOMPARE(w1.openFailures, 0);
        // Lead times c3 1 h, c1 4 h, c5 1 d, c2 2 d (its staging deployment does not count); c4 is 0, dropped.
        QCOMPARE(w1.leadTimeChanges, 4);
        QCOMPARE(w1.leadTimeDropped, 1);
        QCOMPARE(w1.leadTimeMedian, double(4 * Hour + Day) / 2);
        QCOMPARE(w1.leadTimeP90, double(2 * Day)); // rank ceil(3.6) = 4
        // Incidents by opening time: i0 (1 h, to d0), i1 (2 h, S2 had no deployment: unattributed).
        QCOMPARE(w1.incidentsOpened, 2);
        QCOMPARE(w1.unattributedIncidents, 1);
        QCOMPARE(w1.timeToRestoreMedian, double(1.5 * Hour));

        // W2: d4, d5 (S1) and e2 (S2); d6 failed and d7 staging do not count.
        QCOMPARE(w2.deployments, 3);
        QCOMPARE(w2.deployDays, 3);
        // d4 (explicit i2), d5 (i3 by the window rule), e2 (i4 by the window rule): all failed, and 100% is the most.
        QCOMPARE(w2.failedDeployments, 3);
        QCOMPARE(w2.changeFailureRate, 1.0);
        QCOMPARE(w2.reworkDeployments, 1); // e2
        // d4 recovers at i2's resolution (5 h), e2 at i4's (18 h); d5's incident is open: counted, not timed.
        QCOMPARE(w2.recoveryMedian, double(5 * Hour + 18 * Hour) / 2);
        QCOMPARE(w2.recoveredFailures, 2);
        QCOMPARE(w2.openFailures, 1);
        // c7 1 d, c8 1 d, c9 7 d.
        QCOMPARE(w2.leadTimeChanges, 3);
        QCOMPARE(w2.leadTimeMedian, double(Day));
        QCOMPARE(w2.leadTimeP90, double(7 * Day)); // rank ceil(2.7) = 3
        // i2 4 h, i3 open, i4 3 h, i5 1 h (e1 was 7 days and 1 hour before it: outside the window).
        QCOMPARE(w2.incidentsOpened, 4);
        QCOMPARE(w2.unresolvedIncidents, 1);
        QCOMPARE(w2.unattributedIncidents, 1);
        QCOMPARE(w2.timeToRestoreMedian, double(3 * Hour));

        // W3: nothing happened. Empty, not zero: no rate, no median.
        QCOMPARE(w3.deployments, 0);
        QCOMPARE(w3.changeFailureRate, std::nullopt);
        QCOMPARE(w3.reworkRate, std::nullopt);
        QCOMPARE(w3.leadTimeMedian, std::nullopt);
        QCOMPARE(w3.recoveryMedian, std::nullopt);
        QCOMPARE(w3.timeToRestoreMedian, std::nullopt);

        // The whole range.
        const DoraPoint &all = r.total;
        QCOMPARE(all.deployments, 7);
        QCOMPARE(all.failedDeployments, 5);
        QCOMPARE(all.changeFailureRate, 5.0 / 7.0);
        // 2 h, 5 h, 18 h, 8 d: even count.
        QCOMPARE(all.recoveryMedian, double(5 * Hour + 18 * Hour) / 2);
        // 1 h, 4 h, 1 d, 1 d, 1 d, 2 d, 7 d.
        QCOMPARE(all.leadTimeMedian, double(Day));
        QCOMPARE(all.leadTimeP90, double(7 * Day));
        QCOMPARE(all.leadTimeDropped, 1);
        // 1 h, 1 h, 2 h, 3 h, 4 h (i3 unresolved).
        QCOMPARE(all.timeToRestoreMedian, double(2 * Hour));
        QCOMPARE(all.unattributedIncidents, 2);
        QCOMPARE(r.deployDaysPerWeek, (QList<qint64> { 3, 3, 0 }));
        QCOMPARE(r.deployDaysPerMonth, (QList<qint64> { 6 }));
    }

    void idsBehindEachPoint()
    {
        const DoraQuery::Result r
            = run({ t("2024-01-01T00:00:00Z"), t("2024-01-15T00:00:00Z") }, Bucket::Week, {}, true);
        const DoraPoint &w1 = r.points.at(0);
        QCOMPARE(w1.deploymentIds, (QStringList { id("dep", 1), id("dep", 2), id("dep", 3), id("dep", 11) }));
        QCOMPARE(w1.failedDeploymentIds, (QStringList { id("dep", 2), id("dep", 11) }));
        QCOMPARE(w1.changeIds, (QStringList { id("chg", 1), id("chg", 2), id("chg", 3), id("chg", 4), id("chg", 5) }));
        QCOMPARE(w1.incidentIds, (QStringList { id("inc", 0), id("inc", 1) }));
        QCOMPARE(r.points.at(1).failedDeploymentIds, (QStringList { id("dep", 4), id("dep", 5), id("dep", 12) }));
    }

    void scopedToATeam()
    {
        const DoraQuery::Result r = run({ t("2024-01-01T00:00:00Z"), t("2024-01-15T00:00:00Z") }, Bucket::Week,
            { QStringLiteral("team"), id("team", 2) });
        // Team 2 owns S2 only: e1 (failed by rollback), e2 (failed by i4).
        QCOMPARE(r.points.at(0).deployments, 1);
        QCOMPARE(r.points.at(0).changeFailureRate, 1.0);
        QCOMPARE(r.points.at(0).leadTimeMedian, double(Day)); // c5
        QCOMPARE(r.points.at(0).unattributedIncidents, 1); // i1
        QCOMPARE(r.points.at(1).deployments, 1);
        QCOMPARE(r.points.at(1).changeFailureRate, 1.0);
        QCOMPARE(r.points.at(1).leadTimeMedian, double(7 * Day)); // c9
        QCOMPARE(r.points.at(1).incidentsOpened, 2); // i4, i5
        QCOMPARE(r.total.deployments, 2);
    }

    void nonProductionScopeCountsNothing()
    {
        const DoraQuery::Result r = run({ t("2024-01-01T00:00:00Z"), t("2024-01-15T00:00:00Z") }, Bucket::Day,
            { QStringLiteral("environment"), id("env", 2) });
        QCOMPARE(r.points.size(), 14);
        QCOMPARE(r.total.deployments, 0);
        QCOMPARE(r.total.changeFailureRate, std::nullopt);
    }

    void dailyBucketsSplitTheWeek()
    {
        const DoraQuery::Result r = run({ t("2024-01-03T00:00:00Z"), t("2024-01-05T00:00:00Z") }, Bucket::Day, {});
        QCOMPARE(r.points.size(), 2);
        QCOMPARE(r.points.at(0).deployments, 2); // d2, d3 on Jan 3
        QCOMPARE(r.points.at(0).failedDeployments, 1);
        QCOMPARE(r.points.at(1).deployments, 1); // e1 on Jan 4
        QCOMPARE(r.points.at(1).failedDeployments, 1); // its rollback lies outside the range, still counts
    }

    void deploymentsWithoutChanges()
    {
        // Every counted deployment in January carried a change: none to note.
        const DoraQuery::Result january
            = run({ t("2024-01-01T00:00:00Z"), t("2024-01-22T00:00:00Z") }, Bucket::Week, {}, true);
        QCOMPARE(january.total.deploymentsWithoutChanges, 0);
        for (const DoraPoint &p : january.points)
            QVERIFY(p.deploymentWithoutChangesIds.isEmpty());

        // February: week of Feb 5, d21 (c11) and d22 (no change); week of Feb 12, d23 (no change);
        // d24 (failed) and d25 (staging) carried none but are not counted.
        const DoraQuery::Result r
            = run({ t("2024-02-05T00:00:00Z"), t("2024-02-19T00:00:00Z") }, Bucket::Week, {}, true);
        QCOMPARE(r.points.size(), 2);
        QCOMPARE(r.points.at(0).deployments, 2);
        QCOMPARE(r.points.at(0).deploymentsWithoutChanges, 1);
        QCOMPARE(r.points.at(0).deploymentWithoutChangesIds, QStringList { id("dep", 22) });
        QCOMPARE(r.points.at(1).deployments, 1);
        QCOMPARE(r.points.at(1).deploymentsWithoutChanges, 1);
        QCOMPARE(r.points.at(1).deploymentWithoutChangesIds, QStringList { id("dep", 23) });
        QCOMPARE(r.total.deploymentsWithoutChanges, 2);
        // They still count as deployments; lead time has c11 alone (1 h).
        QCOMPARE(r.total.deployments, 3);
        QCOMPARE(r.total.leadTimeChanges, 1);
        QCOMPARE(r.total.leadTimeMedian, double(Hour));
        // Scoped to team 2 (service 2 has no February deployments): none.
        const DoraQuery::Result team2 = run({ t("2024-02-05T00:00:00Z"), t("2024-02-19T00:00:00Z") }, Bucket::Week,
            { QStringLiteral("team"), id("team", 2) });
        QCOMPARE(team2.total.deploymentsWithoutChanges, 0);
    }

    // The history facts the query reads (migration 0009) are kept by triggers whatever the order of
    // the writes: a deployment reported late that finished earlier, one that finishes after it was
    // queued, a link removed, an environment made production. March 2024, service 1, nothing else.
    void factsFollowLateAndChangedWrites()
    {
        const TimeSpan march { t("2024-03-01T00:00:00Z"), t("2024-04-01T00:00:00Z") };
        deployment(31, 1, 1, "2024-03-12T10:00:00Z", "planned");
        change(31, 1, "2024-03-11T10:00:00Z", { 31 });
        DoraQuery::Result r = run(march, Bucket::Month, {}, true);
        QCOMPARE(r.total.deployments, 1);
        QCOMPARE(r.total.leadTimeMedian, double(Day));
        QCOMPARE(r.total.failedDeployments, 0);

        // A webhook reports a deployment of the same change that finished a day earlier: the lead time
        // now ends there.
        deployment(30, 1, 1, "2024-03-11T22:00:00Z", "planned");
        exec(QStringLiteral("INSERT INTO deployment_changes (deployment_id, change_id) VALUES (?, ?)"),
            { id("dep", 30), id("chg", 31) });
        r = run(march, Bucket::Month, {}, true);
        QCOMPARE(r.total.deployments, 2);
        QCOMPARE(r.total.leadTimeChanges, 1);
        QCOMPARE(r.total.leadTimeMedian, double(12 * Hour));
        // d31 carried nothing new, but it carried c31: not a deployment without changes.
        QCOMPARE(r.total.deploymentsWithoutChanges, 0);

        // A rollback queued after d31 finishes: d31 fails when it succeeds, recovered 3 h later.
        exec(QStringLiteral("INSERT INTO deployments (id, service_id, environment_id, version, intent, status, "
                            "created_at) VALUES (?, ?, ?, '1', 'rollback', 'queued', ?)"),
            { id("dep", 32), id("svc", 1), id("env", 1), t("2024-03-12T12:00:00Z") });
        r = run(march, Bucket::Month, {});
        QCOMPARE(r.total.deployments, 2);
        QCOMPARE(r.total.failedDeployments, 0);
        exec(QStringLiteral("UPDATE deployments SET status = 'succeeded', finished_at = ? WHERE id = ?"),
            { t("2024-03-12T13:00:00Z"), id("dep", 32) });
        r = run(march, Bucket::Month, {}, true);
        QCOMPARE(r.total.deployments, 3);
        QCOMPARE(r.total.failedDeployments, 1);
        QCOMPARE(r.points.at(0).failedDeploymentIds, QStringList { id("dep", 31) });
        QCOMPARE(r.total.recoveryMedian, double(3 * Hour));
        QCOMPARE(r.total.deploymentsWithoutChanges, 1); // the rollback

        // The late report is withdrawn: the change's lead time ends at d31 again.
        exec(QStringLiteral("DELETE FROM deployment_changes WHERE deployment_id = ?"), { id("dep", 30) });
        r = run(march, Bucket::Month, {});
        QCOMPARE(r.total.leadTimeMedian, double(Day));
        QCOMPARE(r.total.deploymentsWithoutChanges, 2);

        // A change first deployed to staging counts from the day staging is made production.
        deployment(33, 1, 2, "2024-03-20T10:00:00Z", "planned");
        change(33, 1, "2024-03-20T09:00:00Z", { 33 });
        r = run(march, Bucket::Month, {});
        QCOMPARE(r.total.leadTimeChanges, 1);
        exec(QStringLiteral("UPDATE environments SET production = 1 WHERE id = ?"), { id("env", 2) });
        r = run(march, Bucket::Month, {});
        QCOMPARE(r.total.deployments, 4);
        QCOMPARE(r.total.leadTimeChanges, 2);
        exec(QStringLiteral("UPDATE environments SET production = 0 WHERE id = ?"), { id("env", 2) });
        r = run(march, Bucket::Month, {});
        QCOMPARE(r.total.leadTimeChanges, 1);
    }

    // Deployments that finished at the same instant follow one another by id (migration 0010 finds
    // them by (finished_at, id)), whatever order they are written in. May 2024, service 2 only.
    void deploymentsFinishedAtOneInstantFollowById()
    {
        const TimeSpan may { t("2024-05-01T00:00:00Z"), t("2024-06-01T00:00:00Z") };
        const char *at = "2024-05-06T10:00:00Z";
        deployment(42, 2, 1, at, "planned");
        deployment(44, 2, 1, at, "planned");
        deployment(41, 2, 1, at, "planned");
        deployment(43, 2, 1, at, "rollback");
        const auto nextIntents = [this] {
            QStringList intents;
            QSqlQuery q = sqlExec(m_db,
                QStringLiteral(
                    "SELECT COALESCE(next_intent, '-') FROM deployments WHERE id IN (?, ?, ?, ?) ORDER BY id"),
                { id("dep", 41), id("dep", 42), id("dep", 43), id("dep", 44) });
            while (q.next())
                intents.append(q.value(0).toString());
            return intents;
        };
        QCOMPARE(nextIntents(),
            (QStringList { QStringLiteral("planned"), QStringLiteral("rollback"), QStringLiteral("planned"),
                QStringLiteral("-") }));
        DoraQuery::Result r = run(may, Bucket::Month, {}, true);
        QCOMPARE(r.total.deployments, 4);
        QCOMPARE(r.points.at(0).failedDeploymentIds, QStringList { id("dep", 42) });

        // The rollback turns out to have failed: d42 is followed by d44 and no longer failed.
        exec(QStringLiteral("UPDATE deployments SET status = 'failed' WHERE id = ?"), { id("dep", 43) });
        QCOMPARE(nextIntents(),
            (QStringList { QStringLiteral("planned"), QStringLiteral("planned"), QStringLiteral("planned"),
                QStringLiteral("-") }));
        r = run(may, Bucket::Month, {}, true);
        QCOMPARE(r.total.deployments, 3);
        QCOMPARE(r.total.failedDeployments, 0);

        // d44 is withdrawn: d42 is the last again.
        exec(QStringLiteral("DELETE FROM deployments WHERE id = ?"), { id("dep", 44) });
        QCOMPARE(
            nextIntents(), (QStringList { QStringLiteral("planned"), QStringLiteral("-"), QStringLiteral("planned") }));
    }

    void emptyRangeIsEmptyNotAnError()
    {
        const DoraQuery::Result r = run({ t("2024-01-03T00:00:00Z"), t("2024-01-03T00:00:00Z") }, Bucket::Week, {});
        QVERIFY(r.points.isEmpty());
        QCOMPARE(r.total.deployments, 0);
        const DoraQuery::Result later
            = run({ t("2030-01-01T00:00:00Z"), t("2030-02-01T00:00:00Z") }, Bucket::Month, {});
        QCOMPARE(later.points.size(), 1);
        QCOMPARE(later.points.at(0).deployments, 0);
        QCOMPARE(later.total.leadTimeMedian, std::nullopt);
    }

    // Demo data writes its history with the fact triggers paused and works the facts out set-based
    // (sql/dora_facts_backfill.sql). They must be the triggers' own: after a second run that
    // replaces the first, the facts are cleared and the triggers made to work them out again, row
    // by row (every link inserted anew, every deployment's status written), and compared.
    void demoDataFactsAreTheTriggers()
    {
        Database db;
        QString error;
        QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("demo.sqlite"));
        if (m_postgres)
            QVERIFY2(m_postgres->createDatabase(QStringLiteral("demo"), &url, &error), qPrintable(error));
        QVERIFY2(db.open(url, &error), qPrintable(error));
        DemoDataOptions options;
        options.deployments = 600;
        options.endMs = t("2026-06-01T00:00:00Z");
        options.days = 60;
        options.teams = 2;
        options.services = 5;
        DemoDataSummary summary;
        QVERIFY2(writeDemoData(db, options, &summary, &error), qPrintable(error));
        options.seed = 2;
        QVERIFY2(writeDemoData(db, options, &summary, &error), qPrintable(error));
        QCOMPARE(summary.deployments, 600);
        const int triggers = factTriggers(db);
        QVERIFY(triggers >= 5);

        const QStringList bulk = facts(db);
        // Not trivially equal: shipments, remediations and carried changes are all there.
        QVERIFY(bulk.filter(QStringLiteral("chg_")).filter(QStringLiteral("|dep_")).size() > 500);
        QVERIFY(!bulk.filter(QStringLiteral("|rollback|")).isEmpty());
        QVERIFY(!bulk.filter(QStringLiteral("|hotfix|")).isEmpty());
        try {
            sqlExecDirect(db, QStringLiteral("CREATE TEMP TABLE demo_links AS SELECT * FROM deployment_changes"));
            sqlExec(db, QStringLiteral("DELETE FROM deployment_changes"));
            sqlExec(db, QStringLiteral("UPDATE changes SET shipped_by = NULL, shipped_at = NULL"));
            sqlExec(
                db, QStringLiteral("UPDATE deployments SET next_intent = NULL, next_finished_at = NULL, carried = 0"));
            QVERIFY(facts(db) != bulk);
            sqlExec(db,
                QStringLiteral("INSERT INTO deployment_changes (deployment_id, change_id) "
                               "SELECT deployment_id, change_id FROM demo_links"));
            sqlExec(db, QStringLiteral("UPDATE deployments SET status = status"));
        } catch (const ApiError &e) {
            QFAIL(qPrintable(e.message()));
        }
        QCOMPARE(facts(db), bulk);

        // A run that fails (here: it refuses a team of someone else's) leaves the triggers on.
        sqlExec(db, QStringLiteral("INSERT INTO teams (id, name, created_at) VALUES ('team_real', 'real', 0)"));
        QVERIFY(!writeDemoData(db, options, &summary, &error));
        QCOMPARE(factTriggers(db), triggers);
    }

    // The figures worked out from kept counts against the rows themselves, for buckets of each kind,
    // partial days at the range's ends and narrower scopes:
    // - every bucket's lead-time median and p90, and the whole range's, against sorting the changes
    //   (on PostgreSQL they come from the kept bins of migration 0012, on SQLite from one pass of
    //   tarmac_span_percentiles);
    // - the deployment counts (kept per day by migration 0013) against the ids the same request lists
    //   from the deployments one by one.
    void keptFiguresAgreeWithTheRows()
    {
        Database db;
        QString error;
        QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("leads.sqlite"));
        if (m_postgres)
            QVERIFY2(m_postgres->createDatabase(QStringLiteral("leads"), &url, &error), qPrintable(error));
        QVERIFY2(db.open(url, &error), qPrintable(error));
        DemoDataOptions options;
        options.deployments = 3000;
        options.endMs = t("2026-06-01T00:00:00Z");
        options.days = 120;
        options.teams = 3;
        options.services = 8;
        DemoDataSummary summary;
        QVERIFY2(writeDemoData(db, options, &summary, &error), qPrintable(error));
        // A change shipped after the history was written moves between bins through the triggers.
        sqlExec(db,
            QStringLiteral(
                "UPDATE changes SET committed_at = committed_at - 3600000 WHERE id IN (SELECT id FROM changes "
                "WHERE shipped_at IS NOT NULL ORDER BY id LIMIT 50)"));
        const auto firstId = [&](const QString &statement) {
            QSqlQuery q = sqlExec(db, statement);
            return q.next() ? q.value(0).toString() : QString();
        };
        const QString team = firstId(QStringLiteral("SELECT id FROM teams ORDER BY id"));
        const QString service = firstId(QStringLiteral("SELECT id FROM services ORDER BY id"));
        const QString production = firstId(QStringLiteral("SELECT id FROM environments WHERE production = 1"));
        QVERIFY(!team.isEmpty() && !service.isEmpty() && !production.isEmpty());
        // Deployments written after the history go through the count triggers (each database's
        // own; PostgreSQL adds them up at commit): two in one transaction, one moved to another day,
        // one written and deleted, one that carries a change.
        try {
            const QString insert = QStringLiteral(
                "INSERT INTO deployments (id, service_id, environment_id, version, intent, status, created_at, "
                "started_at, finished_at) VALUES (?, ?, ?, 'late', ?, 'succeeded', ?, ?, ?)");
            const auto late = [&](const char *id, const char *intent, const char *finished) {
                sqlExec(db, insert,
                    { QLatin1String(id), service, production, QLatin1String(intent), t(finished), t(finished),
                        t(finished) });
            };
            QVERIFY(db.beginWrite(&error));
            late("dep_late1", "planned", "2026-03-03T10:00:00Z");
            late("dep_late2", "hotfix", "2026-03-03T11:00:00Z");
            QVERIFY2(db.commit(&error), qPrintable(error));
            late("dep_late3", "rollback", "2026-03-04T10:00:00Z");
            sqlExec(db, QStringLiteral("UPDATE deployments SET finished_at = ? WHERE id = 'dep_late3'"),
                { t("2026-03-09T10:00:00Z") });
            late("dep_late4", "planned", "2026-03-05T10:00:00Z");
            sqlExec(db, QStringLiteral("DELETE FROM deployments WHERE id = 'dep_late4'"));
            late("dep_late5", "planned", "2026-03-06T10:00:00Z");
            sqlExec(db,
                QStringLiteral("INSERT INTO changes (id, service_id, sha, committed_at, created_at) "
                               "VALUES ('chg_late5', ?, 'late5', ?, 0)"),
                { service, t("2026-03-06T08:00:00Z") });
            sqlExec(db,
                QStringLiteral(
                    "INSERT INTO deployment_changes (deployment_id, change_id) VALUES ('dep_late5', 'chg_late5')"));
        } catch (const ApiError &e) {
            QFAIL(qPrintable(e.message()));
        }

        const qint64 start = t("2026-02-01T00:00:00Z");
        const qint64 end = t("2026-06-01T00:00:00Z");
        struct Case {
            TimeSpan range;
            Bucket bucket;
            MetricScope scope;
        };
        const Case cases[] = {
            { { start, end }, Bucket::Week, {} },
            { { start + 5 * Hour * 1000 + 17 * 60000, end - 3 * Hour * 1000 + 123 }, Bucket::Day, {} },
            { { start, end }, Bucket::Month, { QStringLiteral("team"), team, 0 } },
            { { start + 1, end - 1 }, Bucket::Week, { QStringLiteral("service"), service, 0 } },
            { { start + 2 * Hour * 1000, start + 20 * Hour * 1000 }, Bucket::Day, {} },
            { { start - 7, end }, Bucket::Week, { QStringLiteral("environment"), production, 0 } },
        };
        for (const Case &c : cases) {
            const DoraQuery::Result result = DoraQuery(db, 7 * Day * 1000).run(c.range, c.bucket, c.scope, true);
            const QList<TimeSpan> buckets = bucketsOf(c.range, c.bucket);
            QCOMPARE(result.points.size(), buckets.size());
            qint64 deployments = 0;
            for (const DoraPoint &point : result.points) {
                QCOMPARE(point.deployments, point.deploymentIds.size());
                QCOMPARE(point.failedDeployments, point.failedDeploymentIds.size());
                QCOMPARE(point.reworkDeployments, point.reworkDeploymentIds.size());
                QCOMPARE(point.openFailures, point.openFailureIds.size());
                QCOMPARE(point.deploymentsWithoutChanges, point.deploymentWithoutChangesIds.size());
                deployments += point.deployments;
            }
            QCOMPARE(result.total.deployments, deployments);
            QVERIFY(result.total.deployments > 0);
            // Lead times (ms) per bucket, and for the whole range last.
            QList<QList<qint64>> leads(buckets.size() + 1);
            QString inScope;
            if (c.scope.kind == QLatin1String("team"))
                inScope = QStringLiteral(" AND service_id IN (SELECT id FROM services WHERE team_id = '%1')").arg(team);
            else if (c.scope.kind == QLatin1String("service"))
                inScope = QStringLiteral(" AND service_id = '%1'").arg(service);
            QSqlQuery q = sqlExec(db,
                QStringLiteral("SELECT shipped_at, shipped_at - committed_at FROM changes WHERE shipped_at >= ? AND "
                               "shipped_at < ?%1")
                    .arg(inScope),
                { c.range.from, c.range.to });
            while (q.next()) {
                const qint64 at = q.value(0).toLongLong();
                const auto bucketAt = std::find_if(
                    buckets.cbegin(), buckets.cend(), [at](const TimeSpan &span) { return at < span.to; });
                QVERIFY(bucketAt != buckets.cend());
                leads[bucketAt - buckets.cbegin()].append(q.value(1).toLongLong());
                leads.last().append(q.value(1).toLongLong());
            }
            QVERIFY(!leads.last().isEmpty());
            for (qsizetype i = 0; i < leads.size(); ++i) {
                const DoraPoint &point = i < buckets.size() ? result.points.at(i) : result.total;
                QList<qint64> positive;
                for (const qint64 lead : std::as_const(leads.at(i)))
                    if (lead > 0)
                        positive.append(lead);
                std::sort(positive.begin(), positive.end());
                const qsizetype n = positive.size();
                const QByteArray where = "bucket " + QByteArray::number(i) + " of " + QByteArray::number(c.range.from)
                    + ".." + QByteArray::number(c.range.to) + ", " + c.scope.kind.toLatin1() + ": "
                    + QByteArray::number(point.leadTimeChanges) + " changes, median "
                    + QByteArray::number(point.leadTimeMedian.value_or(-1)) + ", p90 "
                    + QByteArray::number(point.leadTimeP90.value_or(-1)) + "; sorted: " + QByteArray::number(n)
                    + " changes";
                QVERIFY2(point.leadTimeChanges == n, where.constData());
                QVERIFY2(point.leadTimeDropped == leads.at(i).size() - n, where.constData());
                if (n == 0) {
                    QVERIFY2(!point.leadTimeMedian && !point.leadTimeP90, where.constData());
                    continue;
                }
                const double median = (double(positive.at((n - 1) / 2)) + double(positive.at(n / 2))) / 2.0 / 1000.0;
                QVERIFY2(point.leadTimeMedian == median, where.constData());
                // Nearest rank: the first value with at least 90% of them at or below it.
                qsizetype rank = 0;
                while ((rank + 1) * 10 < 9 * n)
                    ++rank;
                QVERIFY2(point.leadTimeP90 == double(positive.at(rank)) / 1000.0, where.constData());
            }
        }
    }

private:
    // The fact triggers that are on.
    int factTriggers(const Database &db)
    {
        QSqlQuery q = sqlExec(db,
            db.kind() == QLatin1String("postgres")
                ? QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname LIKE 'dora\\_%' AND tgenabled = 'O'")
                : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'dora\\_%' "
                                 "ESCAPE '\\'"));
        return q.next() ? q.value(0).toInt() : -1;
    }

    // Every change's and deployment's facts, a line each: id|fact|fact...
    QStringList facts(const Database &db)
    {
        QStringList lines;
        const QString statements[] = { QStringLiteral(
                                           "SELECT id, shipped_by, shipped_at, lead_bin FROM changes ORDER BY id"),
            QStringLiteral("SELECT id, next_intent, next_finished_at, carried FROM deployments ORDER BY id"),
            QStringLiteral("SELECT day, environment_id, service_id, deployments, rework, without_changes "
                           "FROM dora_deploy_days WHERE deployments <> 0 ORDER BY day, environment_id, service_id"),
            QStringLiteral("SELECT service_id, day, bin, changes FROM dora_lead_bins WHERE changes <> 0 "
                           "ORDER BY service_id, day, bin") };
        for (const QString &statement : statements) {
            QSqlQuery q = sqlExec(db, statement);
            while (q.next()) {
                QStringList line;
                for (int i = 0; i < q.record().count(); ++i)
                    line.append(q.isNull(i) ? QStringLiteral("-") : q.value(i).toString());
                lines.append(line.join(u'|') + u'|');
            }
        }
        return lines;
    }

    DoraQuery::Result run(const TimeSpan &range, Bucket bucket, const MetricScope &scope, bool ids = false)
    {
        try {
            return DoraQuery(m_db, 7 * Day * 1000).run(range, bucket, scope, ids);
        } catch (const ApiError &e) {
            qWarning() << e.message();
            return {};
        }
    }

    void exec(const QString &statement, const QVariantList &values) { sqlExec(m_db, statement, values); }

    void deployment(
        int n, int service, int environment, const char *finished, const char *intent, const char *status = "succeeded")
    {
        exec(QStringLiteral(
                 "INSERT INTO deployments (id, service_id, environment_id, version, intent, status, created_at, "
                 "started_at, finished_at) VALUES (?, ?, ?, '1', ?, ?, ?, ?, ?)"),
            { id("dep", n), id("svc", service), id("env", environment), QLatin1String(intent), QLatin1String(status),
                t(finished), t(finished), t(finished) });
    }

    void change(int n, int service, const char *committed, QList<int> deployments)
    {
        exec(QStringLiteral(
                 "INSERT INTO changes (id, service_id, sha, committed_at, created_at) VALUES (?, ?, ?, ?, 0)"),
            { id("chg", n), id("svc", service), QStringLiteral("sha%1").arg(n), t(committed) });
        for (int d : deployments)
            exec(QStringLiteral("INSERT INTO deployment_changes (deployment_id, change_id) VALUES (?, ?)"),
                { id("dep", d), id("chg", n) });
    }

    void incident(int n, int service, const char *opened, const char *resolved, int explicitDeployment = 0)
    {
        exec(QStringLiteral(
                 "INSERT INTO incidents (id, service_id, title, opened_at, resolved_at, deployment_id, created_at) "
                 "VALUES (?, ?, 'x', ?, ?, ?, 0)"),
            { id("inc", n), id("svc", service), t(opened), resolved ? QVariant(t(resolved)) : QVariant(),
                explicitDeployment ? QVariant(id("dep", explicitDeployment)) : QVariant() });
    }

    void fill()
    {
        for (int team : { 1, 2 })
            exec(QStringLiteral("INSERT INTO teams (id, name, created_at) VALUES (?, ?, 0)"),
                { id("team", team), QStringLiteral("team-%1").arg(team) });
        exec(QStringLiteral(
                 "INSERT INTO environments (id, name, production, created_at) VALUES (?, 'production', 1, 0)"),
            { id("env", 1) });
        exec(QStringLiteral("INSERT INTO environments (id, name, production, created_at) VALUES (?, 'staging', 0, 0)"),
            { id("env", 2) });
        for (int service : { 1, 2 })
            exec(QStringLiteral(
                     "INSERT INTO services (id, name, team_id, created_at, updated_at) VALUES (?, ?, ?, 0, 0)"),
                { id("svc", service), QStringLiteral("service-%1").arg(service), id("team", service) });
        // Service 1, production.
        deployment(0, 1, 1, "2023-12-30T12:00:00Z", "planned"); // before the range
        deployment(1, 1, 1, "2024-01-02T12:00:00Z", "planned");
        deployment(2, 1, 1, "2024-01-03T12:00:00Z", "planned");
        deployment(3, 1, 1, "2024-01-03T14:00:00Z", "hotfix");
        deployment(4, 1, 1, "2024-01-09T10:00:00Z", "planned");
        deployment(5, 1, 1, "2024-01-10T10:00:00Z", "planned");
        deployment(6, 1, 1, "2024-01-11T10:00:00Z", "planned", "failed"); // not successful: not counted
        deployment(7, 1, 2, "2024-01-02T09:00:00Z", "planned"); // staging: not counted
        // February, after everything above, for deployments that shipped no change (all planned, so
        // none remediates d5 before them).
        deployment(21, 1, 1, "2024-02-06T10:00:00Z", "planned");
        deployment(22, 1, 1, "2024-02-07T10:00:00Z", "planned");
        deployment(23, 1, 1, "2024-02-13T10:00:00Z", "planned");
        deployment(24, 1, 1, "2024-02-14T10:00:00Z", "planned", "failed");
        deployment(25, 1, 2, "2024-02-14T11:00:00Z", "planned");
        // Service 2, production.
        deployment(11, 2, 1, "2024-01-04T09:00:00Z", "planned");
        deployment(12, 2, 1, "2024-01-12T09:00:00Z", "rollback");

        change(1, 1, "2024-01-02T08:00:00Z", { 1 });
        change(2, 1, "2024-01-01T12:00:00Z", { 7, 2 });
        change(3, 1, "2024-01-03T13:00:00Z", { 3, 4 });
        change(4, 1, "2024-01-03T12:00:00Z", { 2 }); // committed at the deployment's finish: 0, dropped
        change(5, 2, "2024-01-03T09:00:00Z", { 11 });
        change(6, 1, "2023-12-29T12:00:00Z", { 0, 4 }); // first shipped before the range
        change(7, 1, "2024-01-08T10:00:00Z", { 4 });
        change(8, 1, "2024-01-09T10:00:00Z", { 5 });
        change(9, 2, "2024-01-05T09:00:00Z", { 12 });
        change(10, 1, "2024-01-10T00:00:00Z", { 6 }); // only in a failed deployment: never shipped
        change(11, 1, "2024-02-06T09:00:00Z", { 21 });

        incident(0, 1, "2024-01-02T10:00:00Z", "2024-01-02T11:00:00Z"); // window: d0
        incident(1, 2, "2024-01-01T00:30:00Z", "2024-01-01T02:30:00Z"); // S2 had no deployment yet
        incident(2, 1, "2024-01-09T11:00:00Z", "2024-01-09T15:00:00Z", 4); // explicit
        incident(3, 1, "2024-01-10T12:00:00Z", nullptr); // window: d5, still open
        incident(4, 2, "2024-01-13T00:00:00Z", "2024-01-13T03:00:00Z"); // window: e2
        incident(5, 2, "2024-01-11T10:00:00Z", "2024-01-11T11:00:00Z"); // e1 is 7 d 1 h before: none
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestUtils::PostgresServer> m_postgres;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestDoraMetrics)
#include "tst_dorametrics.moc"
