// SPDX-License-Identifier: GPL-3.0-or-later
// /assessments through a real tarmacd: storing a session file's text and reading it back, the fields
// read from it, roles, Idempotency-Key retries, rounds of the same scope linked to the previous one,
// filters and pagination newest first, and errors that say where in the YAML. On SQLite, and on a
// real PostgreSQL with TARMAC_TEST_POSTGRES=1. With TARMAC_RESPONSE_LOG=FILE every response is
// appended to FILE for the contract check (tests/integration/check_responses.py).
#include "assessment/assessmentsessionfile.h"
#include "postgresserver.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace TestUtils;
using namespace Tarmac;

namespace {
struct Reply {
    int status = 0;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers;
    QString code() const
    {
        return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    QString id() const { return json.value(QLatin1String("id")).toString(); }
    QJsonArray items() const { return json.value(QLatin1String("items")).toArray(); }
};

// A round of the seed model with two people, the first capability agreed at agreed with target.
AssessmentSession workshopRound(const QString &scopeKind, const QString &scopeName, const QDate &date, int agreed,
    const QString &modelId = QStringLiteral("platform-engineering"))
{
    AssessmentSession session;
    session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    session.title = QStringLiteral("Round of %1").arg(date.toString(Qt::ISODate));
    session.model = { modelId, QStringLiteral("1.0"), QStringLiteral("sha256:00ff") };
    session.scope = { scopeKind, scopeName };
    session.date = date;
    session.facilitator = QStringLiteral("Fay");
    session.participants = { { QStringLiteral("p1"), QStringLiteral("Ana"), QStringLiteral("platform-team") },
        { QStringLiteral("p2"), QStringLiteral("Bo"), QStringLiteral("app-team") } };
    CapabilityRecord delivery;
    delivery.capabilityId = QStringLiteral("delivery");
    delivery.votes = { { QStringLiteral("p1"), Vote::Kind::Level, agreed, 3 },
        { QStringLiteral("p2"), Vote::Kind::Level, agreed + 1, 0 } };
    delivery.revealed = true;
    delivery.agreedLevel = agreed;
    delivery.targetLevel = agreed + 1;
    CapabilityRecord measurement;
    measurement.capabilityId = QStringLiteral("measurement");
    session.records = { delivery, measurement };
    return session;
}

QJsonObject body(const AssessmentSession &session)
{
    return { { QStringLiteral("session"), QString::fromUtf8(AssessmentSessionFile::serialize(session)) } };
}
}

class TestAssessmentsApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        m_database = QStringLiteral("sqlite:") + m_server.databasePath();
        if (qEnvironmentVariableIntValue("TARMAC_TEST_POSTGRES") == 1) {
            QString error;
            m_postgres = std::make_unique<PostgresServer>();
            QVERIFY2(m_postgres->start(&error), qPrintable(error));
            QVERIFY2(m_postgres->createDatabase(QStringLiteral("assessments"), &m_database, &error), qPrintable(error));
        }
        QCOMPARE(tokenCommand({ QStringLiteral("migrate") }).first, 0);
        for (const char *role : { "admin", "facilitator", "owner", "viewer" })
            m_tokens.insert(role, createToken({ QStringLiteral("--role"), QLatin1String(role) }));
        m_tokens.insert("developer",
            createToken({ QStringLiteral("--role"), QStringLiteral("developer"), QStringLiteral("--team"),
                QStringLiteral("payments") }));
        for (const QByteArray &token : std::as_const(m_tokens))
            QVERIFY(!token.isEmpty());
        QVERIFY2(m_server.start({},
                     { QStringLiteral("--database"), m_database, QStringLiteral("--state-dir"),
                         m_state.filePath(QStringLiteral("state")) }),
            m_server.output().constData());
    }

    void storesTheSessionTextAndWhatIsReadFromIt()
    {
        const AssessmentSession session
            = workshopRound(QStringLiteral("team"), QStringLiteral("checkout"), QDate(2026, 1, 12), 2);
        const Reply stored = call("facilitator", "POST", "/assessments", body(session));
        QCOMPARE(stored.status, 201);
        m_firstId = stored.id();
        QCOMPARE(stored.headers.value("location"), QByteArray("/api/v1/assessments/" + stored.id().toLatin1()));
        QVERIFY(stored.id().startsWith(QLatin1String("asm_")));
        QCOMPARE(stored.json.value(QLatin1String("sessionId")).toString(), session.id);
        QCOMPARE(stored.json.value(QLatin1String("date")).toString(), QStringLiteral("2026-01-12"));
        QCOMPARE(stored.json.value(QLatin1String("participants")).toInt(), 2);
        const QJsonObject model = stored.json.value(QLatin1String("model")).toObject();
        QCOMPARE(model.value(QLatin1String("id")).toString(), QStringLiteral("platform-engineering"));
        QCOMPARE(model.value(QLatin1String("version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(model.value(QLatin1String("hash")).toString(), QStringLiteral("sha256:00ff"));
        QCOMPARE(stored.json.value(QLatin1String("scope")).toObject(),
            (QJsonObject { { QStringLiteral("kind"), QStringLiteral("team") },
                { QStringLiteral("name"), QStringLiteral("checkout") } }));
        const QJsonArray capabilities = stored.json.value(QLatin1String("capabilities")).toArray();
        QCOMPARE(capabilities.size(), 2);
        QCOMPARE(capabilities.at(0).toObject(),
            (QJsonObject { { QStringLiteral("id"), QStringLiteral("delivery") }, { QStringLiteral("agreed"), 2 },
                { QStringLiteral("target"), 3 } }));
        // Not agreed yet: null, not 0.
        QCOMPARE(capabilities.at(1).toObject().value(QLatin1String("agreed")).type(), QJsonValue::Null);
        QCOMPARE(stored.json.value(QLatin1String("previous")).type(), QJsonValue::Null);

        // The text comes back byte for byte, and parses to the same session.
        const Reply read = call("owner", "GET", "/assessments/" + stored.id().toLatin1());
        QCOMPARE(read.status, 200);
        const QString text = read.json.value(QLatin1String("session")).toString();
        QCOMPARE(text, body(session).value(QLatin1String("session")).toString());
        const SessionLoadResult parsed = AssessmentSessionFile::parse(text.toUtf8(), QStringLiteral("stored"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.session, session);
        QCOMPARE(call("owner", "GET", "/assessments/asm_00000000000000000000ff").status, 404);
    }

    void roles_data()
    {
        QTest::addColumn<QByteArray>("who");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::newRow("admin writes") << QByteArray("admin") << QByteArray("POST") << 201;
        QTest::newRow("facilitator writes") << QByteArray("facilitator") << QByteArray("POST") << 201;
        QTest::newRow("owner cannot write") << QByteArray("owner") << QByteArray("POST") << 403;
        QTest::newRow("developer cannot write") << QByteArray("developer") << QByteArray("POST") << 403;
        QTest::newRow("viewer cannot write") << QByteArray("viewer") << QByteArray("POST") << 403;
        QTest::newRow("admin reads") << QByteArray("admin") << QByteArray("GET") << 200;
        QTest::newRow("facilitator reads") << QByteArray("facilitator") << QByteArray("GET") << 200;
        QTest::newRow("owner reads") << QByteArray("owner") << QByteArray("GET") << 200;
        QTest::newRow("developer cannot read") << QByteArray("developer") << QByteArray("GET") << 403;
        QTest::newRow("viewer cannot read") << QByteArray("viewer") << QByteArray("GET") << 403;
    }

    void roles()
    {
        QFETCH(QByteArray, who);
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        const Reply reply = method == "POST"
            ? call(who, method, "/assessments",
                  body(workshopRound(QStringLiteral("unit"), QString::fromLatin1(who), QDate(2025, 5, 1), 1)))
            : call(who, method, "/assessments");
        QCOMPARE(reply.status, status);
        if (status == 403)
            QCOMPARE(reply.code(), QStringLiteral("forbidden"));
        // Reading one is open to the same roles as the list.
        if (method == "GET")
            QCOMPARE(call(who, "GET", "/assessments/" + m_firstId.toLatin1()).status, status);
    }

    void retriesWithTheSameKeyStoreOnce()
    {
        const QJsonObject session
            = body(workshopRound(QStringLiteral("team"), QStringLiteral("search"), QDate(2026, 2, 2), 3));
        const QHash<QByteArray, QByteArray> key { { "Idempotency-Key", "publish-search-1" } };
        const Reply first = call("facilitator", "POST", "/assessments", session, key);
        QCOMPARE(first.status, 201);
        const Reply again = call("facilitator", "POST", "/assessments", session, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.id(), first.id());
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        // Without the key the same session is a conflict that names where it is stored.
        const Reply conflict = call("facilitator", "POST", "/assessments", session);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.code(), QStringLiteral("already_stored"));
        QCOMPARE(conflict.json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("details"))
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
            first.id());
        QCOMPARE(list("scope=team:search").size(), 1);
    }

    void roundsOfOneScopeLinkToThePreviousOne()
    {
        const QString scope = QStringLiteral("platform");
        const Reply first = call("facilitator", "POST", "/assessments",
            body(workshopRound(QStringLiteral("unit"), scope, QDate(2025, 9, 1), 1)));
        const Reply second = call("facilitator", "POST", "/assessments",
            body(workshopRound(QStringLiteral("unit"), scope, QDate(2026, 3, 1), 2)));
        // Another scope, and the same scope with another model: not rounds of this series.
        const Reply otherScope = call("facilitator", "POST", "/assessments",
            body(workshopRound(QStringLiteral("unit"), QStringLiteral("data"), QDate(2025, 12, 1), 1)));
        const Reply otherModel = call("facilitator", "POST", "/assessments",
            body(workshopRound(
                QStringLiteral("unit"), scope, QDate(2025, 12, 1), 1, QStringLiteral("cncf-platform-engineering"))));
        for (const Reply *reply : { &first, &second, &otherScope, &otherModel })
            QCOMPARE(reply->status, 201);
        QCOMPARE(second.json.value(QLatin1String("previous")).toString(), first.id());
        QCOMPARE(otherScope.json.value(QLatin1String("previous")).type(), QJsonValue::Null);
        QCOMPARE(otherModel.json.value(QLatin1String("previous")).type(), QJsonValue::Null);

        // A round held between them but published late slots in: the link follows the dates.
        const Reply late = call("facilitator", "POST", "/assessments",
            body(workshopRound(QStringLiteral("unit"), scope, QDate(2025, 12, 15), 1)));
        QCOMPARE(late.json.value(QLatin1String("previous")).toString(), first.id());
        QCOMPARE(read(second.id()).value(QLatin1String("previous")).toString(), late.id());
    }

    void listsFilterAndPageNewestFirst()
    {
        const QJsonArray all = list({});
        QCOMPARE(all.size(), 9); // every session the tests above stored
        QSet<QString> seen;
        QString lastDate = QStringLiteral("9999-12-31");
        for (const QJsonValue &item : all) {
            const QJsonObject object = item.toObject();
            QVERIFY(!object.contains(QLatin1String("session"))); // lists leave the text out
            QVERIFY(object.value(QLatin1String("date")).toString() <= lastDate);
            lastDate = object.value(QLatin1String("date")).toString();
            QVERIFY(!seen.contains(object.value(QLatin1String("id")).toString()));
            seen.insert(object.value(QLatin1String("id")).toString());
        }
        // One at a time gives the same items in the same order.
        QJsonArray paged;
        QByteArray cursor;
        for (int page = 0; page < 100; ++page) {
            const Reply reply = call("owner", "GET",
                QByteArray("/assessments?limit=1") + (cursor.isEmpty() ? QByteArray() : "&cursor=" + cursor));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.items().size(), 1);
            paged.append(reply.items().at(0).toObject().value(QLatin1String("id")));
            if (reply.json.value(QLatin1String("nextCursor")).isNull())
                break;
            cursor = reply.json.value(QLatin1String("nextCursor")).toString().toLatin1();
        }
        QJsonArray ids;
        for (const QJsonValue &item : all)
            ids.append(item.toObject().value(QLatin1String("id")));
        QCOMPARE(paged, ids);

        const QJsonArray platform = list("scope=unit:platform");
        QCOMPARE(platform.size(), 4);
        QCOMPARE(platform.at(0).toObject().value(QLatin1String("date")).toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(list("scope=unit:platform&model=cncf-platform-engineering").size(), 1);
        for (const QJsonValue &item : list("scope=team"))
            QCOMPARE(item.toObject().value(QLatin1String("scope")).toObject().value(QLatin1String("kind")).toString(),
                QStringLiteral("team"));
        QCOMPARE(list("model=no-such-model").size(), 0);
        QCOMPARE(call("owner", "GET", "/assessments?scope=galaxy").status, 400);
        QCOMPARE(call("owner", "GET", "/assessments?cursor=nonsense").status, 400);
    }

    void badSessionsSayWhere()
    {
        const Reply broken = call("facilitator", "POST", "/assessments",
            { { QStringLiteral("session"),
                QStringLiteral("format: tarmac-assessment/1\nid: x\nmodel: {id: m, version: \"1\"}\n"
                               "scope: {kind: galaxy, name: far}\ndate: 2026-01-01\n") } });
        QCOMPARE(broken.status, 422);
        QCOMPARE(broken.code(), QStringLiteral("validation_failed"));
        const QJsonObject details
            = broken.json.value(QLatin1String("error")).toObject().value(QLatin1String("details")).toObject();
        QCOMPARE(details.value(QLatin1String("field")).toString(), QStringLiteral("session"));
        const QJsonObject first = details.value(QLatin1String("errors")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("line")).toInt(), 4);
        QVERIFY(first.value(QLatin1String("message")).toString().contains(QLatin1String("galaxy")));

        const Reply syntax = call("facilitator", "POST", "/assessments",
            { { QStringLiteral("session"), QStringLiteral("format: tarmac-assessment/1\nid: [unclosed\n") } });
        QCOMPARE(syntax.status, 422);
        QVERIFY(syntax.json.value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("line")));

        AssessmentSession undated = workshopRound(QStringLiteral("team"), QStringLiteral("x"), QDate(2026, 1, 1), 1);
        undated.date = QDate();
        const Reply noDate = call("facilitator", "POST", "/assessments", body(undated));
        QCOMPARE(noDate.status, 422);
        QVERIFY(noDate.json.value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("date")));
        QCOMPARE(call("facilitator", "POST", "/assessments", QJsonObject {}).status, 422);
        QCOMPARE(raw("facilitator", "POST", "/assessments", "not json").status, 400);
    }

    void putReplacesTheStoredSession()
    {
        AssessmentSession session
            = workshopRound(QStringLiteral("team"), QStringLiteral("ledger"), QDate(2026, 4, 1), 1);
        const Reply stored = call("facilitator", "POST", "/assessments", body(session));
        QCOMPARE(stored.status, 201);
        session.records[0].agreedLevel = 4;
        session.records[1].agreedLevel = 2;
        const QByteArray path = "/assessments/" + stored.id().toLatin1();
        const Reply replaced = call("facilitator", "PUT", path, body(session));
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.id(), stored.id());
        const QJsonArray capabilities = replaced.json.value(QLatin1String("capabilities")).toArray();
        QCOMPARE(capabilities.at(0).toObject().value(QLatin1String("agreed")).toInt(), 4);
        QCOMPARE(capabilities.at(1).toObject().value(QLatin1String("agreed")).toInt(), 2);
        QCOMPARE(read(stored.id()).value(QLatin1String("session")).toString(),
            body(session).value(QLatin1String("session")).toString());
        QCOMPARE(list("scope=team:ledger").size(), 1);

        const Reply other = call("facilitator", "PUT", path,
            body(workshopRound(QStringLiteral("team"), QStringLiteral("ledger"), QDate(2026, 4, 1), 1)));
        QCOMPARE(other.status, 422);
        QCOMPARE(call("owner", "PUT", path, body(session)).status, 403);
        QCOMPARE(call("facilitator", "PUT", "/assessments/asm_00000000000000000000ff", body(session)).status, 404);
    }

private:
    std::pair<int, QByteArray> tokenCommand(const QStringList &arguments)
    {
        return tarmacdCommand(m_database, arguments, m_state.path());
    }

    QByteArray createToken(const QStringList &options) { return newToken(m_database, options, m_state.path()); }

    Reply raw(const QByteArray &who, const QByteArray &method, const QByteArray &path, const QByteArray &payload,
        const QHash<QByteArray, QByteArray> &extra = {})
    {
        QHash<QByteArray, QByteArray> headers = extra;
        headers.insert("Authorization", "Bearer " + m_tokens.value(who));
        if (!payload.isEmpty())
            headers.insert("Content-Type", "application/json");
        QUrl url = m_server.url(QStringLiteral("/api/v1") + QString::fromLatin1(path.split('?').constFirst()));
        if (path.contains('?'))
            url.setQuery(QString::fromLatin1(path.mid(path.indexOf('?') + 1)));
        const HttpResult result = httpRequest(method, url, headers, payload);
        recordResponse(method, url, result);
        return { result.status, QJsonDocument::fromJson(result.body).object(), result.headers };
    }

    Reply call(const QByteArray &who, const QByteArray &method, const QByteArray &path, const QJsonObject &payload = {},
        const QHash<QByteArray, QByteArray> &extra = {})
    {
        return raw(who, method, path,
            method == "GET" ? QByteArray() : QJsonDocument(payload).toJson(QJsonDocument::Compact), extra);
    }

    QJsonObject read(const QString &id) { return call("owner", "GET", "/assessments/" + id.toLatin1()).json; }

    // Every item of the list with these query parameters (limit 200: the test stores fewer).
    QJsonArray list(const QByteArray &query)
    {
        const Reply reply = call("owner", "GET",
            QByteArray("/assessments?limit=200") + (query.isEmpty() ? QByteArray() : QByteArray("&" + query)));
        if (reply.status != 200 || !reply.json.value(QLatin1String("nextCursor")).isNull())
            return {};
        return reply.items();
    }

    QTemporaryDir m_state;
    std::unique_ptr<PostgresServer> m_postgres;
    Tarmacd m_server;
    QString m_database;
    QHash<QByteArray, QByteArray> m_tokens;
    QString m_firstId;
};

QTEST_GUILESS_MAIN(TestAssessmentsApi)
#include "tst_assessmentsapi.moc"
