// SPDX-License-Identifier: GPL-3.0-or-later
// A real tarmacd on loopback: health, the contract, the token wall, clean shutdown, bad arguments.
#include "tarmacversion.h"
#include "testutils.h"
#include "tokenauthenticator.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTest>

#include <memory>

using namespace TestUtils;

namespace {
QJsonObject errorOf(const HttpResult &result)
{
    return QJsonDocument::fromJson(result.body).object().value(QLatin1String("error")).toObject();
}

// A self-signed certificate for 127.0.0.1 and localhost, valid until 2125, made for these tests.
QString tlsFile(const QString &name)
{
    return QStringLiteral(TARMAC_SOURCE_DIR "/tests/integration/data/tls/") + name;
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

    // With a certificate tarmacd serves HTTPS, on any address; a client that trusts the certificate
    // gets answers, one that does not is refused by its own TLS check.
    void servesHttpsWithACertificate()
    {
        Tarmacd server;
        QVERIFY2(server.start({},
                     { QStringLiteral("--tls-cert"), tlsFile(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                         tlsFile(QStringLiteral("key.pem")) }),
            server.output().constData());
        const QUrl health = server.url(QStringLiteral("/api/v1/health"));
        QCOMPARE(health.scheme(), QStringLiteral("https"));

        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificates(tlsFile(QStringLiteral("cert.pem")));
        // A manager each: one would reuse the first, already trusted connection.
        const auto get = [&](const QSslConfiguration &tls) {
            QNetworkAccessManager network;
            QNetworkRequest request(health);
            request.setSslConfiguration(tls);
            QNetworkReply *reply = network.get(request);
            QSignalSpy finished(reply, &QNetworkReply::finished);
            [&] { QVERIFY(finished.wait(10000)); }();
            const std::unique_ptr<QNetworkReply> owned(reply);
            return std::pair { reply->error(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() };
        };
        QCOMPARE(get(trusting), std::pair(QNetworkReply::NoError, 200));
        QCOMPARE(get(QSslConfiguration::defaultConfiguration()).first, QNetworkReply::SslHandshakeFailedError);
    }

    void listensBeyondLoopbackOnlyWithTls()
    {
        Tarmacd server;
        QVERIFY2(server.start({},
                     { QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--tls-cert"),
                         tlsFile(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                         tlsFile(QStringLiteral("key.pem")) }),
            server.output().constData());
        QVERIFY2(server.output().contains("listening on https://0.0.0.0:"), server.output().constData());
    }

    // A key answers retries for a day; after that it starts a new request, even with another body.
    void idempotencyKeysExpireAfterADay()
    {
        Tarmacd server;
        QVERIFY2(server.start("session-secret"), server.output().constData());
        QHash<QByteArray, QByteArray> headers = bearer("session-secret");
        headers.insert("Content-Type", "application/json");
        headers.insert("Idempotency-Key", "team-1");
        const QUrl teams = server.url(QStringLiteral("/api/v1/teams"));
        QCOMPARE(httpRequest("POST", teams, headers, R"({"name": "payments"})").status, 201);
        QCOMPARE(httpRequest("POST", teams, headers, R"({"name": "search"})").status, 422);

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
            db.setDatabaseName(server.databasePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(
                query.exec(QStringLiteral("UPDATE idempotency_keys SET created_at = created_at - 25 * 3600 * 1000")),
                qPrintable(query.lastError().text()));
            QCOMPARE(query.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));

        const HttpResult fresh = httpRequest("POST", teams, headers, R"({"name": "search"})");
        QCOMPARE(fresh.status, 201);
        QVERIFY(!fresh.headers.contains("idempotent-replayed"));
        QCOMPARE(httpRequest("POST", teams, headers, R"({"name": "search"})").headers.value("idempotent-replayed"),
            QByteArray("true"));
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("non-loopback without TLS") << QStringList { QStringLiteral("--listen"),
            QStringLiteral("0.0.0.0:0") } << "refusing to listen on 0.0.0.0";
        QTest::newRow("certificate without key") << QStringList { QStringLiteral("--tls-cert"),
            tlsFile(QStringLiteral("cert.pem")) } << "--tls-cert and --tls-key go together";
        QTest::newRow("key is not a key") << QStringList { QStringLiteral("--tls-cert"),
            tlsFile(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"), tlsFile(QStringLiteral("cert.pem")) }
                                          << "cert.pem holds no unencrypted PEM private key";
        QTest::newRow("missing certificate") << QStringList { QStringLiteral("--tls-cert"),
            QStringLiteral("/nonexistent/cert.pem"), QStringLiteral("--tls-key"), tlsFile(QStringLiteral("key.pem")) }
                                             << "cannot read the certificate /nonexistent/cert.pem";
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
