// SPDX-License-Identifier: GPL-3.0-or-later
// tarmacd's SQLite connection as the write path uses it: statements kept prepared (SqlStatement)
// and checkpoints on a thread of their own (WalCheckpointer); and the aggregates the DORA query adds.
#include "apierror.h"
#include "database.h"
#include "sql.h"
#include "walcheckpointer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac::Server;

class TestSqliteStorage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("storage-%1.sqlite").arg(++m_count));
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(QStringLiteral("sqlite:") + m_path, &error), qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    // A kept statement runs again with new bindings; the same statement run while one is being
    // read gets its own query and leaves the first where it was.
    void keptStatementsAreReusedAndReentrant()
    {
        addTeams(0, 3);
        const QString byName = QStringLiteral("SELECT name FROM teams WHERE name >= ? ORDER BY name");
        SqlStatement outer(*m_db, byName, { QStringLiteral("team-0") });
        QVERIFY(outer.next());
        QCOMPARE(outer.value(0).toString(), QStringLiteral("team-0"));
        {
            SqlStatement inner(*m_db, byName, { QStringLiteral("team-2") });
            QVERIFY(inner.next());
            QCOMPARE(inner.value(0).toString(), QStringLiteral("team-2"));
            QVERIFY(!inner.next());
        }
        QVERIFY(outer.next());
        QCOMPARE(outer.value(0).toString(), QStringLiteral("team-1"));
    }

    // A SELECT left unread would keep SQLite's snapshot: the connection would not see another
    // connection's commits. A kept statement is finished when it goes.
    void keptStatementsDoNotHoldTheSnapshot()
    {
        addTeams(0, 2);
        Database other;
        QString error;
        QVERIFY2(m_db->openAnother(&other, &error), qPrintable(error));
        const QString names = QStringLiteral("SELECT name FROM teams ORDER BY name");
        {
            SqlStatement first(*m_db, names);
            QVERIFY(first.next()); // one row of two read, then dropped
        }
        sqlExec(other, QStringLiteral("INSERT INTO teams (id, name, created_at) VALUES ('t9', 'team-9', 0)"));
        SqlStatement count(*m_db, QStringLiteral("SELECT COUNT(*) FROM teams"));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 3);
    }

    // A failed statement is given back for reuse like a successful one.
    void keptStatementThatFailsCanRunAgain()
    {
        const QString insert = QStringLiteral("INSERT INTO teams (id, name, created_at) VALUES (?, ?, 0)");
        SqlStatement(*m_db, insert, { QStringLiteral("a"), QStringLiteral("same") });
        QVERIFY_THROWS_EXCEPTION(
            ApiError, SqlStatement(*m_db, insert, { QStringLiteral("b"), QStringLiteral("same") }));
        SqlStatement(*m_db, insert, { QStringLiteral("c"), QStringLiteral("other") });
        SqlStatement count(*m_db, QStringLiteral("SELECT COUNT(*) FROM teams"));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 2);
    }

    // The writes reach the database file through the checkpointer's thread; the writer's own
    // connection no longer checkpoints at SQLite's default of 1,000 pages.
    void checkpointsRunOffTheWritersThread()
    {
        WalCheckpointer checkpointer(*m_db);
        const qint64 before = QFileInfo(m_path).size();
        addTeams(0, 6000); // about 6 MB: 1,500 pages of log
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_path).size() > before + 4 * 1024 * 1024, 10000);
        QVERIFY(QFileInfo(m_path + QStringLiteral("-wal")).exists());
    }

    // The aggregate the DORA query runs on SQLite gives what sorting gives: the median (the mean of the
    // two middle values for an even count) and the nearest-rank p90, per bucket and overall, for every
    // count from 1 to 40 with repeated values.
    void percentileAggregatesAgreeWithSorting()
    {
        QRandomGenerator random(7);
        for (int n = 1; n <= 40; ++n) {
            sqlExec(*m_db, QStringLiteral("DROP TABLE IF EXISTS samples"));
            sqlExec(*m_db, QStringLiteral("CREATE TABLE samples (bucket INTEGER, value INTEGER)"));
            QList<double> all;
            QList<double> odd; // bucket 1
            for (int i = 0; i < n; ++i) {
                const qint64 value = random.bounded(12) - 2;
                sqlExec(*m_db, QStringLiteral("INSERT INTO samples VALUES (?, ?)"), { i % 2, value });
                all.append(double(value));
                if (i % 2 == 1)
                    odd.append(double(value));
            }
            QSqlQuery q = sqlExec(*m_db, QStringLiteral("SELECT tarmac_percentiles(bucket, value) FROM samples"));
            QVERIFY(q.next());
            const QJsonArray rows = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
            QCOMPARE(rows.last().toArray(), expectedRow(-1, n, all));
            const auto bucketOne = std::find_if(
                rows.begin(), rows.end(), [](const QJsonValue &row) { return row.toArray().at(0).toInt() == 1; });
            if (n >= 2) {
                QVERIFY(bucketOne != rows.end());
                QCOMPARE((*bucketOne).toArray(), expectedRow(1, n / 2, odd));
            }
        }
    }

private:
    static QJsonArray expectedRow(int bucket, qint64 rows, QList<double> values)
    {
        std::sort(values.begin(), values.end());
        const qsizetype n = values.size();
        QJsonArray row { bucket, rows, qint64(n) };
        if (n == 0)
            return row << QJsonValue() << QJsonValue();
        const double median = n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
        return row << median << values.at((9 * n + 9) / 10 - 1);
    }

    void addTeams(int from, int count)
    {
        QString error;
        QVERIFY2(m_db->beginWrite(&error), qPrintable(error));
        for (int i = from; i < from + count; ++i)
            SqlStatement(*m_db, QStringLiteral("INSERT INTO teams (id, name, title, created_at) VALUES (?, ?, ?, 0)"),
                { QStringLiteral("id-%1").arg(i), QStringLiteral("team-%1").arg(i), QString(1000, u'x') });
        QVERIFY2(m_db->commit(&error), qPrintable(error));
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSqliteStorage)
#include "tst_sqlitestorage.moc"
