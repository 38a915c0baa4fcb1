// SPDX-License-Identifier: GPL-3.0-or-later
// SqlBatch on SQLite, and with TARMAC_TEST_POSTGRES=1 on a real PostgreSQL the test starts, where
// the statements go out in one libpq pipeline: results in order and with their types, a failure
// that stops the statements after it and rolls back to the write's savepoint alone, and the
// savepoints the database defers until the next statement.
#include "apierror.h"
#include "database.h"
#include "postgresserver.h"
#include "sql.h"
#include "sqlbatch.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac::Server;

namespace {
QStringList names(const Database &db)
{
    SqlBatch batch(db);
    const int all = batch.add(QStringLiteral("SELECT name FROM batch_items ORDER BY name"));
    batch.run();
    QStringList found;
    for (const QVariantList &row : batch.result(all).rows)
        found.append(row.value(0).toString());
    return found;
}

const QString insertItem = QStringLiteral("INSERT INTO batch_items (name, n, note) VALUES (?, ?, ?)");
}

class TestSqlBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("batch.sqlite"));
        QString error;
        if (qEnvironmentVariableIntValue("TARMAC_TEST_POSTGRES") == 1) {
            m_postgres = std::make_unique<TestUtils::PostgresServer>();
            QVERIFY2(m_postgres->start(&error), qPrintable(error));
            QVERIFY2(m_postgres->createDatabase(QStringLiteral("batch"), &url, &error), qPrintable(error));
        }
        QVERIFY2(m_db.open(url, &error), qPrintable(error));
        sqlExecDirect(
            m_db, QStringLiteral("CREATE TABLE batch_items (name TEXT PRIMARY KEY, n BIGINT, note TEXT NOT NULL)"));
    }

    void init() { sqlExec(m_db, QStringLiteral("DELETE FROM batch_items")); }

    void resultsComeInOrderWithTheirTypes()
    {
        SqlBatch batch(m_db);
        batch.add(insertItem, { QStringLiteral("a"), 41, QStringLiteral("it's") });
        // A null QString is an empty text, as sqlExec binds it; an invalid QVariant is NULL.
        batch.add(insertItem, { QStringLiteral("b"), QVariant(), QString() });
        const int bumped = batch.add(QStringLiteral("UPDATE batch_items SET n = n + 1 WHERE n IS NOT NULL"));
        // A question mark inside quotes is text, not a placeholder.
        const int rows
            = batch.add(QStringLiteral("SELECT name, n, note, 'why?' FROM batch_items WHERE name <> ? ORDER BY name"),
                { QStringLiteral("z") });
        batch.run();

        QCOMPARE(batch.result(bumped).rowsAffected, 1);
        const QList<QVariantList> &found = batch.result(rows).rows;
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).value(0).toString(), QStringLiteral("a"));
        QCOMPARE(found.at(0).value(1).toLongLong(), 42);
        QCOMPARE(found.at(0).value(2).toString(), QStringLiteral("it's"));
        QCOMPARE(found.at(0).value(3).toString(), QStringLiteral("why?"));
        QVERIFY(found.at(1).value(1).isNull());
        QCOMPARE(found.at(1).value(2).toString(), QString());
        QVERIFY(!found.at(1).value(2).isNull());
    }

    // One request of a write batch fails: its statements after the failure do not run, and
    // rolling back to its savepoint keeps the requests before it.
    void aFailureStopsTheRestAndUndoesOnlyItsWrite()
    {
        QString error;
        QVERIFY2(m_db.beginWrite(&error), qPrintable(error));
        m_db.savepoint();
        SqlBatch first(m_db);
        first.add(insertItem, { QStringLiteral("kept"), 1, QStringLiteral("first write") });
        first.run();
        m_db.releaseSavepoint();

        m_db.savepoint();
        SqlBatch second(m_db);
        second.add(insertItem, { QStringLiteral("undone"), 2, QStringLiteral("second write") });
        second.add(insertItem, { QStringLiteral("kept"), 3, QStringLiteral("taken already") });
        const QString neverRun = QStringLiteral("INSERT INTO batch_items (name, n, note) VALUES (?, 9, 'never')");
        second.add(neverRun, { QStringLiteral("never") });
        try {
            second.run();
            QFAIL("a unique key taken twice must fail the batch");
        } catch (const ApiError &failure) {
            QCOMPARE(failure.status(), QHttpServerResponse::StatusCode::Conflict);
        }
        m_db.rollbackToSavepoint();
        m_db.releaseSavepoint();

        // The statement that never ran (on PostgreSQL: never prepared either) runs later.
        m_db.savepoint();
        SqlBatch third(m_db);
        third.add(neverRun, { QStringLiteral("later") });
        third.run();
        m_db.releaseSavepoint();
        QVERIFY2(m_db.commit(&error), qPrintable(error));
        QCOMPARE(names(m_db), (QStringList { QStringLiteral("kept"), QStringLiteral("later") }));
    }

    // A savepoint is sent with the next statement; undone before any, it undoes nothing.
    void anUnsentSavepointUndoesNothing()
    {
        QString error;
        QVERIFY2(m_db.beginWrite(&error), qPrintable(error));
        SqlBatch before(m_db);
        before.add(insertItem, { QStringLiteral("before"), 1, QStringLiteral("x") });
        before.run();
        m_db.savepoint();
        m_db.rollbackToSavepoint();
        SqlBatch after(m_db);
        after.add(insertItem, { QStringLiteral("after"), 2, QStringLiteral("y") });
        after.run();
        QVERIFY2(m_db.commit(&error), qPrintable(error));
        QCOMPARE(names(m_db), (QStringList { QStringLiteral("after"), QStringLiteral("before") }));
    }

    // A deferred statement goes with the next batch, before its own statements, and its count of
    // rows affected comes back; nothing deferred is sent by a rollback to a savepoint not yet made.
    void deferredStatementsGoWithTheNextBatch()
    {
        QString error;
        QVERIFY2(m_db.beginWrite(&error), qPrintable(error));
        int inserted = -1;
        m_db.defer(insertItem, { QStringLiteral("deferred"), 1, QStringLiteral("x") },
            [&inserted](int rows) { inserted = rows; });
        QCOMPARE(inserted, -1);
        SqlBatch batch(m_db);
        const int seen = batch.add(QStringLiteral("SELECT COUNT(*) FROM batch_items"));
        batch.run();
        QCOMPARE(inserted, 1);
        QCOMPARE(batch.result(seen).rows.constFirst().value(0).toInt(), 1);

        m_db.savepoint();
        m_db.defer(insertItem, { QStringLiteral("dropped"), 2, QStringLiteral("y") },
            [](int) { QFAIL("a statement after an unsent savepoint was sent"); });
        m_db.rollbackToSavepoint();
        QVERIFY2(m_db.commit(&error), qPrintable(error));
        QCOMPARE(names(m_db), QStringList { QStringLiteral("deferred") });
    }

    // An earlier write's deferred statement that fails with the next write's first batch: rolling
    // back to the savepoint would undo the earlier write too, so the transaction is marked for a
    // whole rollback.
    void aFailureBeforeTheSavepointBreaksTheTransaction()
    {
        QString error;
        QVERIFY2(m_db.beginWrite(&error), qPrintable(error));
        m_db.savepoint();
        SqlBatch first(m_db);
        first.add(insertItem, { QStringLiteral("first"), 1, QStringLiteral("x") });
        first.run();
        m_db.defer(insertItem, { QStringLiteral("first"), 1, QStringLiteral("again") });
        m_db.releaseSavepoint();
        m_db.savepoint();
        QVERIFY(!m_db.savepointBroken());
        SqlBatch second(m_db);
        second.add(insertItem, { QStringLiteral("second"), 2, QStringLiteral("y") });
        QVERIFY_THROWS_EXCEPTION(ApiError, second.run());
        QVERIFY(m_db.savepointBroken());
        m_db.rollback();
        QVERIFY(!m_db.savepointBroken());
        QCOMPARE(names(m_db), QStringList());
    }

    // A transaction whose statement failed, without a savepoint to roll back to: PostgreSQL
    // answers its COMMIT with ROLLBACK, which must not pass for a commit. (SQLite undoes only the
    // failed statement and commits the rest.)
    void aFailedTransactionDoesNotCommit()
    {
        QString error;
        QVERIFY2(m_db.beginWrite(&error), qPrintable(error));
        SqlBatch first(m_db);
        first.add(insertItem, { QStringLiteral("kept?"), 1, QStringLiteral("x") });
        first.run();
        SqlBatch second(m_db);
        second.add(insertItem, { QStringLiteral("kept?"), 2, QStringLiteral("again") });
        QVERIFY_THROWS_EXCEPTION(ApiError, second.run());
        if (m_postgres) {
            QVERIFY(!m_db.commit(&error));
            QVERIFY2(error.contains(QLatin1String("rolled back")), qPrintable(error));
            m_db.rollback();
            QCOMPARE(names(m_db), QStringList());
        } else {
            QVERIFY2(m_db.commit(&error), qPrintable(error));
            QCOMPARE(names(m_db), QStringList { QStringLiteral("kept?") });
        }
    }

    // libpq's spelling of a Unix socket in a URL (?host=FOLDER) reaches the server through it.
    void aSocketFolderInTheUrl()
    {
        if (!m_postgres)
            QSKIP("a PostgreSQL URL's form: run with TARMAC_TEST_POSTGRES=1");
        Database other;
        other.setMigrateOnOpen(false);
        QString error;
        QVERIFY2(other.open(QStringLiteral("postgres://tarmac@localhost:%1/batch?host=%2")
                                .arg(m_postgres->port())
                                .arg(m_postgres->socketFolder()),
                     &error),
            qPrintable(error));
        SqlBatch batch(other);
        const int address = batch.add(QStringLiteral("SELECT inet_server_addr() IS NULL"));
        batch.run();
        QVERIFY2(batch.result(address).rows.constFirst().value(0).toBool(), "connected over TCP");
        Database wrong;
        QVERIFY(!wrong.open(
            QStringLiteral("postgres://tarmac@localhost:%1/batch?host=/nonexistent").arg(m_postgres->port()), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent")), qPrintable(error));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestUtils::PostgresServer> m_postgres;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestSqlBatch)
#include "tst_sqlbatch.moc"
