// SPDX-License-Identifier: GPL-3.0-or-later
// A real tarmacd on loopback: health, the contract, the token wall, clean shutdown, bad arguments.
#include "tarmacversion.h"
#include "testutils.h"
#include "tokenauthenticator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace TestUtils;

namespace {
QJsonObject errorOf(const HttpResult &result)
{
    return QJsonDocument::fromJson(result.body).object().value(QLatin1String("error")).toObject();
}

QHash<QByteArray, QByteArray> bearer(const QByteArray &token)
{
    return { { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token } };
}

// Adds a token to the api_tokens table the way `tarmacd token create` will: only its hash.
void insertToken(
    const QString &databasePath, const QByteArray &token, const QString &expiresAt, const QString &revokedAt)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("test"));
        db.setDatabaseName(databasePath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO api_tokens (token_hash, role, created_at, expires_at, revoked_at) "
                                     "VALUES (?, 'viewer', ?, ?, ?)"));
        query.addBindValue(QString::fromLatin1(Tarmac::Server::TokenAuthenticator::hash(token)));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        query.addBindValue(expiresAt.isEmpty() ? QVariant() : QVariant(expiresAt));
        query.addBindValue(revokedAt.isEmpty() ? QVariant() : QVariant(revokedAt));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test"));
}
}

class TestTarmacd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void healthNeedsNoToken()
    {
        Tarmacd server;
        QVERIFY2(server.start(), server.output().constData());
        const HttpResult result = httpRequest("GET", server.url(QStringLiteral("/api/v1/health")));
        QCOMPARE(result.status, 200);
        QVERIFY(result.headers.value("content-type").startsWith("application/json"));
        const QJsonObject health = QJsonDocument::fromJson(result.body).object();
        QCOMPARE(health.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(health.value(QLatin1String("version")).toString(), QStringLiteral(TARMAC_VERSION_STRING));
        const QJsonObject database = health.value(QLatin1String("database")).toObject();
        QCOMPARE(database.value(QLatin1String("kind")).toString(), QStringLiteral("sqlite"));
        QCOMPARE(database.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(database.value(QLatin1String("schemaVersion")).toInt() >= 1);
    }

    void servesItsContract()
    {
        Tarmacd server;
        QVERIFY2(server.start(), server.output().constData());
        const HttpResult result = httpRequest("GET", server.url(QStringLiteral("/api/v1/openapi.yaml")));
        QCOMPARE(result.status, 200);
        QVERIFY(result.headers.value("content-type").startsWith("application/yaml"));
        QFile source(QStringLiteral(TARMAC_SOURCE_DIR "/api/openapi.yaml"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(result.body, source.readAll());
    }

    void rejectsCallsWithoutAValidToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("code");
        QTest::newRow("no token") << QByteArray("GET") << "/api/v1/services" << QByteArray() << "unauthenticated";
        QTest::newRow("no token, write") << QByteArray("POST") << "/api/v1/deployments" << QByteArray()
                                         << "unauthenticated";
        QTest::newRow("unknown token") << QByteArray("GET") << "/api/v1/services" << QByteArray("Bearer nope")
                                       << "invalid_token";
        QTest::newRow("wrong scheme") << QByteArray("GET") << "/api/v1/services" << QByteArray("Basic dXNlcjpwYXNz")
                                      << "unauthenticated";
        QTest::newRow("write to health") << QByteArray("POST") << "/api/v1/health" << QByteArray() << "unauthenticated";
        QTest::newRow("outside the API") << QByteArray("GET") << "/" << QByteArray() << "unauthenticated";
    }

    void rejectsCallsWithoutAValidToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(QString, code);
        Tarmacd server;
        QVERIFY2(server.start("session-secret"), server.output().constData());
        QHash<QByteArray, QByteArray> headers;
        if (!authorization.isEmpty())
            headers.insert("Authorization", authorization);
        const HttpResult result
            = httpRequest(method, server.url(path), headers, method == "POST" ? QByteArray("{}") : QByteArray());
        QCOMPARE(result.status, 401);
        QCOMPARE(result.headers.value("www-authenticate"), QByteArray("Bearer realm=\"tarmac\""));
        const QJsonObject error = errorOf(result);
        QCOMPARE(error.value(QLatin1String("code")).toString(), code);
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(error.value(QLatin1String("details")).isObject());
    }

    void acceptsTheSessionToken()
    {
        Tarmacd server;
        QVERIFY2(server.start("session-secret"), server.output().constData());
        const HttpResult result
            = httpRequest("GET", server.url(QStringLiteral("/api/v1/nothing-here")), bearer("session-secret"));
        QCOMPARE(result.status, 404);
        QCOMPARE(errorOf(result).value(QLatin1String("code")).toString(), QStringLiteral("not_found"));
        QVERIFY(errorOf(result)
                .value(QLatin1String("message"))
                .toString()
                .contains(QStringLiteral("GET /api/v1/nothing-here")));
    }

    void checksStoredTokens()
    {
        Tarmacd server;
        QVERIFY2(server.start(), server.output().constData());
        const QString past = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
        const QString future = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
        insertToken(server.databasePath(), "valid-token", future, {});
        insertToken(server.databasePath(), "expired-token", past, {});
        insertToken(server.databasePath(), "revoked-token", {}, past);
        const QUrl url = server.url(QStringLiteral("/api/v1/services"));
        QCOMPARE(httpRequest("GET", url, bearer("valid-token")).status, 200);
        QCOMPARE(httpRequest("GET", url, bearer("expired-token")).status, 401);
        QCOMPARE(httpRequest("GET", url, bearer("revoked-token")).status, 401);
    }

    void storesInWalMode()
    {
        Tarmacd server;
        QVERIFY2(server.start(), server.output().constData());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal"));
            db.setDatabaseName(server.databasePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wal"));
    }

    void stopsCleanlyOnSigterm_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("plain") << QStringList();
        // Its standard-input watcher must not keep the process from exiting.
        QTest::newRow("watching stdin") << QStringList { QStringLiteral("--stop-when-stdin-closes") };
    }

    void stopsCleanlyOnSigterm()
    {
        QFETCH(QStringList, arguments);
        Tarmacd server;
        QVERIFY2(server.start({}, arguments), server.output().constData());
        server.process().terminate();
        QVERIFY(server.process().waitForFinished(5000));
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process().exitCode(), 0);
        QVERIFY(server.process().readAllStandardError().contains("tarmacd: stopped"));
    }

    void stopsWhenItsParentGoesAway()
    {
        Tarmacd server;
        QVERIFY2(server.start({}, { QStringLiteral("--stop-when-stdin-closes") }), server.output().constData());
        QCOMPARE(httpRequest("GET", server.url(QStringLiteral("/api/v1/health"))).status, 200);
        server.process().closeWriteChannel();
        QVERIFY(server.process().waitForFinished(5000));
        QCOMPARE(server.process().exitCode(), 0);
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("non-loopback without TLS") << QStringList { QStringLiteral("--listen"),
            QStringLiteral("0.0.0.0:0") } << "refusing to listen on 0.0.0.0";
        QTest::newRow("not an address") << QStringList { QStringLiteral("--listen"), QStringLiteral("nowhere") }
                                        << "--listen: 'nowhere' is not HOST:PORT";
        QTest::newRow("not a database") << QStringList { QStringLiteral("--database"), QStringLiteral("mysql://x") }
                                        << "is not a database URL";
        QTest::newRow("database in a file")
            << QStringList { QStringLiteral("--database"), QStringLiteral("sqlite:/proc/version/x.sqlite") }
            << "database: cannot create the folder /proc/version";
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir home;
        QProcess process;
        process.setProcessEnvironment(isolatedEnvironment(home.path()));
        process.start(program(QStringLiteral("tarmacd")), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        const QString stderrText = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
    }
};

QTEST_GUILESS_MAIN(TestTarmacd)
#include "tst_tarmacd.moc"
