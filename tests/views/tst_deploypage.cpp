// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy page against a real tarmacd with the local deployer, driven with real clicks.
#include "apicall.h"
#include "composition/servicerepository.h"
#include "deploy/deploypage.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"
#include "testutils.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#if defined(TARMAC_TEST_DBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

using namespace Tarmac;
using namespace TestUtils;
using namespace Qt::StringLiterals;

#if defined(TARMAC_TEST_DBUS)
// Stands in for the desktop's notification daemon (org.freedesktop.Notifications): records every
// Notify call that reaches it over the real session bus.
class NotificationReceiver : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Notification {
        QString appName, summary, body;
        QVariantMap hints;
    };
    QList<Notification> received;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId);
        Q_UNUSED(icon);
        Q_UNUSED(actions);
        Q_UNUSED(timeout);
        received.append({ appName, summary, body, hints });
        return uint(received.size());
    }
    QStringList GetCapabilities() { return { u"body"_s }; }
};
#endif

class TestDeployPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Tarmacd m_server;
    PlatformConnection m_connection;

    // Picks service (and a bundle folder) on the page, presses Deploy, and returns the confirm
    // dialog's text once it has been confirmed.
    QString deployWithClicks(DeployPage &page, const QString &service, const QString &bundle = {})
    {
        auto *services = child<QComboBox>(&page, u"serviceBox"_s);
        if (!QTest::qWaitFor([&] { return services->findText(service) >= 0; }, 10000))
            return u"no service "_s + service;
        services->setCurrentIndex(services->findText(service));
        auto *bundleEdit = child<QLineEdit>(&page, u"bundleEdit"_s);
        bundleEdit->clear();
        QTest::keyClicks(bundleEdit, bundle);
        auto *deploy = child<QPushButton>(&page, u"deployButton"_s);
        if (!QTest::qWaitFor([&] { return deploy->isEnabled(); }, 10000))
            return u"Deploy stays disabled"_s;
        QTest::mouseClick(deploy, Qt::LeftButton);
        QDialog *confirm = nullptr;
        if (!QTest::qWaitFor([&] { return (confirm = page.findChild<QDialog *>(u"confirmDeployDialog"_s)); }, 20000))
            return u"no confirmation"_s;
        const QString text = confirm->findChild<QPlainTextEdit *>()->toPlainText();
        QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmDeployButton"_s), Qt::LeftButton);
        return text;
    }

    // The newest deployment of service, as the platform has it, once it has finished.
    QJsonObject lastDeployment(PlatformClient &client, const QString &service)
    {
        QJsonObject deployment;
        (void)QTest::qWaitFor(
            [&] {
                const ApiOutcome list = waitFor(
                    client.get(u"/deployments"_s, QUrlQuery { { u"service"_s, service }, { u"limit"_s, u"1"_s } }));
                const QJsonArray items = list.json.toObject().value("items"_L1).toArray();
                deployment = items.isEmpty() ? QJsonObject() : items.first().toObject();
                return !deployment.value("finishedAt"_L1).toString().isEmpty();
            },
            30000);
        return deployment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString config = m_dir.filePath(u"tarmacd.json"_s);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"environments": [{"name": "local", "production": true, "deployer": "local"}]})");
        file.close();
        QVERIFY2(m_server.start("gui-token", { u"--config"_s, config, u"--state-dir"_s, m_dir.filePath(u"state"_s) }),
            m_server.output().constData());
        m_connection.setRemote(m_server.url(QString()).adjusted(QUrl::RemovePath));
        m_connection.setToken("gui-token");
        PlatformClient client(&m_connection);
        QVERIFY(waitFor(client.post(u"/teams"_s, { { u"name"_s, u"shop"_s } })).ok);
        QVERIFY(waitFor(client.post(u"/services"_s,
                            { { u"name"_s, u"shop-api"_s }, { u"team"_s, u"shop"_s },
                                { u"runCommand"_s, u"echo listening on 8080; exec sleep 120"_s } }))
                .ok);
    }

    void deploysWithClicksAndSeesItSucceed()
    {
        DeployPage page(&m_connection);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *services = child<QComboBox>(&page, u"serviceBox"_s);
        auto *environments = child<QComboBox>(&page, u"environmentBox"_s);
        QTRY_COMPARE_WITH_TIMEOUT(services->count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(environments->count(), 1, 10000);
        QCOMPARE(services->currentText(), u"shop-api"_s);
        QCOMPARE(environments->currentText(), u"local"_s);

        QTest::keyClicks(child<QWidget>(&page, u"versionEdit"_s), u"1.4.0"_s);
        auto *deploy = child<QPushButton>(&page, u"deployButton"_s);
        QTRY_VERIFY(deploy->isEnabled());
        QTest::mouseClick(deploy, Qt::LeftButton);
        QDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = page.findChild<QDialog *>(u"confirmDeployDialog"_s)));
        QVERIFY(confirm->findChild<QPlainTextEdit *>()->toPlainText().contains(u"shop-api version 1.4.0 to local"_s));
        QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmDeployButton"_s), Qt::LeftButton);

        auto *status = child<QLabel>(&page, u"statusLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"Succeeded"_s), qPrintable(status->text()), 30000);
        const QString log = child<QPlainTextEdit>(&page, u"deploymentLog"_s)->toPlainText();
        QVERIFY2(log.contains(u"echo listening on 8080"_s), qPrintable(log));
        QVERIFY(!child<QPushButton>(&page, u"cancelButton"_s)->isEnabled());

        // The history shows it, finished, after the page asked the platform again.
        auto *history = child<QTableView>(&page, u"historyView"_s);
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QTRY_COMPARE(history->model()->index(0, 4).data().toString(), u"Succeeded"_s);
        QCOMPARE(history->model()->index(0, 2).data().toString(), u"1.4.0"_s);
        QVERIFY(!history->model()->index(0, 6).data().toString().isEmpty());

        // Rolling back the only deployment: the platform says there is nothing to go back to, and
        // the page says so with what to do.
        history->selectRow(0);
        auto *rollback = child<QPushButton>(&page, u"rollbackButton"_s);
        QVERIFY(rollback->isEnabled());
        QTest::mouseClick(rollback, Qt::LeftButton);
        QWidget *ask = nullptr;
        QTRY_VERIFY((ask = page.findChild<QWidget *>(u"confirmRollbackDialog"_s)));
        QTest::mouseClick(ask->findChild<QPushButton *>(u"confirmRollbackButton"_s), Qt::LeftButton);
        auto *bar = child<QWidget>(&page, u"messageBar"_s);
        QTRY_VERIFY(bar->isVisible());
        const QString message = bar->findChild<QLabel *>()->text();
        QVERIFY2(message.contains(u"no successful deployment"_s), qPrintable(message));
        QCOMPARE(history->model()->rowCount(), 1); // nothing was deployed
    }

    void sendsTheCommitsSinceTheLastDeployment()
    {
        // A service whose folder is a git repository with two commits.
        PlatformClient client(&m_connection);
        QVERIFY(waitFor(client.post(u"/services"_s,
                            { { u"name"_s, u"repo-api"_s }, { u"team"_s, u"shop"_s },
                                { u"runCommand"_s, u"echo listening on 8081; exec sleep 120"_s } }))
                .ok);
        QTemporaryDir repo;
        const auto write = [&](const QString &text) {
            QFile file(repo.filePath(u"app.conf"_s));
            return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
        };
        const ServiceRepository::Identity author { u"Dev"_s, u"dev@example.org"_s };
        QString error;
        QVERIFY(write(u"port = 8081\n"_s));
        const auto first = ServiceRepository::initialise(repo.path(), { author, {}, u"Create repo-api\n"_s }, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(write(u"port = 8081\nworkers = 4\n"_s));
        const auto second = ServiceRepository::commitAll(repo.path(), u"Use four workers\n"_s, author, &error);
        QVERIFY2(second && *second != *first, qPrintable(error));

        DeployPage page(&m_connection);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *status = child<QLabel>(&page, u"statusLabel"_s);

        // The first deployment there carries every commit, and the confirm step lists them.
        QString confirmed = deployWithClicks(page, u"repo-api"_s, repo.path());
        QVERIFY2(confirmed.contains(u"2 commit(s) (first deployment here)"_s), qPrintable(confirmed));
        QVERIFY2(confirmed.contains(u"Create repo-api"_s) && confirmed.contains(u"Use four workers"_s),
            qPrintable(confirmed));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"Succeeded"_s), qPrintable(status->text()), 30000);
        const QJsonObject deployment1 = lastDeployment(client, u"repo-api"_s);
        QCOMPARE(deployment1.value("status"_L1).toString(), u"succeeded"_s);
        QCOMPARE(deployment1.value("sha"_L1).toString(), *second);
        const ApiOutcome changes1 = waitFor(
            client.get(u"/changes"_s, QUrlQuery { { u"deployment"_s, deployment1.value("id"_L1).toString() } }));
        QVERIFY(changes1.ok);
        QStringList shas;
        for (const QJsonValue &change : changes1.json.toObject().value("items"_L1).toArray()) {
            shas.append(change.toObject().value("sha"_L1).toString());
            // Linked to the deployment that shipped it, with its commit time: lead time can be measured.
            QCOMPARE(change.toObject().value("firstProductionDeployment"_L1).toObject().value("id"_L1).toString(),
                deployment1.value("id"_L1).toString());
            QVERIFY(!change.toObject().value("leadTimeSeconds"_L1).isNull());
        }
        shas.sort();
        QStringList expected { *first, *second };
        expected.sort();
        QCOMPARE(shas, expected);

        // A new commit: the next deployment carries it alone.
        QVERIFY(write(u"port = 8081\nworkers = 8\n"_s));
        const auto third = ServiceRepository::commitAll(repo.path(), u"Use eight workers\n"_s, author, &error);
        QVERIFY2(third, qPrintable(error));
        confirmed = deployWithClicks(page, u"repo-api"_s, repo.path());
        QVERIFY2(confirmed.contains(u"1 commit(s) since %1"_s.arg(second->left(10))), qPrintable(confirmed));
        QVERIFY2(confirmed.contains(u"Use eight workers"_s), qPrintable(confirmed));
        QVERIFY2(!confirmed.contains(u"Use four workers"_s), qPrintable(confirmed));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"Succeeded"_s), qPrintable(status->text()), 30000);
        const QJsonObject deployment2 = lastDeployment(client, u"repo-api"_s);
        QVERIFY(deployment2.value("id"_L1) != deployment1.value("id"_L1));
        QCOMPARE(deployment2.value("sha"_L1).toString(), *third);
        const ApiOutcome changes2 = waitFor(
            client.get(u"/changes"_s, QUrlQuery { { u"deployment"_s, deployment2.value("id"_L1).toString() } }));
        const QJsonArray items2 = changes2.json.toObject().value("items"_L1).toArray();
        QCOMPARE(items2.size(), 1);
        QCOMPARE(items2.first().toObject().value("sha"_L1).toString(), *third);
        QCOMPARE(items2.first().toObject().value("title"_L1).toString(), u"Use eight workers"_s);
    }

    void notifiesTheDesktopWhenADeploymentEnds()
    {
#if !defined(TARMAC_TEST_DBUS)
        QSKIP("built without Qt D-Bus");
#else
        // Run by ctest as tst_deploynotifications, under dbus-run-session: a real session bus.
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("runs as tst_deploynotifications, under a session bus of its own");
        NotificationReceiver receiver;
        QDBusConnection daemonSide = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"daemon"_s);
        QVERIFY2(daemonSide.isConnected(), qPrintable(daemonSide.lastError().message()));
        QVERIFY(
            daemonSide.registerObject(u"/org/freedesktop/Notifications"_s, &receiver, QDBusConnection::ExportAllSlots));
        QVERIFY(daemonSide.registerService(u"org.freedesktop.Notifications"_s));

        PlatformClient client(&m_connection);
        QVERIFY(waitFor(client.post(u"/services"_s,
                            { { u"name"_s, u"broken-api"_s }, { u"team"_s, u"shop"_s },
                                { u"runCommand"_s, u"echo starting; exit 3"_s } }))
                .ok);
        DeployPage page(&m_connection);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // The window is hidden while it lands: the notification still comes.
        const QString confirmed = deployWithClicks(page, u"shop-api"_s);
        QVERIFY2(confirmed.contains(u"Deploy shop-api"_s), qPrintable(confirmed));
        page.hide();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 1, 30000);
        QCOMPARE(receiver.received.at(0).summary, u"Deployed shop-api to local"_s);
        QVERIFY2(receiver.received.at(0).body.contains(u"Succeeded"_s), qPrintable(receiver.received.at(0).body));
        QCOMPARE(receiver.received.at(0).hints.value(u"urgency"_s).toInt(), 1);

        page.show();
        deployWithClicks(page, u"broken-api"_s);
        page.hide();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 2, 30000);
        QCOMPARE(receiver.received.at(1).summary, u"Deployment of broken-api to local failed"_s);
        QVERIFY2(receiver.received.at(1).body.contains(u"Failed"_s), qPrintable(receiver.received.at(1).body));
        QVERIFY2(
            receiver.received.at(1).body.contains(u"exited with status 3"_s), qPrintable(receiver.received.at(1).body));
        QCOMPARE(receiver.received.at(1).hints.value(u"urgency"_s).toInt(), 2);
        daemonSide.unregisterService(u"org.freedesktop.Notifications"_s);
        QDBusConnection::disconnectFromBus(u"daemon"_s);
#endif
    }

    void unreachablePlatformSaysSoWithRetry()
    {
        PlatformConnection gone;
        gone.setRemote(QUrl(u"http://127.0.0.1:9"_s)); // the discard port: nothing answers HTTP
        gone.setToken("t");
        DeployPage page(&gone);
        page.show();
        auto *bar = child<QWidget>(&page, u"messageBar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bar->findChild<QLabel *>()->text().contains(u"Cannot reach the platform"_s), 20000);
        QVERIFY(bar->isVisible());
        QVERIFY(child<QPushButton>(bar, u"retryButton"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&page, u"deployButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestDeployPage)
#include "tst_deploypage.moc"
