// SPDX-License-Identifier: GPL-3.0-or-later
// The platform API through a real tarmacd: tokens from `tarmacd token`, roles and team scoping,
// errors, pagination, idempotent retries, size limits, deployments with the command deployer and
// their event stream, cancel, rollback, incidents, metrics. On SQLite, and on a real PostgreSQL
// with TARMAC_TEST_POSTGRES=1. With TARMAC_RESPONSE_LOG=FILE every response is appended to FILE
// for the contract check (tests/integration/check_responses.py).
#include "postgresserver.h"
#include "testutils.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace TestUtils;

namespace {
struct Reply {
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QString code() const
    {
        return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    QString id() const { return json.value(QLatin1String("id")).toString(); }
    QJsonArray items() const { return json.value(QLatin1String("items")).toArray(); }
};
}

class TestPlatformApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        QString databaseUrl = QStringLiteral("sqlite:") + m_server.databasePath();
        if (qEnvironmentVariableIntValue("TARMAC_TEST_POSTGRES") == 1) {
            QString error;
            m_postgres = std::make_unique<PostgresServer>();
            QVERIFY2(m_postgres->start(&error), qPrintable(error));
            QVERIFY2(m_postgres->createDatabase(QStringLiteral("api"), &databaseUrl, &error), qPrintable(error));
        }
        m_database = databaseUrl;
        QFile config(m_state.filePath(QStringLiteral("tarmacd.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({
            "maxRequestBytes": 65536,
            "webhooks": { "github": { "secret": "gh-secret" }, "gitlab": { "token": "gl-token" } },
            "environments": [
                { "name": "production", "production": true, "deployer": "command",
                  "command": "echo deploying $TARMAC_SERVICE $TARMAC_VERSION; cat app.txt 2>/dev/null || true" },
                { "name": "slow", "deployer": "command", "command": "echo waiting; exec sleep 60" },
                { "name": "broken", "deployer": "command", "command": "echo trying; exit 3" },
                { "name": "staging", "deployer": "record" },
                { "name": "local", "deployer": "local" }
            ] })");
        config.close();
        // Tokens come from the command line tool, as an operator makes them.
        QCOMPARE(tokenCommand({ QStringLiteral("migrate") }).first, 0);
        m_admin = createToken({ QStringLiteral("--role"), QStringLiteral("admin") });
        m_viewer = createToken({ QStringLiteral("--role"), QStringLiteral("viewer") });
        m_owner = createToken({ QStringLiteral("--role"), QStringLiteral("owner") });
        m_payments = createToken({ QStringLiteral("--role"), QStringLiteral("developer"), QStringLiteral("--team"),
            QStringLiteral("payments") });
        QVERIFY(!m_admin.isEmpty() && !m_viewer.isEmpty() && !m_payments.isEmpty());
        QVERIFY2(m_server.start({},
                     { QStringLiteral("--database"), m_database, QStringLiteral("--config"), config.fileName(),
                         QStringLiteral("--state-dir"), m_state.filePath(QStringLiteral("state")) }),
            m_server.output().constData());

        const Reply first = call(m_admin, "POST", "/teams", { { QStringLiteral("name"), QStringLiteral("payments") } });
        QVERIFY2(first.status == 201, QByteArray(first.body + m_server.process().readAllStandardError()).constData());
        QCOMPARE(call(m_admin, "POST", "/teams", { { QStringLiteral("name"), QStringLiteral("search") } }).status, 201);
        QCOMPARE(call(m_payments, "POST", "/services",
                     { { QStringLiteral("name"), QStringLiteral("pay-api") },
                         { QStringLiteral("team"), QStringLiteral("payments") },
                         { QStringLiteral("template"),
                             QJsonObject { { QStringLiteral("name"), QStringLiteral("go-service") },
                                 { QStringLiteral("version"), QStringLiteral("1.2.0") } } } })
                     .status,
            201);
        QCOMPARE(call(m_admin, "POST", "/services",
                     { { QStringLiteral("name"), QStringLiteral("search-api") },
                         { QStringLiteral("team"), QStringLiteral("search") } })
                     .status,
            201);
    }

    void tokenCommandManagesTokens()
    {
        const auto [code, list] = tokenCommand({ QStringLiteral("token"), QStringLiteral("list") });
        QCOMPARE(code, 0);
        QVERIFY(list.contains("developer"));
        QVERIFY(list.contains("payments"));
        QVERIFY(!list.contains(m_admin)); // never the token itself
        QCOMPARE(tokenCommand({ QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"),
                                  QStringLiteral("developer") })
                     .first,
            1);
        QCOMPARE(tokenCommand({ QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"),
                                  QStringLiteral("root") })
                     .first,
            1);

        const QByteArray doomed = createToken({ QStringLiteral("--role"), QStringLiteral("viewer"),
            QStringLiteral("--description"), QStringLiteral("doomed") });
        QCOMPARE(call(doomed, "GET", "/teams").status, 200);
        const QByteArray listing = tokenCommand({ QStringLiteral("token"), QStringLiteral("list") }).second;
        QByteArray doomedId;
        for (const QByteArray &line : listing.split('\n')) {
            if (line.endsWith("doomed"))
                doomedId = line.split(' ').constFirst();
        }
        QVERIFY(!doomedId.isEmpty());
        QCOMPARE(
            tokenCommand({ QStringLiteral("token"), QStringLiteral("revoke"), QString::fromLatin1(doomedId) }).first,
            0);
        QCOMPARE(call(doomed, "GET", "/teams").status, 401);
        QCOMPARE(call(doomed, "GET", "/teams").code(), QStringLiteral("invalid_token"));

        const QByteArray expired = createToken({ QStringLiteral("--role"), QStringLiteral("viewer"),
            QStringLiteral("--expires"), QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate) });
        QCOMPARE(call(expired, "GET", "/teams").status, 401);
    }

    void rolesAndTeams_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QJsonObject deployPay { { QStringLiteral("service"), QStringLiteral("pay-api") },
            { QStringLiteral("environment"), QStringLiteral("staging") },
            { QStringLiteral("version"), QStringLiteral("0.1") } };
        const QJsonObject deploySearch { { QStringLiteral("service"), QStringLiteral("search-api") },
            { QStringLiteral("environment"), QStringLiteral("staging") },
            { QStringLiteral("version"), QStringLiteral("0.1") } };
        QTest::newRow("viewer reads") << "viewer" << QByteArray("GET") << "/services" << QJsonObject() << 200 << "";
        QTest::newRow("viewer cannot make a team")
            << "viewer" << QByteArray("POST") << "/teams"
            << QJsonObject { { QStringLiteral("name"), QStringLiteral("x") } } << 403 << "forbidden";
        QTest::newRow("viewer cannot deploy")
            << "viewer" << QByteArray("POST") << "/deployments" << deployPay << 403 << "forbidden";
        QTest::newRow("owner cannot deploy")
            << "owner" << QByteArray("POST") << "/deployments" << deployPay << 403 << "forbidden";
        QTest::newRow("developer deploys own team")
            << "payments" << QByteArray("POST") << "/deployments" << deployPay << 201 << "";
        QTest::newRow("developer, other team")
            << "payments" << QByteArray("POST") << "/deployments" << deploySearch << 403 << "wrong_team";
        QTest::newRow("developer cannot make environments")
            << "payments" << QByteArray("POST") << "/environments"
            << QJsonObject { { QStringLiteral("name"), QStringLiteral("qa") } } << 403 << "forbidden";
        QTest::newRow("developer archives other team's")
            << "payments" << QByteArray("POST") << "/services/search-api/archive" << QJsonObject() << 403
            << "wrong_team";
    }

    void rolesAndTeams()
    {
        QFETCH(QString, who);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QHash<QString, QByteArray> tokens { { QStringLiteral("viewer"), m_viewer },
            { QStringLiteral("owner"), m_owner }, { QStringLiteral("payments"), m_payments } };
        const Reply reply = call(tokens.value(who), method, path.toLatin1(), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.code(), code);
    }

    void errorsHaveCodes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << QByteArray("POST") << "/teams" << QByteArray("{nope") << 400 << "invalid_json";
        QTest::newRow("not an object") << QByteArray("POST") << "/teams" << QByteArray("[1]") << 400 << "invalid_json";
        QTest::newRow("missing field") << QByteArray("POST") << "/teams" << QByteArray("{}") << 422
                                       << "validation_failed";
        QTest::newRow("bad name") << QByteArray("POST") << "/teams" << QByteArray(R"({"name":"Bad Name"})") << 422
                                  << "validation_failed";
        QTest::newRow("duplicate") << QByteArray("POST") << "/teams" << QByteArray(R"({"name":"payments"})") << 409
                                   << "conflict";
        QTest::newRow("unknown service") << QByteArray("POST") << "/deployments"
                                         << QByteArray(R"({"service":"nope","environment":"staging","version":"1"})")
                                         << 422 << "validation_failed";
        QTest::newRow("bad intent")
            << QByteArray("POST") << "/deployments"
            << QByteArray(R"({"service":"pay-api","environment":"staging","version":"1","intent":"yolo"})") << 422
            << "validation_failed";
        QTest::newRow("bad time")
            << QByteArray("POST") << "/deployments"
            << QByteArray(
                   R"({"service":"pay-api","environment":"staging","version":"1","changes":[{"sha":"a","committedAt":"2024-01-01 10:00"}]})")
            << 422 << "validation_failed";
        QTest::newRow("bundle escapes")
            << QByteArray("POST") << "/deployments"
            << QByteArray(
                   R"({"service":"pay-api","environment":"staging","version":"1","bundle":{"files":{"../x":"y"}}})")
            << 422 << "validation_failed";
        QTest::newRow("no such deployment")
            << QByteArray("GET") << "/deployments/dep_00000000000000000000ff" << QByteArray() << 404 << "not_found";
        QTest::newRow("no such route") << QByteArray("GET") << "/nothing" << QByteArray() << 404 << "not_found";
        QTest::newRow("wrong method") << QByteArray("DELETE") << "/teams" << QByteArray() << 405
                                      << "method_not_allowed";
        QTest::newRow("bad limit") << QByteArray("GET") << "/teams?limit=0" << QByteArray() << 400 << "bad_request";
        QTest::newRow("bad cursor") << QByteArray("GET") << "/teams?cursor=abc" << QByteArray() << 400 << "bad_request";
        QTest::newRow("too large") << QByteArray("POST") << "/teams" << QByteArray(70000, ' ') << 413
                                   << "payload_too_large";
        QTest::newRow("metrics without range")
            << QByteArray("GET") << "/metrics/dora" << QByteArray() << 400 << "bad_request";
        QTest::newRow("metrics bad bucket")
            << QByteArray("GET") << "/metrics/dora?from=2024-01-01T00:00:00Z&to=2024-02-01T00:00:00Z&bucket=hour"
            << QByteArray() << 400 << "bad_request";
        QTest::newRow("metrics unknown year")
            << QByteArray("GET") << "/metrics/dora?from=2024-01-01T00:00:00Z&to=2024-02-01T00:00:00Z&year=1999"
            << QByteArray() << 400 << "bad_request";
    }

    void errorsHaveCodes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Reply reply = raw(m_admin, method, path.toLatin1(), body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.code(), code);
        const QJsonObject error = reply.json.value(QLatin1String("error")).toObject();
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(error.value(QLatin1String("details")).isObject());
        if (status == 405)
            QCOMPARE(reply.headers.value("allow"), QByteArray("GET, POST"));
    }

    void paginatesWithACursor()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(call(m_admin, "POST", "/teams", { { QStringLiteral("name"), QStringLiteral("page-%1").arg(i) } })
                         .status,
                201);
        QSet<QString> seen;
        QString cursor;
        int pages = 0;
        do {
            const Reply page = call(
                m_viewer, "GET", "/teams?limit=3" + (cursor.isEmpty() ? QByteArray() : "&cursor=" + cursor.toLatin1()));
            QCOMPARE(page.status, 200);
            QVERIFY(page.items().size() <= 3);
            for (const QJsonValue &item : page.items()) {
                const QString id = item.toObject().value(QLatin1String("id")).toString();
                QVERIFY2(!seen.contains(id), "a team on two pages");
                seen.insert(id);
            }
            cursor = page.json.value(QLatin1String("nextCursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(seen.size(), 7); // payments, search, page-0..4
        QCOMPARE(pages, 3);
    }

    void retriedDeployDeploysOnce()
    {
        const QJsonObject body { { QStringLiteral("service"), QStringLiteral("pay-api") },
            { QStringLiteral("environment"), QStringLiteral("staging") },
            { QStringLiteral("version"), QStringLiteral("7.0") } };
        const QHash<QByteArray, QByteArray> key { { "Idempotency-Key", "retry-1" } };
        const Reply first = call(m_payments, "POST", "/deployments", body, key);
        QCOMPARE(first.status, 201);
        const Reply again = call(m_payments, "POST", "/deployments", body, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.id(), first.id());
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        const Reply list = call(m_viewer, "GET", "/deployments?service=pay-api&limit=200");
        int sevens = 0;
        for (const QJsonValue &d : list.items())
            sevens += d.toObject().value(QLatin1String("version")).toString() == QLatin1String("7.0");
        QCOMPARE(sevens, 1);
        QJsonObject other = body;
        other.insert(QStringLiteral("version"), QStringLiteral("8.0"));
        const Reply reused = call(m_payments, "POST", "/deployments", other, key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.code(), QStringLiteral("idempotency_key_reused"));
    }

    // The request runs before its key is looked up: a retry whose own attempt fails (the team's
    // name is taken, by the first attempt) still gets the first answer, and leaves nothing.
    void retryGetsTheFirstAnswerWhenItsAttemptFails()
    {
        const QHash<QByteArray, QByteArray> key { { "Idempotency-Key", "team-retry-1" } };
        const QJsonObject body { { QStringLiteral("name"), QStringLiteral("retried-team") } };
        const Reply first = call(m_admin, "POST", "/teams", body, key);
        QCOMPARE(first.status, 201);
        const Reply again = call(m_admin, "POST", "/teams", body, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.id(), first.id());
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        // Without the key the same request is refused: the name is taken.
        QCOMPARE(call(m_admin, "POST", "/teams", body).status, 409);
        // A different request under the key that fails on its own is still told the key is reused.
        const Reply reused = call(m_admin, "POST", "/teams", { { QStringLiteral("name"), QString() } }, key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.code(), QStringLiteral("idempotency_key_reused"));
    }

    // A deployment's writes go to the database with the lookups of its service and environment,
    // before what they found is checked: a refused one (another team's service, an archived one)
    // leaves no deployment, change or event behind.
    void refusedDeploymentsLeaveNothing()
    {
        const auto body = [](const QString &service, const QString &version) {
            return QJsonObject { { QStringLiteral("service"), service },
                { QStringLiteral("environment"), QStringLiteral("staging") }, { QStringLiteral("version"), version },
                { QStringLiteral("changes"),
                    QJsonArray { QJsonObject { { QStringLiteral("sha"), QString(QStringLiteral("refused-") + version) },
                        { QStringLiteral("committedAt"), QStringLiteral("2024-05-01T10:00:00Z") } } } } };
        };
        const Reply wrongTeam
            = call(m_payments, "POST", "/deployments", body(QStringLiteral("search-api"), QStringLiteral("w1")));
        QCOMPARE(wrongTeam.status, 403);
        QCOMPARE(call(m_admin, "POST", "/services",
                     { { QStringLiteral("name"), QStringLiteral("gone-api") },
                         { QStringLiteral("team"), QStringLiteral("search") } })
                     .status,
            201);
        QCOMPARE(call(m_admin, "POST", "/services/gone-api/archive").status, 200);
        QCOMPARE(
            call(m_admin, "POST", "/deployments", body(QStringLiteral("gone-api"), QStringLiteral("a1"))).status, 409);
        QCOMPARE(
            call(m_admin, "POST", "/deployments", body(QStringLiteral("no-such-api"), QStringLiteral("n1"))).status,
            422);

        for (const QJsonValue &d : call(m_viewer, "GET", "/deployments?limit=200").items()) {
            const QString version = d.toObject().value(QLatin1String("version")).toString();
            QVERIFY2(version != QLatin1String("w1") && version != QLatin1String("a1") && version != QLatin1String("n1"),
                qPrintable(version));
        }
        for (const QJsonValue &c : call(m_viewer, "GET", "/changes?limit=200").items()) {
            const QString sha = c.toObject().value(QLatin1String("sha")).toString();
            QVERIFY2(!sha.startsWith(QLatin1String("refused-")), qPrintable(sha));
        }
    }

    void deploysWithTheCommandDeployerAndStreamsIt()
    {
        const Reply created = call(m_payments, "POST", "/deployments",
            { { QStringLiteral("service"), QStringLiteral("pay-api") },
                { QStringLiteral("environment"), QStringLiteral("production") },
                { QStringLiteral("version"), QStringLiteral("1.0.0") },
                { QStringLiteral("sha"), QStringLiteral("abc123") },
                { QStringLiteral("changes"),
                    QJsonArray { QJsonObject { { QStringLiteral("sha"), QStringLiteral("abc123") },
                        { QStringLiteral("committedAt"), QStringLiteral("2024-05-01T10:00:00Z") },
                        { QStringLiteral("title"), QStringLiteral("Add refunds") } } } },
                { QStringLiteral("bundle"),
                    QJsonObject { { QStringLiteral("files"),
                        QJsonObject { { QStringLiteral("app.txt"), QStringLiteral("bundle content") } } } } } });
        QCOMPARE(created.status, 201);
        QVERIFY(created.headers.value("location").endsWith(created.id().toLatin1()));
        // The stream ends after the terminal status: reading it to the end is the wait.
        const QByteArray stream = events(created.id());
        QVERIFY2(stream.contains("event: status\ndata: {") && stream.contains("\"status\":\"succeeded\""),
            stream.constData());
        QVERIFY2(stream.contains("deploying pay-api 1.0.0"), stream.constData());
        QVERIFY2(stream.contains("bundle content"), stream.constData());
        const Reply done = call(m_viewer, "GET", "/deployments/" + created.id().toLatin1());
        QCOMPARE(done.json.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(done.json.value(QLatin1String("changes")).toArray().size(), 1);

        // Resume after event 2: only what came after it.
        const QByteArray resumed = events(created.id(), "2");
        QVERIFY(!resumed.contains("id: 1\n") && !resumed.contains("id: 2\n"));
        QVERIFY(resumed.contains("id: 3\n"));
        QVERIFY(resumed.contains("\"status\":\"succeeded\""));

        // The change is linked to the first production deployment that shipped it.
        const Reply changes = call(m_viewer, "GET", "/changes?deployment=" + created.id().toLatin1());
        QCOMPARE(changes.items().size(), 1);
        QCOMPARE(changes.items()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("firstProductionDeployment"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
            created.id());
    }

    void failingCommandFailsTheDeployment()
    {
        const Reply created = call(m_payments, "POST", "/deployments",
            { { QStringLiteral("service"), QStringLiteral("pay-api") },
                { QStringLiteral("environment"), QStringLiteral("broken") },
                { QStringLiteral("version"), QStringLiteral("1.0.1") } });
        QCOMPARE(created.status, 201);
        const QByteArray stream = events(created.id());
        QVERIFY2(stream.contains("\"status\":\"failed\"") && stream.contains("status 3"), stream.constData());
    }

    void cancelsARunningDeployment()
    {
        const Reply created = call(m_payments, "POST", "/deployments",
            { { QStringLiteral("service"), QStringLiteral("pay-api") },
                { QStringLiteral("environment"), QStringLiteral("slow") },
                { QStringLiteral("version"), QStringLiteral("2.0") } });
        QCOMPARE(created.status, 201);
        // Wait for "waiting" in its log through the stream, then cancel, then read the stream to its end.
        QNetworkAccessManager network;
        QNetworkRequest request(m_server.url(QStringLiteral("/api/v1/deployments/%1/events").arg(created.id())));
        request.setRawHeader("Authorization", "Bearer " + m_viewer);
        QNetworkReply *reply = network.get(request);
        QByteArray stream;
        bool cancelled = false;
        QEventLoop loop;
        connect(reply, &QNetworkReply::readyRead, &loop, [&] {
            stream += reply->readAll();
            if (!cancelled && stream.contains("waiting")) {
                cancelled = true;
                const Reply cancel = call(m_payments, "POST", "/deployments/" + created.id().toLatin1() + "/cancel");
                QCOMPARE(cancel.status, 202);
            }
        });
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        stream += reply->readAll();
        delete reply;
        QVERIFY2(stream.contains("\"status\":\"cancelled\""), stream.constData());
        const Reply again = call(m_payments, "POST", "/deployments/" + created.id().toLatin1() + "/cancel");
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QStringLiteral("already_finished"));
    }

    void rollsBack()
    {
        QString last;
        for (const char *version : { "3.0", "3.1" }) {
            const Reply r = call(m_payments, "POST", "/deployments",
                { { QStringLiteral("service"), QStringLiteral("pay-api") },
                    { QStringLiteral("environment"), QStringLiteral("staging") },
                    { QStringLiteral("version"), QLatin1String(version) } });
            QCOMPARE(r.status, 201);
            events(r.id());
            last = r.id();
        }
        const Reply rollback = call(m_payments, "POST", "/deployments/" + last.toLatin1() + "/rollback");
        QCOMPARE(rollback.status, 201);
        QCOMPARE(rollback.json.value(QLatin1String("intent")).toString(), QStringLiteral("rollback"));
        QCOMPARE(rollback.json.value(QLatin1String("version")).toString(), QStringLiteral("3.0"));
        QCOMPARE(rollback.json.value(QLatin1String("rollbackOf")).toString(), last);
        QVERIFY(events(rollback.id()).contains("\"status\":\"succeeded\""));
    }

    void concurrentDeploysAllLand()
    {
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 16; ++i) {
            QNetworkRequest request(m_server.url(QStringLiteral("/api/v1/deployments")));
            request.setRawHeader("Authorization", "Bearer " + m_payments);
            request.setRawHeader("Content-Type", "application/json");
            request.setRawHeader("Idempotency-Key", "concurrent-" + QByteArray::number(i));
            replies.append(network.post(request,
                QJsonDocument(QJsonObject { { QStringLiteral("service"), QStringLiteral("pay-api") },
                                  { QStringLiteral("environment"), QStringLiteral("production") },
                                  { QStringLiteral("version"), QStringLiteral("c%1").arg(i) } })
                    .toJson()));
        }
        int finished = 0;
        QEventLoop loop;
        for (QNetworkReply *reply : replies)
            connect(reply, &QNetworkReply::finished, &loop, [&] {
                if (++finished == int(replies.size()))
                    loop.quit();
            });
        loop.exec();
        QSet<QString> ids;
        for (QNetworkReply *reply : replies) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            ids.insert(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("id")).toString());
            delete reply;
        }
        QCOMPARE(ids.size(), 16);
        for (const QString &id : std::as_const(ids)) {
            const QByteArray stream = events(id);
            QVERIFY2(stream.contains("\"status\":\"succeeded\""), stream.constData());
        }
    }

    void incidentsOpenAttributeResolve()
    {
        const Reply deployment = call(m_payments, "POST", "/deployments",
            { { QStringLiteral("service"), QStringLiteral("pay-api") },
                { QStringLiteral("environment"), QStringLiteral("production") },
                { QStringLiteral("version"), QStringLiteral("4.0") } });
        events(deployment.id());
        const Reply opened = call(m_payments, "POST", "/incidents",
            { { QStringLiteral("service"), QStringLiteral("pay-api") },
                { QStringLiteral("title"), QStringLiteral("Refunds fail") } });
        QCOMPARE(opened.status, 201);
        // Without an explicit attribution the window rule picks the latest production deployment.
        const QJsonObject attribution = opened.json.value(QLatin1String("attribution")).toObject();
        QCOMPARE(attribution.value(QLatin1String("by")).toString(), QStringLiteral("window"));
        const QByteArray path = "/incidents/" + opened.id().toLatin1();
        const Reply attributed
            = call(m_payments, "POST", path + "/attribute", { { QStringLiteral("deployment"), deployment.id() } });
        QCOMPARE(attributed.status, 200);
        QCOMPARE(attributed.json.value(QLatin1String("attribution")).toObject().value(QLatin1String("by")).toString(),
            QStringLiteral("explicit"));
        QCOMPARE(call(m_viewer, "POST", path + "/resolve").status, 403);
        const Reply resolved = call(m_payments, "POST", path + "/resolve");
        QCOMPARE(resolved.status, 200);
        QVERIFY(resolved.json.value(QLatin1String("resolvedAt")).isString());
        QCOMPARE(call(m_payments, "POST", path + "/resolve").code(), QStringLiteral("already_resolved"));
        QCOMPARE(call(m_payments, "POST", "/incidents",
                     { { QStringLiteral("service"), QStringLiteral("search-api") },
                         { QStringLiteral("title"), QStringLiteral("x") } })
                     .code(),
            QStringLiteral("wrong_team"));
    }

    void servicesUpdateAndArchive()
    {
        const Reply updated = call(m_payments, "PATCH", "/services/pay-api",
            { { QStringLiteral("title"), QStringLiteral("Payments API") },
                { QStringLiteral("runCommand"), QStringLiteral("./run") } });
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json.value(QLatin1String("title")).toString(), QStringLiteral("Payments API"));
        QCOMPARE(
            call(m_payments, "PATCH", "/services/pay-api", { { QStringLiteral("name"), QStringLiteral("x") } }).status,
            422);
        QCOMPARE(call(m_admin, "POST", "/services",
                     { { QStringLiteral("name"), QStringLiteral("old-api") },
                         { QStringLiteral("team"), QStringLiteral("search") } })
                     .status,
            201);
        const Reply archived = call(m_admin, "POST", "/services/old-api/archive");
        QCOMPARE(archived.status, 200);
        QVERIFY(archived.json.value(QLatin1String("archivedAt")).isString());
        QCOMPARE(call(m_admin, "POST", "/deployments",
                     { { QStringLiteral("service"), QStringLiteral("old-api") },
                         { QStringLiteral("environment"), QStringLiteral("staging") },
                         { QStringLiteral("version"), QStringLiteral("1") } })
                     .status,
            409);
        bool listed = false;
        for (const QJsonValue &s : call(m_viewer, "GET", "/services").items())
            listed |= s.toObject().value(QLatin1String("name")).toString() == QLatin1String("old-api");
        QVERIFY(!listed);
        QCOMPARE(call(m_viewer, "GET", "/environments").items().size(), 5);
    }

    void localDeployerKeepsThePreviousRelease()
    {
        QCOMPARE(call(m_payments, "POST", "/services",
                     { { QStringLiteral("name"), QStringLiteral("web") },
                         { QStringLiteral("team"), QStringLiteral("payments") },
                         { QStringLiteral("runCommand"),
                             QStringLiteral("echo started $TARMAC_VERSION from $(cat version.txt); exec sleep 300") } })
                     .status,
            201);
        const QDir releases(m_state.filePath(QStringLiteral("state/releases/web/local")));
        QStringList ids;
        for (const char *version : { "1", "2", "3" }) {
            const Reply r = call(m_payments, "POST", "/deployments",
                { { QStringLiteral("service"), QStringLiteral("web") },
                    { QStringLiteral("environment"), QStringLiteral("local") },
                    { QStringLiteral("version"), QLatin1String(version) },
                    { QStringLiteral("bundle"),
                        QJsonObject { { QStringLiteral("files"),
                            QJsonObject { { QStringLiteral("version.txt"), QLatin1String(version) } } } } } });
            QCOMPARE(r.status, 201);
            const QByteArray stream = events(r.id());
            QVERIFY2(stream.contains("\"status\":\"succeeded\""), stream.constData());
            QVERIFY2(stream.contains(QByteArray("started " + QByteArray(version) + " from " + QByteArray(version))),
                stream.constData());
            ids.append(r.id());
            QVERIFY(releases.exists(r.id()));
        }
        // The current release and the one before it stay; older ones go.
        QVERIFY(!releases.exists(ids.at(0)));
        QVERIFY(releases.exists(ids.at(1)));

        // A release that dies before it is healthy fails its deployment.
        QCOMPARE(call(m_payments, "PATCH", "/services/web",
                     { { QStringLiteral("runCommand"), QStringLiteral("echo crashing; exit 1") } })
                     .status,
            200);
        const Reply crash = call(m_payments, "POST", "/deployments",
            { { QStringLiteral("service"), QStringLiteral("web") },
                { QStringLiteral("environment"), QStringLiteral("local") },
                { QStringLiteral("version"), QStringLiteral("4") } });
        const QByteArray stream = events(crash.id());
        QVERIFY2(
            stream.contains("\"status\":\"failed\"") && stream.contains("exited with status 1"), stream.constData());
        QVERIFY(releases.exists(ids.at(2))); // still the current release

        // With a health URL, healthy means it answers.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        QCOMPARE(call(m_payments, "PATCH", "/services/web",
                     { { QStringLiteral("runCommand"),
                           QStringLiteral("python3 -m http.server --bind 127.0.0.1 %1").arg(port) },
                         { QStringLiteral("healthUrl"), QStringLiteral("http://127.0.0.1:%1/version.txt").arg(port) } })
                     .status,
            200);
        const Reply served = call(m_payments, "POST", "/deployments",
            { { QStringLiteral("service"), QStringLiteral("web") },
                { QStringLiteral("environment"), QStringLiteral("local") },
                { QStringLiteral("version"), QStringLiteral("5") },
                { QStringLiteral("bundle"),
                    QJsonObject { { QStringLiteral("files"),
                        QJsonObject { { QStringLiteral("version.txt"), QStringLiteral("5") } } } } } });
        const QByteArray healthy = events(served.id());
        QVERIFY2(healthy.contains("\"status\":\"succeeded\"") && healthy.contains("answered 200"), healthy.constData());
        QCOMPARE(httpRequest("GET", QUrl(QStringLiteral("http://127.0.0.1:%1/version.txt").arg(port))).body,
            QByteArray("5"));
    }

    void webhooksRecordWhatHappenedElsewhere()
    {
        const auto github = [this](const QByteArray &event, const QJsonObject &payload, const QByteArray &delivery,
                                const QByteArray &secret = "gh-secret") {
            const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
            const QByteArray signature
                = "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
            return raw({}, "POST", "/webhooks/github", body,
                { { "X-GitHub-Event", event }, { "X-GitHub-Delivery", delivery },
                    { "X-Hub-Signature-256", signature } });
        };
        const QJsonObject repository { { QStringLiteral("name"), QStringLiteral("pay-api") },
            { QStringLiteral("full_name"), QStringLiteral("acme/pay-api") } };
        const QJsonObject push { { QStringLiteral("repository"), repository },
            { QStringLiteral("commits"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("aaa111") },
                                 { QStringLiteral("timestamp"), QStringLiteral("2024-07-01T10:00:00+02:00") },
                                 { QStringLiteral("message"), QStringLiteral("Fix rounding\n\nDetails") } },
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("bbb222") },
                        { QStringLiteral("timestamp"), QStringLiteral("2024-07-01T11:00:00Z") },
                        { QStringLiteral("message"), QStringLiteral("Tidy") } } } } };
        QCOMPARE(github("push", push, "d-1", "wrong").status, 401);
        QCOMPARE(github("push", push, "d-1", "wrong").code(), QStringLiteral("bad_signature"));
        QCOMPARE(raw({}, "POST", "/webhooks/github", "{}", { { "X-GitHub-Event", "push" } }).code(),
            QStringLiteral("bad_signature"));
        const Reply pushed = github("push", push, "d-1");
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.json.value(QLatin1String("ids")).toArray().size(), 2);

        const QJsonObject status { { QStringLiteral("repository"), repository },
            { QStringLiteral("deployment"),
                QJsonObject { { QStringLiteral("id"), 987654 }, { QStringLiteral("sha"), QStringLiteral("bbb222") },
                    { QStringLiteral("ref"), QStringLiteral("v9.0.0") },
                    { QStringLiteral("environment"), QStringLiteral("production") },
                    { QStringLiteral("created_at"), QStringLiteral("2024-07-01T12:00:00Z") } } },
            { QStringLiteral("deployment_status"),
                QJsonObject { { QStringLiteral("state"), QStringLiteral("success") },
                    { QStringLiteral("created_at"), QStringLiteral("2024-07-01T12:05:00Z") } } } };
        const Reply deployed = github("deployment_status", status, "d-2");
        QCOMPARE(deployed.status, 200);
        const QString id = deployed.json.value(QLatin1String("ids")).toArray().at(0).toString();
        const Reply deployment = call(m_viewer, "GET", "/deployments/" + id.toLatin1());
        QCOMPARE(deployment.json.value(QLatin1String("source")).toString(), QStringLiteral("github"));
        QCOMPARE(deployment.json.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(
            deployment.json.value(QLatin1String("finishedAt")).toString(), QStringLiteral("2024-07-01T12:05:00.000Z"));
        QCOMPARE(deployment.json.value(QLatin1String("changes")).toArray().size(), 2);
        // GitHub redelivers: the same answer, nothing new.
        const Reply again = github("deployment_status", status, "d-2");
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));

        QJsonObject issue { { QStringLiteral("id"), 5550 },
            { QStringLiteral("title"), QStringLiteral("Checkout down") },
            { QStringLiteral("created_at"), QStringLiteral("2024-07-01T13:00:00Z") },
            { QStringLiteral("closed_at"), QJsonValue::Null },
            { QStringLiteral("labels"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Incident") } } } } };
        const Reply opened = github(
            "issues", { { QStringLiteral("repository"), repository }, { QStringLiteral("issue"), issue } }, "d-3");
        QCOMPARE(opened.status, 200);
        const QString incident = opened.json.value(QLatin1String("ids")).toArray().at(0).toString();
        const Reply attributed = call(m_viewer, "GET", "/incidents/" + incident.toLatin1());
        QCOMPARE(attributed.json.value(QLatin1String("attribution"))
                     .toObject()
                     .value(QLatin1String("deployment"))
                     .toString(),
            id);
        issue.insert(QStringLiteral("closed_at"), QStringLiteral("2024-07-01T14:00:00Z"));
        QCOMPARE(github("issues", { { QStringLiteral("repository"), repository }, { QStringLiteral("issue"), issue } },
                     "d-4")
                     .json.value(QLatin1String("ids"))
                     .toArray()
                     .at(0)
                     .toString(),
            incident);
        QCOMPARE(call(m_viewer, "GET", "/incidents/" + incident.toLatin1())
                     .json.value(QLatin1String("resolvedAt"))
                     .toString(),
            QStringLiteral("2024-07-01T14:00:00.000Z"));

        // GitLab: its shapes, its token.
        const auto gitlab
            = [this](const QByteArray &event, const QJsonObject &payload, const QByteArray &token = "gl-token") {
                  return raw({}, "POST", "/webhooks/gitlab", QJsonDocument(payload).toJson(QJsonDocument::Compact),
                      { { "X-Gitlab-Event", event }, { "X-Gitlab-Token", token } });
              };
        const QJsonObject project { { QStringLiteral("name"), QStringLiteral("search-api") } };
        QCOMPARE(gitlab("Push Hook", { { QStringLiteral("project"), project } }, "nope").code(),
            QStringLiteral("bad_signature"));
        const Reply glPush = gitlab("Push Hook",
            { { QStringLiteral("project"), project },
                { QStringLiteral("commits"),
                    QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("ccc333") },
                        { QStringLiteral("timestamp"), QStringLiteral("2024-07-02T09:00:00+00:00") },
                        { QStringLiteral("title"), QStringLiteral("Faster search") } } } } });
        QCOMPARE(glPush.status, 200);
        const Reply glDeploy = gitlab("Deployment Hook",
            { { QStringLiteral("project"), project }, { QStringLiteral("status"), QStringLiteral("success") },
                { QStringLiteral("deployment_id"), 42 },
                { QStringLiteral("environment"), QStringLiteral("production") },
                { QStringLiteral("ref"), QStringLiteral("main") },
                { QStringLiteral("short_sha"), QStringLiteral("ccc333") },
                { QStringLiteral("status_changed_at"), QStringLiteral("2024-07-02 11:30:00 +0200") } });
        QCOMPARE(glDeploy.status, 200);
        const Reply glDeployment = call(m_viewer, "GET",
            "/deployments/" + glDeploy.json.value(QLatin1String("ids")).toArray().at(0).toString().toLatin1());
        QCOMPARE(glDeployment.json.value(QLatin1String("finishedAt")).toString(),
            QStringLiteral("2024-07-02T09:30:00.000Z"));
        QCOMPARE(glDeployment.json.value(QLatin1String("source")).toString(), QStringLiteral("gitlab"));
        const Reply glRunning = gitlab("Deployment Hook",
            { { QStringLiteral("project"), project }, { QStringLiteral("status"), QStringLiteral("running") } });
        QCOMPARE(glRunning.json.value(QLatin1String("result")).toString(), QStringLiteral("ignored"));
        const Reply glIncident = gitlab("Issue Hook",
            { { QStringLiteral("project"), project },
                { QStringLiteral("object_attributes"),
                    QJsonObject { { QStringLiteral("id"), 77 },
                        { QStringLiteral("title"), QStringLiteral("Index stale") },
                        { QStringLiteral("issue_type"), QStringLiteral("incident") },
                        { QStringLiteral("created_at"), QStringLiteral("2024-07-02 12:00:00 UTC") } } } });
        QCOMPARE(glIncident.status, 200);
        QCOMPARE(glIncident.json.value(QLatin1String("result")).toString(), QStringLiteral("recorded"));
        QCOMPARE(gitlab("Push Hook",
                     { { QStringLiteral("project"),
                         QJsonObject { { QStringLiteral("name"), QStringLiteral("unknown") } } } })
                     .status,
            422);
    }

    void readsEachResource()
    {
        QCOMPARE(call(m_viewer, "GET", "/teams/payments").json.value(QLatin1String("name")).toString(),
            QStringLiteral("payments"));
        QCOMPARE(call(m_viewer, "GET", "/services/pay-api").json.value(QLatin1String("team")).toString(),
            QStringLiteral("payments"));
        QCOMPARE(
            call(m_viewer, "GET", "/environments/production").json.value(QLatin1String("production")).toBool(), true);
        const Reply change = call(m_payments, "POST", "/changes",
            { { QStringLiteral("service"), QStringLiteral("pay-api") },
                { QStringLiteral("sha"), QStringLiteral("feed01") },
                { QStringLiteral("committedAt"), QStringLiteral("2024-06-01T08:00:00+02:00") } });
        QCOMPARE(change.status, 201);
        // Times come back in UTC.
        QCOMPARE(
            change.json.value(QLatin1String("committedAt")).toString(), QStringLiteral("2024-06-01T06:00:00.000Z"));
        QCOMPARE(change.json.value(QLatin1String("firstProductionDeployment")).type(), QJsonValue::Null);
        QCOMPARE(call(m_viewer, "GET", "/changes/" + change.id().toLatin1()).status, 200);
        const Reply incidents = call(m_viewer, "GET", "/incidents?open=false&limit=5");
        QCOMPARE(incidents.status, 200);
        QVERIFY(!incidents.items().isEmpty());
        const QString incident = incidents.items().at(0).toObject().value(QLatin1String("id")).toString();
        QCOMPARE(call(m_viewer, "GET", "/incidents/" + incident.toLatin1()).status, 200);
        QCOMPARE(call(m_viewer, "GET", "/incidents/inc_00000000000000000000ff").status, 404);
    }

    void metricsAnswer()
    {
        const QDateTime today(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), QTimeZone::UTC);
        const QByteArray from = today.addDays(-14).toString(Qt::ISODate).toLatin1();
        const QByteArray to = today.addDays(1).toString(Qt::ISODate).toLatin1();
        const Reply dora
            = call(m_viewer, "GET", "/metrics/dora?bucket=day&ids=true&scope=team:payments&from=" + from + "&to=" + to);
        QCOMPARE(dora.status, 200);
        QCOMPARE(dora.json.value(QLatin1String("points")).toArray().size(), 15);
        const QJsonObject total = dora.json.value(QLatin1String("total")).toObject();
        QVERIFY(total.value(QLatin1String("deployments")).toInt() >= 17); // production: 1 + 16 + 1
        QCOMPARE(dora.json.value(QLatin1String("bands")).toObject().value(QLatin1String("year")).toInt(), 2023);
        const double cfr
            = total.value(QLatin1String("changeFailureRate")).toObject().value(QLatin1String("rate")).toDouble();
        QVERIFY(cfr > 0 && cfr <= 1);
        const Reply adoption = call(m_viewer, "GET", "/metrics/adoption?bucket=week&from=" + from + "&to=" + to);
        QCOMPARE(adoption.status, 200);
        QVERIFY(adoption.json.value(QLatin1String("services")).toInt() >= 2);
        QCOMPARE(call(m_viewer, "GET", "/metrics/dora?scope=team:nobody&from=" + from + "&to=" + to).status, 404);
        const Reply empty = call(m_viewer, "GET", "/metrics/dora?from=" + from + "&to=" + from);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json.value(QLatin1String("points")).toArray().size(), 0);
    }

private:
    std::pair<int, QByteArray> tokenCommand(const QStringList &arguments)
    {
        return tarmacdCommand(m_database, arguments, m_state.path());
    }

    QByteArray createToken(const QStringList &options) { return newToken(m_database, options, m_state.path()); }

    Reply raw(const QByteArray &token, const QByteArray &method, const QByteArray &path, const QByteArray &body,
        const QHash<QByteArray, QByteArray> &extra = {})
    {
        QHash<QByteArray, QByteArray> headers = extra;
        headers.insert("Authorization", "Bearer " + token);
        if (!body.isEmpty())
            headers.insert("Content-Type", "application/json");
        QUrl url = m_server.url(QStringLiteral("/api/v1") + QString::fromLatin1(path.split('?').constFirst()));
        if (path.contains('?'))
            url.setQuery(QString::fromLatin1(path.mid(path.indexOf('?') + 1)));
        const HttpResult result = httpRequest(method, url, headers, body);
        recordResponse(method, url, result);
        return { result.status, QJsonDocument::fromJson(result.body).object(), result.body, result.headers };
    }

    Reply call(const QByteArray &token, const QByteArray &method, const QByteArray &path, const QJsonObject &body = {},
        const QHash<QByteArray, QByteArray> &extra = {})
    {
        return raw(token, method, path,
            body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
            extra);
    }

    // The whole event stream of a deployment; it ends after its terminal status.
    QByteArray events(const QString &id, const QByteArray &lastEventId = {})
    {
        QHash<QByteArray, QByteArray> headers { { "Authorization", "Bearer " + m_viewer } };
        if (!lastEventId.isEmpty())
            headers.insert("Last-Event-ID", lastEventId);
        const HttpResult result
            = httpRequest("GET", m_server.url(QStringLiteral("/api/v1/deployments/%1/events").arg(id)), headers);
        if (result.status != 200 || !result.headers.value("content-type").startsWith("text/event-stream"))
            return {};
        return result.body;
    }

    QTemporaryDir m_state;
    std::unique_ptr<PostgresServer> m_postgres;
    Tarmacd m_server;
    QString m_database;
    QByteArray m_admin;
    QByteArray m_viewer;
    QByteArray m_owner;
    QByteArray m_payments;
};

QTEST_GUILESS_MAIN(TestPlatformApi)
#include "tst_platformapi.moc"
