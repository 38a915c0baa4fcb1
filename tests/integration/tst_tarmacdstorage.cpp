// SPDX-License-Identifier: GPL-3.0-or-later
// Storage guarantees through real tarmacd processes: acknowledged deployments survive SIGKILL, and
// each deployment runs exactly once: with two instances sharing a real PostgreSQL (with
// TARMAC_TEST_POSTGRES=1; claims use FOR UPDATE SKIP LOCKED), and with the one instance a SQLite
// file has. Writes sent together share a commit: each is answered on its own, and a stream never
// shows an event whose write did not commit.
#include "postgresserver.h"
#include "testutils.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace TestUtils;

namespace {
const QByteArray Session = "storage-session";

QHash<QByteArray, QByteArray> auth()
{
    return { { "Authorization", "Bearer " + Session }, { "Content-Type", "application/json" } };
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString idOf(const HttpResult &result)
{
    return QJsonDocument::fromJson(result.body).object().value(QLatin1String("id")).toString();
}

struct Call {
    QString path;
    QByteArray body;
    QByteArray idempotencyKey;
};

// Sends all calls at once over many connections (a QNetworkAccessManager opens six per host) and
// returns their answers in the same order.
QList<HttpResult> sendTogether(const Tarmacd &server, const QList<Call> &calls)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    for (int i = 0; i < 8; ++i)
        networks.push_back(std::make_unique<QNetworkAccessManager>());
    QList<HttpResult> results(calls.size());
    QEventLoop loop;
    qsizetype pending = calls.size();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QNetworkRequest request(server.url(calls.at(i).path));
        const QHash<QByteArray, QByteArray> headers = auth();
        for (auto it = headers.cbegin(); it != headers.cend(); ++it)
            request.setRawHeader(it.key(), it.value());
        if (!calls.at(i).idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", calls.at(i).idempotencyKey);
        QNetworkReply *reply = networks.at(size_t(i) % networks.size())->post(request, calls.at(i).body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, i, reply] {
            results[i].status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            results[i].body = reply->readAll();
            for (const auto &[name, value] : reply->rawHeaderPairs())
                results[i].headers.insert(name.toLower(), value);
            reply->deleteLater();
            if (--pending == 0)
                loop.quit();
        });
    }
    loop.exec();
    return results;
}

QByteArray deploymentBody(const QString &version, const QJsonArray &changes = {})
{
    QJsonObject body { { QStringLiteral("service"), QStringLiteral("api") },
        { QStringLiteral("environment"), QStringLiteral("staging") }, { QStringLiteral("version"), version } };
    if (!changes.isEmpty())
        body.insert(QStringLiteral("changes"), changes);
    return json(body);
}

// The versions of the service's deployments, as the API lists them.
QUrl listOf(const Tarmacd &server, const QString &path)
{
    QUrl url = server.url(path);
    url.setQuery(QStringLiteral("service=api&limit=200"));
    return url;
}

QStringList deployedVersions(const Tarmacd &server)
{
    const HttpResult list = httpRequest("GET", listOf(server, QStringLiteral("/api/v1/deployments")), auth());
    QStringList versions;
    for (const QJsonValue &item : QJsonDocument::fromJson(list.body).object().value(QLatin1String("items")).toArray())
        versions.append(item.toObject().value(QLatin1String("version")).toString());
    versions.sort();
    return versions;
}
}

class TestTarmacdStorage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        if (qEnvironmentVariableIntValue("TARMAC_TEST_POSTGRES") == 1) {
            QString error;
            m_postgres = std::make_unique<PostgresServer>();
            QVERIFY2(m_postgres->start(&error), qPrintable(error));
        }
        QFile config(m_state.filePath(QStringLiteral("tarmacd.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({ "instanceTimeoutSeconds": 2, "environments": [
            { "name": "production", "production": true, "deployer": "command", "command": "echo ran $TARMAC_DEPLOYMENT_ID" },
            { "name": "slow", "deployer": "command", "command": "echo started; exec sleep 20" },
            { "name": "staging", "deployer": "record" } ] })");
        m_config = config.fileName();
        // No runner takes a deployment: it stays queued, and cancelling it writes an event.
        QFile queued(m_state.filePath(QStringLiteral("queued.json")));
        QVERIFY(queued.open(QIODevice::WriteOnly));
        queued.write(
            R"({ "maxConcurrentDeployments": 0, "environments": [ { "name": "staging", "deployer": "record" } ] })");
        m_queuedConfig = queued.fileName();
    }

    void acknowledgedDeploymentsSurviveSigkill()
    {
        Tarmacd server;
        const QStringList arguments = argumentsFor(QStringLiteral("durability"), server);
        QVERIFY2(server.start(Session, arguments), server.output().constData());
        setUp(server);

        // Writes in flight from several connections; kill -9 after the 25th answer.
        QNetworkAccessManager network;
        QStringList acknowledged;
        QList<QNetworkReply *> replies;
        QEventLoop loop;
        int answered = 0;
        for (int i = 0; i < 60; ++i) {
            QNetworkRequest request(server.url(QStringLiteral("/api/v1/deployments")));
            const QHash<QByteArray, QByteArray> headers = auth();
            for (auto it = headers.cbegin(); it != headers.cend(); ++it)
                request.setRawHeader(it.key(), it.value());
            QNetworkReply *reply = network.post(request,
                json({ { QStringLiteral("service"), QStringLiteral("api") },
                    { QStringLiteral("environment"), QStringLiteral("staging") },
                    { QStringLiteral("version"), QString::number(i) } }));
            replies.append(reply);
            connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                ++answered;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                    acknowledged.append(
                        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("id")).toString());
                if (acknowledged.size() == 25 && server.process().state() == QProcess::Running)
                    server.process().kill(); // SIGKILL
                if (answered == int(replies.size()))
                    loop.quit();
            });
        }
        loop.exec();
        qDeleteAll(replies);
        if (server.process().state() != QProcess::NotRunning)
            QVERIFY(server.process().waitForFinished(5000));
        QCOMPARE(server.process().exitStatus(), QProcess::CrashExit);
        QVERIFY(acknowledged.size() >= 25);

        QVERIFY2(server.start(Session, arguments), server.output().constData());
        for (const QString &id : std::as_const(acknowledged)) {
            const HttpResult result
                = httpRequest("GET", server.url(QStringLiteral("/api/v1/deployments/") + id), auth());
            QVERIFY2(result.status == 200, qPrintable(id + QStringLiteral(" lost: ") + QString::fromUtf8(result.body)));
        }
        qInfo() << acknowledged.size() << "acknowledged deployments, all found after SIGKILL";
    }

    void eachDeploymentRunsOnce()
    {
        Tarmacd first;
        const QStringList arguments = argumentsFor(QStringLiteral("shared"), first);
        QVERIFY2(first.start(Session, arguments), first.output().constData());
        setUp(first);
        // Several instances share a PostgreSQL; a SQLite file has one tarmacd (its single writer), so
        // there both names stand for the same instance.
        Tarmacd other;
        if (m_postgres)
            QVERIFY2(other.start(Session, arguments), other.output().constData());
        Tarmacd &second = m_postgres ? other : first;

        // Deployments made through both; runners of both race to claim them.
        QStringList ids;
        for (int i = 0; i < 24; ++i) {
            Tarmacd &server = i % 2 ? second : first;
            const HttpResult result = httpRequest("POST", server.url(QStringLiteral("/api/v1/deployments")), auth(),
                json({ { QStringLiteral("service"), QStringLiteral("api") },
                    { QStringLiteral("environment"), QStringLiteral("production") },
                    { QStringLiteral("version"), QString::number(i) } }));
            QCOMPARE(result.status, 201);
            ids.append(QJsonDocument::fromJson(result.body).object().value(QLatin1String("id")).toString());
        }
        QSet<QString> runners;
        for (const QString &id : std::as_const(ids)) {
            // Either instance streams any deployment: the events live in the database.
            Tarmacd &server = (ids.indexOf(id) % 3 == 0) ? second : first;
            const HttpResult stream
                = httpRequest("GET", server.url(QStringLiteral("/api/v1/deployments/%1/events").arg(id)), auth());
            QCOMPARE(stream.status, 200);
            QVERIFY2(stream.body.contains("\"status\":\"succeeded\""),
                QByteArray(
                    stream.body + first.process().readAllStandardError() + second.process().readAllStandardError())
                    .constData());
            QCOMPARE(stream.body.count("\"status\":\"running\""), 1);
            QVERIFY2(stream.body.count(QByteArray("ran " + id.toLatin1())) == 1,
                QByteArray(
                    stream.body + first.process().readAllStandardError() + second.process().readAllStandardError())
                    .constData());
        }
    }

    // tarmacd --workers 2 on PostgreSQL: two instances serve the port (each says so in
    // server_instances), writes sent together all land, SIGTERM stops both cleanly, and a main
    // process killed with SIGKILL takes its worker with it (nothing answers on the port after).
    // On SQLite it refuses to start, saying why.
    void workersShareThePort()
    {
#ifndef Q_OS_LINUX
        QSKIP("--workers is for Linux only");
#else
        Tarmacd server;
        QStringList arguments = argumentsFor(QStringLiteral("workers"), server);
        arguments << QStringLiteral("--workers") << QStringLiteral("2");
        if (!m_postgres) {
            QVERIFY(!server.start(Session, arguments));
            QVERIFY2(server.output().contains("--workers needs a PostgreSQL database"), server.output().constData());
            return;
        }
        QVERIFY2(server.start(Session, arguments), server.output().constData());
        const QSqlDatabase database = openDatabase(
            arguments.at(arguments.indexOf(QStringLiteral("--database")) + 1), QStringLiteral("workers"));
        QVERIFY2(database.isOpen(), qPrintable(database.lastError().text()));
        const auto instances = [&] {
            QSqlQuery q(database);
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM server_instances")) && q.next() ? q.value(0).toInt()
                                                                                               : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(instances(), 2, 10000);
        setUp(server);
        QList<Call> calls;
        QStringList expected;
        for (int i = 0; i < 40; ++i) {
            const QString version = QStringLiteral("worker-%1").arg(i, 2, 10, QLatin1Char('0'));
            expected.append(version);
            calls.append({ QStringLiteral("/api/v1/deployments"), deploymentBody(version, {}),
                QByteArray("worker-") + QByteArray::number(i) });
        }
        for (const HttpResult &result : sendTogether(server, calls))
            QVERIFY2(result.status == 201, result.body.constData());
        QCOMPARE(deployedVersions(server), expected);

        // A worker that dies is started again (a new instance; the dead one's row stays until the
        // others' sweep).
        const auto workerPids = [&] {
            QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(server.process().processId()));
            return children.open(QIODevice::ReadOnly)
                ? QString::fromLatin1(children.readAll()).split(u' ', Qt::SkipEmptyParts)
                : QStringList();
        };
        const QStringList first = workerPids();
        QCOMPARE(first.size(), 1);
        QCOMPARE(::kill(first.constFirst().toInt(), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(instances(), 3, 10000);
        QVERIFY(workerPids() != first);
        QCOMPARE(httpRequest("GET", server.url(QStringLiteral("/api/v1/health")), {}).status, 200);

        server.process().terminate();
        QVERIFY(server.process().waitForFinished(15000));
        QCOMPARE(instances(), 1); // the killed worker's

        QVERIFY2(server.start(Session, arguments), server.output().constData());
        QTRY_COMPARE_WITH_TIMEOUT(instances(), 3, 10000);
        server.process().kill();
        QVERIFY(server.process().waitForFinished(5000));
        // The killed main process leaves its row; the worker, stopped by its parent-death signal,
        // takes its own away and closes its socket on the port.
        QTRY_COMPARE_WITH_TIMEOUT(instances(), 2, 10000);
        QCOMPARE(httpRequest("GET", server.url(QStringLiteral("/api/v1/health")), {}).status, 0);
#endif
    }

    // An instance killed while it runs a deployment leaves it "running"; the next instance on the
    // database sees that nobody is beating for it and fails it with a reason.
    void deploymentsOfAStoppedInstanceFail()
    {
        Tarmacd first;
        const QStringList arguments = argumentsFor(QStringLiteral("abandoned"), first);
        QVERIFY2(first.start(Session, arguments), first.output().constData());
        setUp(first);
        const HttpResult created = httpRequest("POST", first.url(QStringLiteral("/api/v1/deployments")), auth(),
            json({ { QStringLiteral("service"), QStringLiteral("api") },
                { QStringLiteral("environment"), QStringLiteral("slow") },
                { QStringLiteral("version"), QStringLiteral("1") } }));
        QCOMPARE(created.status, 201);
        const QString id = QJsonDocument::fromJson(created.body).object().value(QLatin1String("id")).toString();
        const auto deployment = [&](const Tarmacd &server) {
            return QJsonDocument::fromJson(
                httpRequest("GET", server.url(QStringLiteral("/api/v1/deployments/") + id), auth()).body)
                .object();
        };
        QTRY_COMPARE_WITH_TIMEOUT(
            deployment(first).value(QLatin1String("status")).toString(), QStringLiteral("running"), 10000);
        first.process().kill();
        QVERIFY(first.process().waitForFinished(5000));

        Tarmacd second;
        QVERIFY2(second.start(Session, arguments), second.output().constData());
        QTRY_COMPARE_WITH_TIMEOUT(
            deployment(second).value(QLatin1String("status")).toString(), QStringLiteral("failed"), 15000);
        QVERIFY(
            deployment(second).value(QLatin1String("message")).toString().contains(QLatin1String("stopped answering")));
        const HttpResult stream
            = httpRequest("GET", second.url(QStringLiteral("/api/v1/deployments/%1/events").arg(id)), auth());
        QVERIFY2(stream.body.contains("\"status\":\"failed\""), stream.body.constData());
    }

    // Creates sent together are each answered and all there after kill -9 and a restart; the bad
    // ones among them get their own 4xx and leave nothing behind: one is refused after its
    // deployment and a change were written (its service is archived, which is checked once the
    // writes that went with the lookups are done), one fails validation, one takes a team name
    // that exists (on PostgreSQL that error aborts the whole transaction unless the request has a
    // savepoint of its own).
    void concurrentCreatesLandExceptTheBadOnes()
    {
        Tarmacd server;
        const QStringList arguments = argumentsFor(QStringLiteral("together"), server);
        QVERIFY2(server.start(Session, arguments), server.output().constData());
        setUp(server);

        QList<Call> calls;
        QStringList expected;
        for (int i = 0; i < 60; ++i) {
            const QString version = QStringLiteral("good-%1").arg(i, 2, 10, QLatin1Char('0'));
            expected.append(version);
            calls.append({ QStringLiteral("/api/v1/deployments"),
                deploymentBody(version,
                    { QJsonObject { { QStringLiteral("sha"), QStringLiteral("sha-%1").arg(i) },
                        { QStringLiteral("committedAt"), QStringLiteral("2024-03-01T10:00:00Z") } } }),
                QByteArray("good-") + QByteArray::number(i) });
        }
        const qsizetype badChange = 20;
        calls.insert(badChange,
            { QStringLiteral("/api/v1/deployments"),
                deploymentBody(QStringLiteral("bad-change"),
                    { QJsonObject { { QStringLiteral("sha"), QStringLiteral("first") },
                          { QStringLiteral("committedAt"), QStringLiteral("2024-03-01T10:00:00Z") } },
                        QJsonObject { { QStringLiteral("sha"), QStringLiteral("second") } } }),
                "bad-change" });
        const qsizetype takenTeam = 40;
        calls.insert(takenTeam,
            { QStringLiteral("/api/v1/teams"), json({ { QStringLiteral("name"), QStringLiteral("core") } }), {} });
        QCOMPARE(httpRequest("POST", server.url(QStringLiteral("/api/v1/services")), auth(),
                     json({ { QStringLiteral("name"), QStringLiteral("old") },
                         { QStringLiteral("team"), QStringLiteral("core") } }))
                     .status,
            201);
        QCOMPARE(httpRequest("POST", server.url(QStringLiteral("/api/v1/services/old/archive")), auth()).status, 200);
        const qsizetype archived = 50;
        calls.insert(archived,
            { QStringLiteral("/api/v1/deployments"),
                json({ { QStringLiteral("service"), QStringLiteral("old") },
                    { QStringLiteral("environment"), QStringLiteral("staging") },
                    { QStringLiteral("version"), QStringLiteral("archived") },
                    { QStringLiteral("changes"),
                        QJsonArray { QJsonObject { { QStringLiteral("sha"), QStringLiteral("archived-change") },
                            { QStringLiteral("committedAt"), QStringLiteral("2024-03-01T10:00:00Z") } } } } }),
                {} });

        const QList<HttpResult> results = sendTogether(server, calls);
        QStringList acknowledged;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const HttpResult &result = results.at(i);
            if (i == badChange) {
                QCOMPARE(result.status, 422);
                QVERIFY2(result.body.contains("changes[1].committedAt"), result.body.constData());
            } else if (i == takenTeam || i == archived) {
                QCOMPARE(result.status, 409);
            } else {
                QVERIFY2(result.status == 201,
                    qPrintable(
                        QStringLiteral("%1: %2 %3").arg(i).arg(result.status).arg(QString::fromUtf8(result.body))));
                acknowledged.append(idOf(result));
            }
        }

        server.process().kill(); // SIGKILL: only what was committed is there after the restart
        QVERIFY(server.process().waitForFinished(5000));
        QVERIFY2(server.start(Session, arguments), server.output().constData());
        for (const QString &id : std::as_const(acknowledged))
            QCOMPARE(httpRequest("GET", server.url(QStringLiteral("/api/v1/deployments/") + id), auth()).status, 200);
        QCOMPARE(deployedVersions(server), expected);
        // The failed request's first change went with it.
        const HttpResult changes = httpRequest("GET", listOf(server, QStringLiteral("/api/v1/changes")), auth());
        QCOMPARE(changes.status, 200);
        QVERIFY2(!changes.body.contains("\"first\""), changes.body.constData());
        QVERIFY2(!changes.body.contains("archived-change"), changes.body.constData());
        QUrl ofOld = server.url(QStringLiteral("/api/v1/deployments"));
        ofOld.setQuery(QStringLiteral("service=old"));
        const HttpResult refused = httpRequest("GET", ofOld, auth());
        QVERIFY2(refused.body.contains("\"items\":[]"), refused.body.constData());
        QCOMPARE(httpRequest("GET", server.url(QStringLiteral("/api/v1/teams/core")), auth()).status, 200);
    }

    // One Idempotency-Key retried many times at once (a client that gave up waiting and resent):
    // one deployment, and every answer carries it.
    void concurrentRetriesOfOneKeyCreateOneDeployment()
    {
        Tarmacd server;
        const QStringList arguments = argumentsFor(QStringLiteral("retries"), server);
        QVERIFY2(server.start(Session, arguments), server.output().constData());
        setUp(server);

        QList<Call> calls;
        for (int i = 0; i < 24; ++i)
            calls.append({ QStringLiteral("/api/v1/deployments"), deploymentBody(QStringLiteral("once")), "retried" });
        // Others in the same batches, so the retries do not each have a transaction of their own.
        for (int i = 0; i < 24; ++i)
            calls.insert(i * 2,
                { QStringLiteral("/api/v1/deployments"),
                    deploymentBody(QStringLiteral("other-%1").arg(i, 2, 10, QLatin1Char('0'))), {} });
        const QList<HttpResult> results = sendTogether(server, calls);
        QSet<QString> ids;
        int replayed = 0;
        for (qsizetype i = 0; i < results.size(); ++i) {
            QVERIFY2(results.at(i).status == 201, results.at(i).body.constData());
            if (calls.at(i).idempotencyKey.isEmpty())
                continue;
            ids.insert(idOf(results.at(i)));
            replayed += results.at(i).headers.value("idempotent-replayed") == "true";
        }
        QCOMPARE(ids.size(), 1);
        QCOMPARE(replayed, 23);
        QCOMPARE(deployedVersions(server).count(QStringLiteral("once")), 1);
        QCOMPARE(deployedVersions(server).size(), 25);
    }

    // A write whose commit fails (here a deferred check the test adds to the database) is answered
    // 503, and a stream open on its deployment never shows the event it wrote.
    void streamsShowOnlyCommittedEvents()
    {
        Tarmacd server;
        const QStringList arguments = argumentsFor(QStringLiteral("doomed"), server, m_queuedConfig);
        QVERIFY2(server.start(Session, arguments), server.output().constData());
        setUp(server);
        const HttpResult created = httpRequest(
            "POST", server.url(QStringLiteral("/api/v1/deployments")), auth(), deploymentBody(QStringLiteral("1")));
        QCOMPARE(created.status, 201);
        const QString id = idOf(created);

        QNetworkAccessManager network;
        QNetworkRequest request(server.url(QStringLiteral("/api/v1/deployments/%1/events").arg(id)));
        request.setRawHeader("Authorization", "Bearer " + Session);
        std::unique_ptr<QNetworkReply> stream(network.get(request));
        QByteArray seen;
        connect(stream.get(), &QNetworkReply::readyRead, this, [&] { seen += stream->readAll(); });
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains("\"status\":\"queued\""), 10000);

        const QString database = arguments.at(arguments.indexOf(QStringLiteral("--database")) + 1);
        QVERIFY(changeSchema(database, failCancelsAtCommit()));
        const HttpResult cancel
            = httpRequest("POST", server.url(QStringLiteral("/api/v1/deployments/%1/cancel").arg(id)), auth());
        QCOMPARE(cancel.status, 503);
        QVERIFY2(cancel.body.contains("database_unavailable"), cancel.body.constData());
        const HttpResult after = httpRequest("GET", server.url(QStringLiteral("/api/v1/deployments/") + id), auth());
        QVERIFY2(after.body.contains("\"status\":\"queued\""), after.body.constData());

        // Everything the server sent on the stream is in before it is gone.
        server.process().terminate();
        QVERIFY(server.process().waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(stream->isFinished(), 10000);
        seen += stream->readAll();
        QVERIFY2(!seen.contains("cancelled"), seen.constData());

        // Once the write can commit, the stream has it.
        QVERIFY(changeSchema(database,
            { QStringLiteral("DROP TRIGGER doom_cancel")
                + (m_postgres ? QStringLiteral(" ON deployments") : QString()) }));
        QVERIFY2(server.start(Session, arguments), server.output().constData());
        QCOMPARE(
            httpRequest("POST", server.url(QStringLiteral("/api/v1/deployments/%1/cancel").arg(id)), auth()).status,
            200);
        const HttpResult events
            = httpRequest("GET", server.url(QStringLiteral("/api/v1/deployments/%1/events").arg(id)), auth());
        QVERIFY2(events.body.contains("id: 2\nevent: status\ndata: {\"at\""), events.body.constData());
        QVERIFY2(events.body.contains("\"status\":\"cancelled\""), events.body.constData());
    }

private:
    QStringList argumentsFor(const QString &name, const Tarmacd &server, const QString &config = {})
    {
        QStringList arguments { QStringLiteral("--config"), config.isEmpty() ? m_config : config,
            QStringLiteral("--state-dir"), m_state.filePath(name) };
        if (m_postgres) {
            QString url, error;
            if (!m_postgres->createDatabase(name, &url, &error))
                qWarning() << error;
            arguments << QStringLiteral("--database") << url;
        } else {
            Q_UNUSED(server);
            arguments << QStringLiteral("--database")
                      << QStringLiteral("sqlite:") + m_state.filePath(name + QStringLiteral(".sqlite"));
        }
        return arguments;
    }

    void setUp(const Tarmacd &server)
    {
        QCOMPARE(httpRequest("POST", server.url(QStringLiteral("/api/v1/teams")), auth(),
                     json({ { QStringLiteral("name"), QStringLiteral("core") } }))
                     .status,
            201);
        QCOMPARE(httpRequest("POST", server.url(QStringLiteral("/api/v1/services")), auth(),
                     json({ { QStringLiteral("name"), QStringLiteral("api") },
                         { QStringLiteral("team"), QStringLiteral("core") } }))
                     .status,
            201);
    }

    // Deferred to the commit, so the write itself succeeds: a cancel then cannot commit.
    QStringList failCancelsAtCommit() const
    {
        if (m_postgres)
            return { QStringLiteral("CREATE FUNCTION doom() RETURNS trigger LANGUAGE plpgsql AS "
                                    "$$ BEGIN RAISE EXCEPTION 'cancelling is broken'; END $$"),
                QStringLiteral("CREATE CONSTRAINT TRIGGER doom_cancel AFTER UPDATE ON deployments DEFERRABLE INITIALLY "
                               "DEFERRED FOR EACH ROW WHEN (NEW.status = 'cancelled') EXECUTE FUNCTION doom()") };
        return { QStringLiteral("CREATE TABLE doom_parent (id INTEGER PRIMARY KEY)"),
            QStringLiteral(
                "CREATE TABLE doom (parent INTEGER REFERENCES doom_parent (id) DEFERRABLE INITIALLY DEFERRED)"),
            QStringLiteral("CREATE TRIGGER doom_cancel AFTER UPDATE OF status ON deployments "
                           "WHEN NEW.status = 'cancelled' BEGIN INSERT INTO doom (parent) VALUES (1); END") };
    }

    // The test's own connection to tarmacd's database, named name.
    static QSqlDatabase openDatabase(const QString &databaseUrl, const QString &name)
    {
        QSqlDatabase db;
        if (databaseUrl.startsWith(QLatin1String("sqlite:"))) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databaseUrl.mid(7));
        } else {
            const QUrl url(databaseUrl);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        }
        db.open();
        return db;
    }

    // Runs statements on tarmacd's database from the test's own connection.
    bool changeSchema(const QString &databaseUrl, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = openDatabase(databaseUrl, QStringLiteral("schema"));
            ok = db.isOpen();
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!ok)
                    break;
                ok = query.exec(statement);
                if (!ok)
                    qWarning() << statement << query.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema"));
        return ok;
    }

    QTemporaryDir m_state;
    QString m_config;
    QString m_queuedConfig;
    std::unique_ptr<PostgresServer> m_postgres;
};

QTEST_GUILESS_MAIN(TestTarmacdStorage)
#include "tst_tarmacdstorage.moc"
