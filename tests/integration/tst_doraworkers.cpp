// SPDX-License-Identifier: GPL-3.0-or-later
// GET /metrics/dora is computed off the server's thread: while uncached DORA answers over a large
// demo history are being worked out, a real tarmacd keeps answering other requests, and identical
// requests made at once get one computation's answer.
#include "testutils.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace TestUtils;

namespace {
const QByteArray Token = QByteArrayLiteral("dora-workers-test-session-token");
}

class TestDoraWorkers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QTemporaryDir home;
        // Large enough that a year by day with ids takes the server far longer than a health check.
        const ProgramRun run = runProgram(QStringLiteral("tarmacd"),
            { QStringLiteral("demo-data"), QStringLiteral("--database"),
                QStringLiteral("sqlite:") + m_server.databasePath(), QStringLiteral("--end"),
                QStringLiteral("2026-06-01"), QStringLiteral("--deployments"), QStringLiteral("30000") },
            isolatedEnvironment(home.path()), 120000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(m_server.start(Token));
    }

    void otherRequestsAreAnsweredMeanwhile()
    {
        QNetworkAccessManager network;
        QStringList finished;
        QList<QNetworkReply *> replies;
        // Distinct ranges: none can come from the answer cache or share a computation.
        for (int i = 0; i < 3; ++i) {
            QUrl url = m_server.url(QStringLiteral("/api/v1/metrics/dora"));
            url.setQuery(
                QStringLiteral("from=2025-06-0%1T00:00:00Z&to=2026-06-01T00:00:00Z&bucket=day&ids=true").arg(i + 1));
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + Token);
            request.setTransferTimeout(120000);
            QNetworkReply *reply = network.get(request);
            connect(reply, &QNetworkReply::finished, this, [&finished] { finished.append(QStringLiteral("dora")); });
            replies.append(reply);
        }
        // Once the server has taken the DORA requests, a health check and a list must not wait for them.
        QTest::qWait(200);
        const HttpResult health = httpRequest("GET", m_server.url(QStringLiteral("/api/v1/health")));
        QCOMPARE(health.status, 200);
        const HttpResult teams = httpRequest(
            "GET", m_server.url(QStringLiteral("/api/v1/teams")), { { "Authorization", "Bearer " + Token } });
        QCOMPARE(teams.status, 200);
        finished.append(QStringLiteral("others"));

        QTRY_VERIFY_WITH_TIMEOUT(finished.count(QStringLiteral("dora")) == 3, 200000);
        QCOMPARE(finished.indexOf(QStringLiteral("others")), 0);
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            QVERIFY(
                body.value(QStringLiteral("total")).toObject().value(QStringLiteral("deployments")).toInteger() > 1000);
            reply->deleteLater();
        }
    }

    // The same question asked twice at once: both get the same answer (one computation serves both).
    void identicalRequestsShareAnAnswer()
    {
        QNetworkAccessManager network;
        QUrl url = m_server.url(QStringLiteral("/api/v1/metrics/dora"));
        url.setQuery(
            QStringLiteral("from=2025-09-01T00:00:00Z&to=2026-03-01T00:00:00Z&bucket=week&scope=team:payments"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + Token);
        QNetworkReply *first = network.get(request);
        QNetworkReply *second = network.get(request);
        QSignalSpy firstDone(first, &QNetworkReply::finished);
        QSignalSpy secondDone(second, &QNetworkReply::finished);
        QTRY_VERIFY_WITH_TIMEOUT(firstDone.count() == 1 && secondDone.count() == 1, 120000);
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray body = first->readAll();
        QVERIFY(QJsonDocument::fromJson(body).object().value(QStringLiteral("points")).isArray());
        QCOMPARE(second->readAll(), body);
        delete first;
        delete second;
    }

    // A bad request is still refused at once, with the API's error shape.
    void badRequestIsRefused()
    {
        const HttpResult result = httpRequest("GET",
            m_server.url(QStringLiteral("/api/v1/metrics/dora")).resolved(QUrl(QStringLiteral("?from=x&to=y"))),
            { { "Authorization", "Bearer " + Token } });
        QCOMPARE(result.status, 400);
        QCOMPARE(QJsonDocument::fromJson(result.body)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("bad_request"));
    }

private:
    Tarmacd m_server;
};

QTEST_GUILESS_MAIN(TestDoraWorkers)
#include "tst_doraworkers.moc"
