// SPDX-License-Identifier: GPL-3.0-or-later
// Storage guarantees through real tarmacd processes: acknowledged deployments survive SIGKILL, and
// each deployment runs exactly once: with two instances sharing a real PostgreSQL (with
// TARMAC_TEST_POSTGRES=1; claims use FOR UPDATE SKIP LOCKED), and with the one instance a SQLite
// file has.
#include "postgresserver.h"
#include "testutils.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

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

private:
    QStringList argumentsFor(const QString &name, const Tarmacd &server)
    {
        QStringList arguments { QStringLiteral("--config"), m_config, QStringLiteral("--state-dir"),
            m_state.filePath(name) };
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

    QTemporaryDir m_state;
    QString m_config;
    std::unique_ptr<PostgresServer> m_postgres;
};

QTEST_GUILESS_MAIN(TestTarmacdStorage)
#include "tst_tarmacdstorage.moc"
