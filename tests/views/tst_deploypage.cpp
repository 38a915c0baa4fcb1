// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy page against a real tarmacd with the local deployer, driven with real clicks.
#include "apicall.h"
#include "deploy/deploypage.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"
#include "testutils.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialog>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;
using namespace TestUtils;
using namespace Qt::StringLiterals;

class TestDeployPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Tarmacd m_server;
    PlatformConnection m_connection;

    template <typename T> T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning() << "no" << name;
        return found;
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
