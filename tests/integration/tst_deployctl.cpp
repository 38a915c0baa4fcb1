// SPDX-License-Identifier: GPL-3.0-or-later
// Deploying through the platform client and tarmacctl against a real tarmacd with the local deployer:
// register, deploy, follow the stream to success, roll back, incidents, idempotent retries.
#include "apicall.h"
#include "platform/deploymentstream.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;
using namespace TestUtils;
using namespace Qt::StringLiterals;

namespace {
const QByteArray token = "deployctl-test-token";

QJsonValue call(ApiReply *reply, ApiError *error = nullptr)
{
    const ApiOutcome outcome = waitFor(reply);
    if (error)
        *error = outcome.error;
    return outcome.ok ? outcome.json : QJsonValue(QJsonValue::Undefined);
}
}

class TestDeployCtl : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Tarmacd m_server;
    PlatformConnection m_connection;
    std::unique_ptr<PlatformClient> m_client;
    QProcessEnvironment m_env;

    QUrl baseUrl() const { return m_server.url(QString()).adjusted(QUrl::RemovePath); }

    QJsonObject registerService(const QString &name, const QString &runCommand)
    {
        ApiError error;
        const QJsonValue service = call(m_client->post(u"/services"_s,
                                            { { u"name"_s, name }, { u"team"_s, u"payments"_s }, { u"title"_s, name },
                                                { u"runCommand"_s, runCommand } },
                                            PlatformClient::newIdempotencyKey()),
            &error);
        if (!service.isObject())
            qWarning() << error.describe();
        return service.toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString config = m_dir.filePath(u"tarmacd.json"_s);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"environments": [{"name": "local", "production": true, "deployer": "local"}],
                       "healthTimeoutSeconds": 20})");
        file.close();
        QVERIFY2(m_server.start(token, { u"--config"_s, config, u"--state-dir"_s, m_dir.filePath(u"state"_s) }),
            m_server.output().constData());
        m_connection.setRemote(baseUrl());
        m_connection.setToken(token);
        m_client = std::make_unique<PlatformClient>(&m_connection);

        QVERIFY(call(m_client->post(u"/teams"_s, { { u"name"_s, u"payments"_s } }, "team-payments")).isObject());
        QVERIFY(!registerService(u"api"_s, u"exec sleep 120"_s).isEmpty());
        QVERIFY(!registerService(u"broken"_s, u"echo starting; echo cannot bind >&2; exit 3"_s).isEmpty());

        m_env = isolatedEnvironment(m_dir.path());
        m_env.insert(u"TARMAC_PLATFORM"_s, baseUrl().toString());
        m_env.insert(u"TARMAC_TOKEN"_s, QString::fromLatin1(token));
    }

    void deployFollowsTheStreamToSuccess()
    {
        const ProgramRun run = runProgram(u"tarmacctl"_s,
            { u"deploy"_s, u"api"_s, u"--env"_s, u"local"_s, u"--follow"_s, u"--version"_s, u"1.0.0"_s }, m_env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(u"$ exec sleep 120"_s), qPrintable(run.out)); // the deployer's log, streamed
        QVERIFY2(run.err.contains(u"succeeded"_s), qPrintable(run.err));

        const ProgramRun second = runProgram(u"tarmacctl"_s,
            { u"deploy"_s, u"api"_s, u"--env"_s, u"local"_s, u"--follow"_s, u"--version"_s, u"1.1.0"_s, u"--intent"_s,
                u"hotfix"_s },
            m_env);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));
    }

    void failedDeploymentExitsWithOne()
    {
        const ProgramRun run
            = runProgram(u"tarmacctl"_s, { u"deploy"_s, u"broken"_s, u"--env"_s, u"local"_s, u"--follow"_s }, m_env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"cannot bind"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"failed"_s), qPrintable(run.err));
    }

    void listFiltersAndPrintsJson()
    {
        const ProgramRun run = runProgram(u"tarmacctl"_s,
            { u"deployments"_s, u"list"_s, u"--service"_s, u"api"_s, u"--status"_s, u"succeeded"_s, u"--json"_s },
            m_env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray items = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value("version"_L1).toString(), u"1.1.0"_s); // newest first
        QCOMPARE(items.at(0).toObject().value("intent"_L1).toString(), u"hotfix"_s);

        const ProgramRun table
            = runProgram(u"tarmacctl"_s, { u"deployments"_s, u"list"_s, u"--env"_s, u"local"_s }, m_env);
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(table.out.count(u'\n'), 4); // a header and three deployments
        QVERIFY(table.out.contains(u"broken"_s));
    }

    void errorsSayWhatAndWhere()
    {
        QProcessEnvironment wrongToken = m_env;
        wrongToken.insert(u"TARMAC_TOKEN"_s, u"not-a-token"_s);
        const ProgramRun refused = runProgram(u"tarmacctl"_s, { u"deployments"_s, u"list"_s }, wrongToken);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"did not accept the token"_s), qPrintable(refused.err));

        const ProgramRun unknown
            = runProgram(u"tarmacctl"_s, { u"deploy"_s, u"nosuch"_s, u"--env"_s, u"local"_s }, m_env);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"nosuch"_s), qPrintable(unknown.err));

        QProcessEnvironment noPlatform = m_env;
        noPlatform.remove(u"TARMAC_PLATFORM"_s);
        const ProgramRun usage = runProgram(u"tarmacctl"_s, { u"deployments"_s, u"list"_s }, noPlatform);
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains(u"TARMAC_PLATFORM"_s));
    }

    void rollbackAndIncidentRoundTrip()
    {
        const QJsonArray succeeded = call(
            m_client->get(u"/deployments"_s, QUrlQuery { { u"service"_s, u"api"_s }, { u"status"_s, u"succeeded"_s } }))
                                         .toObject()
                                         .value("items"_L1)
                                         .toArray();
        QCOMPARE(succeeded.size(), 2);
        const QString latest = succeeded.at(0).toObject().value("id"_L1).toString();

        // Mark the latest as having caused an incident, then roll it back and follow the rollback.
        const QJsonObject incident = call(
            m_client->post(u"/incidents"_s,
                { { u"service"_s, u"api"_s }, { u"title"_s, u"checkout errors"_s }, { u"deployment"_s, latest } },
                PlatformClient::newIdempotencyKey()))
                                         .toObject();
        QCOMPARE(incident.value("attribution"_L1).toObject().value("deployment"_L1).toString(), latest);
        QCOMPARE(incident.value("attribution"_L1).toObject().value("by"_L1).toString(), u"explicit"_s);

        const QJsonObject rollback = call(
            m_client->post(u"/deployments/"_s + latest + u"/rollback"_s, {}, PlatformClient::newIdempotencyKey()))
                                         .toObject();
        QCOMPARE(rollback.value("intent"_L1).toString(), u"rollback"_s);
        QCOMPARE(rollback.value("rollbackOf"_L1).toString(), latest);
        QCOMPARE(rollback.value("version"_L1).toString(), u"1.0.0"_s);

        DeploymentStream stream(m_client.get(), rollback.value("id"_L1).toString());
        QSignalSpy finished(&stream, &DeploymentStream::finished);
        QSignalSpy lines(&stream, &DeploymentStream::logLine);
        stream.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().constFirst().toString(), u"succeeded"_s);
        QVERIFY(lines.count() >= 2);

        const QJsonObject resolved
            = call(m_client->post(u"/incidents/"_s + incident.value("id"_L1).toString() + u"/resolve"_s, {}))
                  .toObject();
        QVERIFY(!resolved.value("resolvedAt"_L1).isNull());
        const QJsonArray open
            = call(m_client->get(u"/incidents"_s, QUrlQuery { { u"service"_s, u"api"_s }, { u"open"_s, u"true"_s } }))
                  .toObject()
                  .value("items"_L1)
                  .toArray();
        QCOMPARE(open.size(), 0);
    }

    void retriedDeployNeverDeploysTwice()
    {
        const auto count = [this] {
            return call(m_client->get(u"/deployments"_s, QUrlQuery { { u"service"_s, u"api"_s } }))
                .toObject()
                .value("items"_L1)
                .toArray()
                .size();
        };
        const qsizetype before = count();
        const QByteArray key = PlatformClient::newIdempotencyKey();
        const QJsonObject body { { u"service"_s, u"api"_s }, { u"environment"_s, u"local"_s },
            { u"version"_s, u"2.0.0"_s } };
        const QJsonObject first = call(m_client->post(u"/deployments"_s, body, key)).toObject();
        // The same request again, as a retry after a lost answer sends it.
        const ApiOutcome again = waitFor(m_client->post(u"/deployments"_s, body, key));
        QVERIFY(again.ok);
        QCOMPARE(again.replayed, QByteArray("true"));
        QCOMPARE(again.json.toObject().value("id"_L1), first.value("id"_L1));
        QCOMPARE(count(), before + 1);

        DeploymentStream stream(m_client.get(), first.value("id"_L1).toString());
        QSignalSpy finished(&stream, &DeploymentStream::finished);
        stream.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().constFirst().toString(), u"succeeded"_s);
    }
};

QTEST_GUILESS_MAIN(TestDeployCtl)
#include "tst_deployctl.moc"
