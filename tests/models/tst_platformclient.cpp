// SPDX-License-Identifier: GPL-3.0-or-later
// The platform client against a real misbehaving HTTP server (tests/platform/faultyserver.*).
#include "apicall.h"
#include "faultyserver.h"
#include "platform/deploymentstream.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"
#include "platform/responsecache.h"
#include "platform/sseparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;
using namespace Qt::StringLiterals;
using TestUtils::FaultyServer;

namespace {
const QByteArray okBody = R"({"items":[{"id":"svc_1","name":"api"}],"nextCursor":null})";

FaultyServer::Response dropped()
{
    FaultyServer::Response response;
    response.drop = true;
    return response;
}

FaultyServer::Response hanging()
{
    FaultyServer::Response response;
    response.hang = true;
    return response;
}

QString dataFile(const char *name)
{
    return QStringLiteral(TARMAC_SOURCE_DIR "/tests/platform/data/") + QLatin1String(name);
}

// Runs a reply to its end and checks that it said so exactly once.
TestUtils::ApiOutcome finish(ApiReply *reply)
{
    QPointer<ApiReply> guard(reply);
    TestUtils::ApiOutcome outcome = TestUtils::waitFor(reply);
    QTest::qWait(20); // a second finished() would come by now
    if (!guard && outcome.finishedCount == 1)
        return outcome;
    outcome.finishedCount = guard ? -1 : outcome.finishedCount; // still alive: it did not delete itself
    return outcome;
}
}

class TestPlatformClient : public QObject {
    Q_OBJECT

private:
    FaultyServer m_server;
    PlatformConnection m_connection;
    std::unique_ptr<PlatformClient> m_client;

    void useServer(FaultyServer &server)
    {
        m_connection.setRemote(server.url());
        m_connection.setToken("secret-token");
        m_client = std::make_unique<PlatformClient>(&m_connection);
        ClientOptions options;
        options.backoffBase = std::chrono::milliseconds(10);
        options.backoffCap = std::chrono::milliseconds(40);
        options.timeout = std::chrono::milliseconds(3000);
        m_client->setOptions(options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
    }

    void init() { useServer(m_server); }

    void getAnswersJsonWithBearerToken()
    {
        m_server.setResponses("/api/v1/services", { FaultyServer::json(200, okBody) });
        ApiReply *reply = m_client->get(u"/services"_s, QUrlQuery { { u"limit"_s, u"5"_s } });
        const TestUtils::ApiOutcome replyOut = finish(reply);
        QCOMPARE(replyOut.finishedCount, 1);
        QVERIFY2(replyOut.ok, qPrintable(replyOut.error.describe()));
        QCOMPARE(replyOut.json.toObject().value("items"_L1).toArray().size(), 1);
        QVERIFY(!replyOut.fromCache);
        const FaultyServer::Request request = m_server.requests().constLast();
        QCOMPARE(request.path, QByteArray("/api/v1/services?limit=5"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer secret-token"));
    }

    void getIsRetriedAfterServerErrorsAndDrops()
    {
        m_server.setResponses("/api/v1/environments",
            { FaultyServer::json(500, "{}"), FaultyServer::json(502, "{}"), FaultyServer::json(503, "{}"),
                FaultyServer::json(200, okBody) });
        ApiReply *reply = m_client->get(u"/environments"_s);
        const TestUtils::ApiOutcome replyOut = finish(reply);
        QCOMPARE(replyOut.finishedCount, 1);
        QVERIFY2(replyOut.ok, qPrintable(replyOut.error.describe()));
        QCOMPARE(replyOut.attempts, 4);
        QCOMPARE(m_server.hits("/api/v1/environments"), 4);
    }

    void getGivesUpAfterMaxAttempts()
    {
        m_server.setResponses("/api/v1/teams",
            { FaultyServer::json(
                500, R"({"error":{"code":"internal","message":"database is locked","details":{}}})") });
        ApiReply *reply = m_client->get(u"/teams"_s);
        const TestUtils::ApiOutcome replyOut = finish(reply);
        QCOMPARE(replyOut.finishedCount, 1);
        QCOMPARE(replyOut.error.kind, ApiError::Kind::Http);
        QCOMPARE(replyOut.error.httpStatus, 500);
        QCOMPARE(replyOut.error.message, u"database is locked"_s);
        QCOMPARE(m_server.hits("/api/v1/teams"), m_client->options().maxAttempts);
        QVERIFY(replyOut.error.describe().contains(u"database is locked"_s));
    }

    void postWithoutIdempotencyKeyIsNeverRetried()
    {
        m_server.setResponses("/api/v1/incidents/inc_1/resolve", { FaultyServer::json(500, "{}"), dropped() });
        ApiReply *reply = m_client->post(u"/incidents/inc_1/resolve"_s, {});
        const TestUtils::ApiOutcome replyOut = finish(reply);
        QCOMPARE(replyOut.finishedCount, 1);
        QCOMPARE(replyOut.error.kind, ApiError::Kind::Http);
        QCOMPARE(m_server.hits("/api/v1/incidents/inc_1/resolve"), 1);

        ApiReply *dropReply = m_client->post(u"/incidents/inc_1/resolve"_s, {});
        const TestUtils::ApiOutcome dropReplyOut = finish(dropReply);
        QCOMPARE(dropReplyOut.finishedCount, 1);
        QCOMPARE(dropReplyOut.error.kind, ApiError::Kind::Network);
        // The client sent it once. (Qt's HTTP transport itself may resend a request once when the
        // server closes the connection without any answer; hence every creating POST carries an
        // Idempotency-Key.)
        QCOMPARE(dropReplyOut.attempts, 1);
    }

    void postWithIdempotencyKeyIsRetriedWithTheSameKey()
    {
        m_server.setResponses(
            "/api/v1/deployments", { dropped(), FaultyServer::json(201, R"({"id":"dep_1","status":"queued"})") });
        const QByteArray key = PlatformClient::newIdempotencyKey();
        ApiReply *reply = m_client->post(u"/deployments"_s, { { u"service"_s, u"api"_s } }, key);
        const TestUtils::ApiOutcome replyOut = finish(reply);
        QCOMPARE(replyOut.finishedCount, 1);
        QVERIFY2(replyOut.ok, qPrintable(replyOut.error.describe()));
        QCOMPARE(m_server.hits("/api/v1/deployments"), 2);
        const QList<FaultyServer::Request> requests = m_server.requests();
        QCOMPARE(requests.at(requests.size() - 1).headers.value("idempotency-key"), key);
        QCOMPARE(requests.at(requests.size() - 2).headers.value("idempotency-key"), key);
        QCOMPARE(requests.constLast().body, QByteArray(R"({"service":"api"})"));
    }

    void hangingRequestTimesOut()
    {
        m_server.setResponses("/api/v1/slow", { hanging() });
        ClientOptions options = m_client->options();
        options.timeout = std::chrono::milliseconds(200);
        options.maxAttempts = 2;
        m_client->setOptions(options);
        ApiReply *reply = m_client->get(u"/slow"_s);
        const TestUtils::ApiOutcome replyOut = finish(reply);
        QCOMPARE(replyOut.finishedCount, 1);
        QCOMPARE(replyOut.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(m_server.hits("/api/v1/slow"), 2);
        QVERIFY(replyOut.error.describe().contains(u"/api/v1/slow"_s));
    }

    void malformedJsonSaysWhere()
    {
        m_server.setResponses("/api/v1/broken", { FaultyServer::json(200, R"({"items": [1, 2,)") });
        ApiReply *reply = m_client->get(u"/broken"_s);
        const TestUtils::ApiOutcome replyOut = finish(reply);
        QCOMPARE(replyOut.finishedCount, 1);
        QCOMPARE(replyOut.error.kind, ApiError::Kind::Malformed);
        QVERIFY2(replyOut.error.message.contains(u"at byte"_s), qPrintable(replyOut.error.message));
        QCOMPARE(m_server.hits("/api/v1/broken"), 1); // a malformed answer does not heal by asking again
        QVERIFY(replyOut.error.describe().contains(u"/api/v1/broken"_s));
    }

    void authenticationAndPermissionErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("advice");
        QTest::newRow("401") << 401 << u"invalid_token"_s << u"Set a valid token"_s;
        QTest::newRow("403") << 403 << u"wrong_team"_s << u"right role or team"_s;
    }

    void authenticationAndPermissionErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, advice);
        m_server.setResponses("/api/v1/auth",
            { FaultyServer::json(
                status, R"({"error":{"code":")" + code.toUtf8() + R"(","message":"nope","details":{"team":"x"}}})") });
        const int before = m_server.hits("/api/v1/auth");
        ApiReply *reply = m_client->get(u"/auth"_s);
        const TestUtils::ApiOutcome replyOut = finish(reply);
        QCOMPARE(replyOut.finishedCount, 1);
        QCOMPARE(replyOut.error.kind, ApiError::Kind::Http);
        QCOMPARE(replyOut.error.httpStatus, status);
        QCOMPARE(replyOut.error.code, code);
        QCOMPARE(replyOut.error.details, u"{\"team\":\"x\"}"_s);
        QVERIFY2(replyOut.error.describe().contains(advice), qPrintable(replyOut.error.describe()));
        QCOMPARE(m_server.hits("/api/v1/auth"), before + 1);
        m_server.setResponses("/api/v1/auth", {});
    }

    void serverDownIsANetworkError()
    {
        // A port nothing listens on any more.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        QUrl url(u"http://127.0.0.1"_s);
        url.setPort(probe.serverPort());
        probe.close();
        PlatformConnection connection;
        connection.setRemote(url);
        PlatformClient client(&connection);
        ClientOptions options;
        options.maxAttempts = 2;
        options.backoffBase = std::chrono::milliseconds(5);
        client.setOptions(options);
        ApiReply *reply = client.get(u"/services"_s);
        const TestUtils::ApiOutcome replyOut = finish(reply);
        QCOMPARE(replyOut.finishedCount, 1);
        QCOMPARE(replyOut.error.kind, ApiError::Kind::Network);
        QVERIFY(replyOut.error.describe().contains(u"Cannot reach"_s));
    }

    void abortFinishesOnceAsCancelled()
    {
        m_server.setResponses("/api/v1/hang", { hanging() });
        ApiReply *reply = m_client->get(u"/hang"_s);
        QSignalSpy spy(reply, &ApiReply::finished);
        QTRY_COMPARE(m_server.hits("/api/v1/hang"), 1);
        reply->abort();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
        reply->abort();
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
    }

    void guiThreadKeepsRunningWhileARequestHangs()
    {
        // Behaviour, not speed: the event loop must keep turning while the platform says nothing.
        m_server.setResponses("/api/v1/stuck", { hanging() });
        ClientOptions options = m_client->options();
        options.timeout = std::chrono::milliseconds(700);
        options.maxAttempts = 2;
        m_client->setOptions(options);
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        ticker.start();
        ApiReply *reply = m_client->get(u"/stuck"_s);
        const TestUtils::ApiOutcome replyOut = finish(reply);
        QCOMPARE(replyOut.finishedCount, 1);
        ticker.stop();
        QCOMPARE(replyOut.error.kind, ApiError::Kind::Timeout);
        QVERIFY(ticks > 50);
        qInfo("event loop: %d ticks of 5 ms over %lld ms, longest gap %lld ms", ticks, clock.elapsed(), longestGap);
        QVERIFY2(longestGap <= 50, qPrintable(u"the event loop stalled for %1 ms"_s.arg(longestGap)));
    }

    void selfSignedCertificateIsRefusedUnlessItsCaIsGiven()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
        FaultyServer tlsServer;
        QVERIFY(tlsServer.listen(dataFile("selfsigned.crt"), dataFile("selfsigned.key")));
        tlsServer.setResponses("/api/v1/services", { FaultyServer::json(200, okBody) });
        useServer(tlsServer);
        ApiReply *reply = m_client->get(u"/services"_s);
        const TestUtils::ApiOutcome replyOut = finish(reply);
        QCOMPARE(replyOut.finishedCount, 1);
        QCOMPARE(replyOut.error.kind, ApiError::Kind::Tls);
        QVERIFY2(replyOut.error.describe().contains(u"CA certificate"_s), qPrintable(replyOut.error.describe()));
        QCOMPARE(tlsServer.hits("/api/v1/services"), 0); // not retried, and nothing was sent

        QFile certificate(dataFile("selfsigned.crt"));
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> ca = QSslCertificate::fromData(certificate.readAll());
        QCOMPARE(ca.size(), 1);
        m_connection.setCaCertificates(ca);
        useServer(tlsServer); // a fresh client: Qt keeps the refused connection's TLS state per manager
        ApiReply *trusted = m_client->get(u"/services"_s);
        const TestUtils::ApiOutcome trustedOut = finish(trusted);
        QCOMPARE(trustedOut.finishedCount, 1);
        QVERIFY2(trustedOut.ok, qPrintable(trustedOut.error.describe()));
        m_connection.setCaCertificates({});
    }

    void unreachablePlatformIsAnsweredFromTheCache()
    {
        QTemporaryDir dir;
        ResponseCache cache(dir.path());
        m_client->setCache(&cache);
        m_server.setResponses("/api/v1/deployments", { FaultyServer::json(200, okBody) });
        ApiReply *fresh = m_client->get(u"/deployments"_s, QUrlQuery { { u"service"_s, u"api"_s } });
        const TestUtils::ApiOutcome freshOut = finish(fresh);
        QCOMPARE(freshOut.finishedCount, 1);
        QVERIFY(freshOut.ok);
        QVERIFY(!freshOut.fromCache);
        cache.waitForWrites();

        m_server.setResponses("/api/v1/deployments", { dropped() });
        ApiReply *cached = m_client->get(u"/deployments"_s, QUrlQuery { { u"service"_s, u"api"_s } });
        const TestUtils::ApiOutcome cachedOut = finish(cached);
        QCOMPARE(cachedOut.finishedCount, 1);
        QVERIFY2(cachedOut.ok, qPrintable(cachedOut.error.describe()));
        QVERIFY(cachedOut.fromCache);
        QVERIFY(cachedOut.cachedAt.isValid());
        QVERIFY(cachedOut.cachedAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(cachedOut.json.toObject().value("items"_L1).toArray().size(), 1);

        // Another query was never answered: nothing cached to show.
        ApiReply *other = m_client->get(u"/deployments"_s, QUrlQuery { { u"service"_s, u"web"_s } });
        const TestUtils::ApiOutcome otherOut = finish(other);
        QCOMPARE(otherOut.finishedCount, 1);
        QCOMPARE(otherOut.error.kind, ApiError::Kind::Network);
        QVERIFY(!otherOut.fromCache);
        // A refusal is not hidden behind old data.
        m_server.setResponses("/api/v1/deployments", { FaultyServer::json(401, "{}") });
        ApiReply *refused = m_client->get(u"/deployments"_s, QUrlQuery { { u"service"_s, u"api"_s } });
        const TestUtils::ApiOutcome refusedOut = finish(refused);
        QCOMPARE(refusedOut.finishedCount, 1);
        QCOMPARE(refusedOut.error.httpStatus, 401);
        m_server.setResponses("/api/v1/deployments", {});
    }

    void sseParserHandlesEveryCut_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("LF") << QByteArray("retry: 70\n: keep-alive\n\nid: 1\nevent: status\ndata: {\"a\":1}\n\n"
                                          "id: 2\nevent: log\ndata: one\ndata: two\n\ndata\n\nid: 3\n\n");
        QTest::newRow("CRLF") << QByteArray("retry: 70\r\n: keep-alive\r\n\r\nid: 1\r\nevent: status\r\ndata: "
                                            "{\"a\":1}\r\n\r\nid: 2\r\nevent: log\r\ndata: one\r\ndata: two\r\n\r\n"
                                            "data\r\n\r\nid: 3\r\n\r\n");
        QTest::newRow("CR and BOM") << QByteArray("\xEF\xBB\xBFretry: 70\r: keep-alive\r\rid: 1\revent: status\r"
                                                  "data: {\"a\":1}\r\rid: 2\revent: log\rdata: one\rdata: two\r\r"
                                                  "data\r\rid: 3\r\r");
    }

    void sseParserHandlesEveryCut()
    {
        QFETCH(QByteArray, stream);
        // Every split into two reads, and one byte at a time, gives the same events.
        for (qsizetype cut = 0; cut <= stream.size() + 1; ++cut) {
            SseParser parser;
            QList<SseEvent> events;
            if (cut == stream.size() + 1) {
                for (char c : std::as_const(stream))
                    events += parser.feed(QByteArray(1, c));
            } else {
                events += parser.feed(stream.left(cut));
                events += parser.feed(stream.mid(cut));
            }
            QCOMPARE(events.size(), 3);
            QCOMPARE(events.at(0).id, u"1"_s);
            QCOMPARE(events.at(0).type, u"status"_s);
            QCOMPARE(events.at(0).data, u"{\"a\":1}"_s);
            QCOMPARE(events.at(1).type, u"log"_s);
            QCOMPARE(events.at(1).data, u"one\ntwo"_s);
            QCOMPARE(events.at(2).type, u"message"_s);
            QCOMPARE(events.at(2).data, QString());
            QCOMPARE(events.at(2).id, u"2"_s);
            QCOMPARE(parser.lastEventId(), u"3"_s);
            QCOMPARE(parser.retryMs(), std::optional<int>(70));
        }
    }

    void streamResumesAfterACutWithLastEventId()
    {
        FaultyServer::Response first;
        first.contentType = "text/event-stream";
        first.chunks = { "retry: 30\n\n", "id: 1\nevent: status\ndata: {\"status\":\"running\",\"message\":\"\"}\n\n",
            "id: 2\nevent: log\ndata: {\"line\":\"first ",
            "line\",\"stream\":\"stdout\"}\n\nid: 3\nevent: log\ndata: {\"line\":\"half" };
        first.cut = true;
        FaultyServer::Response second;
        second.contentType = "text/event-stream";
        second.chunks = { "id: 3\nevent: log\ndata: {\"line\":\"second line\",\"stream\":\"stderr\"}\n\n",
            ": keep-alive\n\n", "id: 4\nevent: status\ndata: {\"status\":\"succeeded\",\"message\":\"healthy\"}\n\n" };
        m_server.setResponses("/api/v1/deployments/dep_9/events", { first, second });

        DeploymentStream stream(m_client.get(), u"dep_9"_s);
        QSignalSpy lines(&stream, &DeploymentStream::logLine);
        QSignalSpy statuses(&stream, &DeploymentStream::statusChanged);
        QSignalSpy resumes(&stream, &DeploymentStream::resuming);
        QSignalSpy finished(&stream, &DeploymentStream::finished);
        QSignalSpy failed(&stream, &DeploymentStream::failed);
        stream.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toString(), u"succeeded"_s);
        QCOMPARE(lines.count(), 2);
        QCOMPARE(lines.at(0).at(0).toString(), u"first line"_s);
        QCOMPARE(lines.at(1).at(0).toString(), u"second line"_s);
        QCOMPARE(lines.at(1).at(1).toString(), u"stderr"_s);
        QCOMPARE(statuses.count(), 2);
        QCOMPARE(resumes.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(stream.lastEventId(), 4);
        const QList<FaultyServer::Request> requests = m_server.requests();
        QCOMPARE(requests.constLast().headers.value("last-event-id"), QByteArray("2"));
        QCOMPARE(requests.constLast().headers.value("authorization"), QByteArray("Bearer secret-token"));
        QVERIFY(!stream.isRunning());
    }

    void streamGivesUpOnRefusalAndOnAPlatformThatStaysDown()
    {
        m_server.setResponses("/api/v1/deployments/dep_x/events",
            { FaultyServer::json(
                404, R"({"error":{"code":"not_found","message":"no deployment dep_x","details":{}}})") });
        DeploymentStream unknown(m_client.get(), u"dep_x"_s);
        QSignalSpy unknownFailed(&unknown, &DeploymentStream::failed);
        unknown.start();
        QVERIFY(unknownFailed.wait(5000));
        QCOMPARE(unknownFailed.constFirst().constFirst().value<ApiError>().httpStatus, 404);
        QCOMPARE(m_server.hits("/api/v1/deployments/dep_x/events"), 1);

        m_server.setResponses("/api/v1/deployments/dep_y/events", { dropped() });
        DeploymentStream down(m_client.get(), u"dep_y"_s);
        down.setDefaultRetry(std::chrono::milliseconds(5));
        down.setMaxResumes(3);
        QSignalSpy downFailed(&down, &DeploymentStream::failed);
        QSignalSpy downResumes(&down, &DeploymentStream::resuming);
        down.start();
        QVERIFY(downFailed.wait(10000));
        QCOMPARE(downFailed.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(downResumes.count(), 3); // then it gave up
    }
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"
