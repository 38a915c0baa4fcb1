// SPDX-License-Identifier: GPL-3.0-or-later
// The platform's item models, fed page by page from a real HTTP server, under QAbstractItemModelTester.
#include "apicall.h"
#include "faultyserver.h"
#include "platform/deploymentsmodel.h"
#include "platform/environmentsmodel.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"
#include "platform/responsecache.h"
#include "platform/servicesmodel.h"
#include "platform/tokenstore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;
using namespace Qt::StringLiterals;
using TestUtils::FaultyServer;

namespace {
QByteArray deployment(int n, const char *service, const char *status)
{
    return QStringLiteral(R"({"id":"dep_%1","service":"%2","environment":"%3","version":"1.%1","intent":"planned",)"
                          R"("status":"%4","createdAt":"2026-11-2%5T10:00:00.000Z","finishedAt":null})")
        .arg(n)
        .arg(QLatin1String(service), n % 2 ? u"staging"_s : u"production"_s, QLatin1String(status))
        .arg(n % 10)
        .toUtf8();
}
}

class TestPlatformModels : public QObject {
    Q_OBJECT

private:
    FaultyServer m_server;
    PlatformConnection m_connection;
    std::unique_ptr<PlatformClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
        m_connection.setRemote(m_server.url());
        m_connection.setToken("t");
        m_client = std::make_unique<PlatformClient>(&m_connection);
        ClientOptions options;
        options.maxAttempts = 1;
        m_client->setOptions(options);
    }

    void deploymentsArePagedFilteredAndUpdated()
    {
        m_server.setResponses("/api/v1/deployments",
            { FaultyServer::json(200,
                  "{\"items\":[" + deployment(1, "api", "succeeded") + "," + deployment(2, "api", "failed")
                      + "],\"nextCursor\":\"c2\"}"),
                FaultyServer::json(200,
                    "{\"items\":[" + deployment(2, "api", "failed") + "," + deployment(3, "web", "succeeded")
                        + "],\"nextCursor\":null}") });
        DeploymentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        DeploymentFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(m_client.get());
        model.setPageSize(2);
        QSignalSpy loaded(&model, &PlatformListModel::loaded);
        model.refresh();
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(5000));
        QVERIFY(m_server.requests().at(m_server.requests().size() - 1).path.contains("limit=2")
            || m_server.requests().at(m_server.requests().size() - 2).path.contains("limit=2"));
        // The next page comes when a view (here the model tester) asks for more.
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 3); // the repeated dep_2 is not shown twice
        QVERIFY(m_server.requests().constLast().path.contains("cursor=c2"));
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(2, DeploymentsModel::ServiceColumn).data().toString(), u"web"_s);
        QCOMPARE(model.index(1, DeploymentsModel::StatusColumn).data().toString(), u"Failed"_s);
        QCOMPARE(model.index(1, 0).data(PlatformRoles::IdRole).toString(), u"dep_2"_s);

        proxy.setService(u"api"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatus(u"succeeded"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setEnvironment(u"production"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setEnvironment(QString());
        proxy.setService(QString());
        QCOMPARE(proxy.rowCount(), 2);

        // A deployment followed live: new ones go first, status changes update in place.
        model.upsert(
            QJsonObject { { u"id"_s, u"dep_9"_s }, { u"service"_s, u"api"_s }, { u"status"_s, u"running"_s } });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(PlatformRoles::IdRole).toString(), u"dep_9"_s);
        QCOMPARE(proxy.rowCount(), 2);
        model.upsert(QJsonObject { { u"id"_s, u"dep_9"_s }, { u"status"_s, u"succeeded"_s } });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, DeploymentsModel::ServiceColumn).data().toString(), u"api"_s);
        QCOMPARE(proxy.rowCount(), 3);

        // Refresh replaces the rows.
        m_server.setResponses("/api/v1/deployments",
            { FaultyServer::json(200, "{\"items\":[" + deployment(5, "api", "queued") + "],\"nextCursor\":null}") });
        model.refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 1);
    }

    void servicesAndEnvironmentsFromCacheWhenOffline()
    {
        QTemporaryDir dir;
        ResponseCache cache(dir.path());
        m_client->setCache(&cache);
        m_server.setResponses("/api/v1/services",
            { FaultyServer::json(200,
                R"({"items":[{"id":"svc_1","name":"api","team":"payments","template":{"name":"go-service","version":"1.2.0"},"createdAt":"2026-11-01T00:00:00.000Z"}],"nextCursor":null})") });
        m_server.setResponses("/api/v1/environments",
            { FaultyServer::json(200,
                R"({"items":[{"id":"env_1","name":"production","production":true,"deployer":"command"}],"nextCursor":null})") });
        ServicesModel services;
        EnvironmentsModel environments;
        QAbstractItemModelTester servicesTester(&services, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester environmentsTester(
            &environments, QAbstractItemModelTester::FailureReportingMode::QtTest);
        services.setClient(m_client.get());
        environments.setClient(m_client.get());
        QSignalSpy servicesLoaded(&services, &PlatformListModel::loaded);
        QSignalSpy environmentsLoaded(&environments, &PlatformListModel::loaded);
        services.refresh();
        environments.refresh();
        QVERIFY(servicesLoaded.wait(5000));
        QTRY_COMPARE(environmentsLoaded.count(), 1);
        QCOMPARE(services.index(0, ServicesModel::TemplateColumn).data().toString(), u"go-service 1.2.0"_s);
        QCOMPARE(environments.index(0, EnvironmentsModel::ProductionColumn).data().toString(), u"yes"_s);
        QVERIFY(!services.isFromCache());
        cache.waitForWrites();

        // The platform goes away: the last known rows, marked as cached.
        m_server.setResponses("/api/v1/services", { FaultyServer::json(503, "{}") });
        QSignalSpy failed(&services, &PlatformListModel::failed);
        services.refresh();
        QVERIFY(servicesLoaded.wait(5000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(services.isFromCache());
        QVERIFY(services.cachedAt().isValid());
        QCOMPARE(services.rowCount(), 1);
        m_client->setCache(nullptr);
    }

    void withoutAKeychainTheTokenStaysInMemoryForTheSession()
    {
        // This test runs with no D-Bus session bus (ctest's environment has none): the keychain is
        // unavailable, which must be reported as such, never papered over with a file.
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a D-Bus session bus is present; the no-keychain path needs none");
        const QUrl platform(u"https://platform.example.org/api"_s);
        TokenStore store;
        TokenStore::Result written;
        bool done = false;
        store.write(platform, "s3cret", this, [&](const TokenStore::Result &r) {
            written = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(written.status == TokenStore::Status::NoKeychain, qPrintable(written.error));
        QVERIFY(!written.error.isEmpty());
        TokenStore::keepForSession(platform, "s3cret");
        const TokenStore::Result read = TokenStore::readNow(platform);
        QCOMPARE(read.status, TokenStore::Status::NoKeychain);
        QVERIFY(read.sessionOnly);
        QCOMPARE(read.token, QByteArray("s3cret"));
        QCOMPARE(TokenStore::keyFor(platform), u"https://platform.example.org"_s);
        // Nothing on disk under the user's folders holds it.
        for (const auto location : { QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                 QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation }) {
            const QString folder = QStandardPaths::writableLocation(location);
            QProcess grep;
            grep.start(u"grep"_s, { u"-rl"_s, u"s3cret"_s, folder });
            grep.waitForFinished();
            QVERIFY2(grep.readAllStandardOutput().isEmpty(), qPrintable(folder));
        }
    }

    void keychainRoundTrip()
    {
        // Run by ctest as tst_platformkeychain: under dbus-run-session with a gnome-keyring-daemon
        // of its own (HOME in a temporary folder), so this is the real Secret Service path.
        if (qEnvironmentVariableIsEmpty("TARMAC_TEST_KEYCHAIN"))
            QSKIP("runs as tst_platformkeychain, under its own session bus and keyring");
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "no session bus");
        const QUrl platform(u"https://keychain.example.org/"_s);
        TokenStore store;
        TokenStore::Result result;
        bool done = false;
        const auto wait = [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
            done = false;
        };
        const auto keep = [&](const TokenStore::Result &r) {
            result = r;
            done = true;
        };
        store.write(platform, "k3ychain-token", this, keep);
        wait();
        QVERIFY2(result.status == TokenStore::Status::Ok, qPrintable(result.error));
        const TokenStore::Result read = TokenStore::readNow(platform);
        QCOMPARE(read.status, TokenStore::Status::Ok);
        QCOMPARE(read.token, QByteArray("k3ychain-token"));
        QVERIFY(!read.sessionOnly);
        store.remove(platform, this, keep);
        wait();
        QCOMPARE(TokenStore::readNow(platform).status, TokenStore::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPlatformModels)
#include "tst_platformmodels.moc"
