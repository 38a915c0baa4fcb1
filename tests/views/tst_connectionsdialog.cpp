// SPDX-License-Identifier: GPL-3.0-or-later
// Platform > Connections in the real workbench window: the embedded platform (a real tarmacd the
// workbench starts) and a second real tarmacd added as a remote connection with a token made by
// `tarmacd token create`; switching re-points the Deploy page. Run twice by ctest: under a session
// bus with a gnome-keyring of its own (tst_connectionsdialog_keychain: the token goes to the real
// keychain), and with no session bus at all (tst_connectionsdialog: no keychain, session-only token).
#include "apicall.h"
#include "mainwindow.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"
#include "platform/platformswitcher.h"
#include "platform/tokenstore.h"
#include "platformstatuswidget.h"
#include "testutils.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;
using namespace TestUtils;
using namespace Qt::StringLiterals;

class TestConnectionsDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Tarmacd m_second;
    QByteArray m_secondToken;
    QUrl m_secondUrl;

    static bool keychainRun() { return !qEnvironmentVariableIsEmpty("TARMAC_TEST_KEYCHAIN"); }

    // No file under the user's folders holds the token (settings, data, cache).
    void verifyTokenNotOnDisk()
    {
        for (const auto location : { QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                 QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation }) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains(m_secondToken), qPrintable(file.fileName()));
            }
        }
    }

    // Opens Platform > Connections > Add, fills the editor and saves it.
    QDialog *addConnection(MainWindow &window, const QString &name, const QString &url, const QByteArray &token)
    {
        window.findChild<QAction *>(u"platformConnectionsAction"_s)->trigger();
        QDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = window.findChild<QDialog *>(u"connectionsDialog"_s)); }))
            return nullptr;
        QTest::mouseClick(child<QPushButton>(dialog, u"addConnectionButton"_s), Qt::LeftButton);
        QDialog *editor = nullptr;
        if (!QTest::qWaitFor([&] { return (editor = dialog->findChild<QDialog *>(u"connectionEditor"_s)); }))
            return nullptr;
        QTest::keyClicks(child<QLineEdit>(editor, u"connectionName"_s), name);
        QTest::keyClicks(child<QLineEdit>(editor, u"connectionUrl"_s), url);
        QTest::keyClicks(child<QLineEdit>(editor, u"connectionToken"_s), QString::fromLatin1(token));
        QTest::mouseClick(child<QPushButton>(editor, u"connectionSaveButton"_s), Qt::LeftButton);
        return dialog;
    }

    void useConnection(QDialog *dialog, const QString &name)
    {
        auto *view = child<QTableView>(dialog, u"connectionsView"_s);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(Qt::EditRole).toString() == name)
                view->selectRow(row);
        }
        auto *use = child<QPushButton>(dialog, u"useConnectionButton"_s);
        QVERIFY(use->isEnabled());
        QTest::mouseClick(use, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TarmacTest"_s);
        QCoreApplication::setApplicationName(u"tst_connectionsdialog"_s);
        QSettings().clear();
        // The second platform: its own database, an environment, a team and a service the local
        // platform does not have.
        const QString config = m_dir.filePath(u"second.json"_s);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"environments": [{"name": "staging", "production": false, "deployer": "local"}]})");
        file.close();
        QVERIFY2(m_second.start({}, { u"--config"_s, config, u"--state-dir"_s, m_dir.filePath(u"state"_s) }),
            m_second.output().constData());
        m_secondUrl = m_second.url(QString()).adjusted(QUrl::RemovePath);
        const ProgramRun created = createToken(m_second.databasePath(),
            { u"--role"_s, u"admin"_s, u"--description"_s, u"connections test"_s }, m_dir.path());
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        m_secondToken = created.out.trimmed().toLatin1();
        QVERIFY(!m_secondToken.isEmpty());
        PlatformConnection setup;
        setup.setRemote(m_secondUrl);
        setup.setToken(m_secondToken);
        PlatformClient client(&setup);
        QVERIFY(waitFor(client.post(u"/teams"_s, { { u"name"_s, u"beta"_s } })).ok);
        QVERIFY(waitFor(client.post(u"/services"_s, { { u"name"_s, u"beta-api"_s }, { u"team"_s, u"beta"_s } })).ok);
    }

    void init() { QSettings().clear(); }

    void addsASecondPlatformAndSwitchesToIt()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        window.resize(1100, 760);
        PlatformSwitcher *switcher = window.platformSwitcher();
        switcher->setEmbeddedServer(program(u"tarmacd"_s), m_dir.filePath(u"local"_s));
        window.showWorkArea(WorkArea::Deploy);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        switcher->start();
        auto *status = window.findChild<PlatformStatusWidget *>();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Local platform: connected"_s, 20000);
        auto *services = child<QComboBox>(&window, u"serviceBox"_s);
        auto *environments = child<QComboBox>(&window, u"environmentBox"_s);
        QTRY_COMPARE_WITH_TIMEOUT(environments->currentText(), u"local"_s, 10000);
        QCOMPARE(services->count(), 0);

        // A bad address is refused with the reason, and what was typed stays.
        window.findChild<QAction *>(u"platformConnectionsAction"_s)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(u"connectionsDialog"_s)));
        QTest::mouseClick(child<QPushButton>(dialog, u"addConnectionButton"_s), Qt::LeftButton);
        QDialog *editor = nullptr;
        QTRY_VERIFY((editor = dialog->findChild<QDialog *>(u"connectionEditor"_s)));
        QTest::keyClicks(child<QLineEdit>(editor, u"connectionName"_s), u"beta"_s);
        QTest::keyClicks(child<QLineEdit>(editor, u"connectionUrl"_s), u"beta.example.org"_s);
        QTest::keyClicks(child<QLineEdit>(editor, u"connectionToken"_s), QString::fromLatin1(m_secondToken));
        QTest::mouseClick(child<QPushButton>(editor, u"connectionSaveButton"_s), Qt::LeftButton);
        auto *message = child<QLabel>(editor, u"connectionMessage"_s);
        QVERIFY(editor->isVisible());
        QVERIFY2(message->text().contains(u"Address: \"beta.example.org\" must start with https://"_s),
            qPrintable(message->text()));
        QCOMPARE(child<QLineEdit>(editor, u"connectionName"_s)->text(), u"beta"_s);
        QCOMPARE(child<QLineEdit>(editor, u"connectionToken"_s)->text(), QString::fromLatin1(m_secondToken));

        // Test shows the platform's health answer and that the token is accepted.
        child<QLineEdit>(editor, u"connectionUrl"_s)->clear();
        QTest::keyClicks(child<QLineEdit>(editor, u"connectionUrl"_s), m_secondUrl.toString());
        QTest::mouseClick(child<QPushButton>(editor, u"editorTestButton"_s), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            message->text().contains(u"The token is accepted."_s), qPrintable(message->text()), 15000);
        QVERIFY2(message->text().contains(u"status ok, version"_s), qPrintable(message->text()));
        QTest::mouseClick(child<QPushButton>(editor, u"connectionSaveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->findChild<QDialog *>(u"connectionEditor"_s)
            || !dialog->findChild<QDialog *>(u"connectionEditor"_s)->isVisible());

        // The token goes to the keychain, or, without one, is kept for the session and the user is told.
        auto *dialogMessage = child<QLabel>(dialog, u"connectionsMessage"_s);
        if (keychainRun()) {
            QTRY_VERIFY2_WITH_TIMEOUT(
                dialogMessage->text().contains(u"kept in your keychain"_s), qPrintable(dialogMessage->text()), 30000);
            const TokenStore::Result stored = TokenStore::readNow(m_secondUrl);
            QCOMPARE(stored.status, TokenStore::Status::Ok);
            QVERIFY(!stored.sessionOnly);
            QCOMPARE(stored.token, m_secondToken);
        } else {
            QTRY_VERIFY2_WITH_TIMEOUT(dialogMessage->text().contains(u"No keychain is available here"_s)
                    && dialogMessage->text().contains(u"for this session only"_s),
                qPrintable(dialogMessage->text()), 30000);
            QVERIFY(TokenStore::readNow(m_secondUrl).sessionOnly);
        }
        verifyTokenNotOnDisk();

        // Switching: the status bar names the platform, the Deploy page shows its services.
        useConnection(dialog, u"beta"_s);
        const QString expected = u"beta at %1: connected"_s.arg(m_secondUrl.authority());
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), expected, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(services->count(), 1, 10000);
        QCOMPARE(services->currentText(), u"beta-api"_s);
        QTRY_COMPARE(environments->currentText(), u"staging"_s);
        QCOMPARE(platform.token(), m_secondToken);

        // The choice is remembered, without the token.
        QSettings settings;
        QCOMPARE(settings.value(u"platforms/active"_s).toString(), switcher->connections()->findByUrl(m_secondUrl).id);
        verifyTokenNotOnDisk();

        // And back to the local platform: its (empty) service list again.
        useConnection(dialog, u"Local platform"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Local platform: connected"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(environments->currentText(), u"local"_s, 10000);
        QCOMPARE(services->count(), 0);
        dialog->close();
        platform.stop();
    }

    void aConnectionWithoutATokenAsksForIt()
    {
        // A connection saved without a token: switching to it asks for one, saying whether it can be
        // kept in the keychain or only for this session.
        PlatformConnection platform;
        MainWindow window(&platform);
        PlatformSwitcher *switcher = window.platformSwitcher();
        window.showWorkArea(WorkArea::Deploy);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // localhost is another keychain entry than 127.0.0.1: nothing stored for it yet.
        QUrl viaName = m_secondUrl;
        viaName.setHost(u"localhost"_s);
        QDialog *dialog = addConnection(window, u"beta by name"_s, viaName.toString(), {});
        QVERIFY(dialog);
        useConnection(dialog, u"beta by name"_s);
        QInputDialog *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((ask = window.findChild<QInputDialog *>(u"tokenDialog"_s)), 30000);
        QVERIFY(ask->labelText().contains(viaName.toString()));
        if (keychainRun())
            QVERIFY2(ask->labelText().contains(u"kept in your system's keychain"_s), qPrintable(ask->labelText()));
        else
            QVERIFY2(ask->labelText().contains(u"No keychain is available here"_s)
                    && ask->labelText().contains(u"for this session only"_s),
                qPrintable(ask->labelText()));
        QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
        ask->setTextValue(QString::fromLatin1(m_secondToken));
        ask->accept();
        auto *services = child<QComboBox>(&window, u"serviceBox"_s);
        QTRY_COMPARE_WITH_TIMEOUT(services->count(), 1, 20000);
        QCOMPARE(services->currentText(), u"beta-api"_s);
        QCOMPARE(switcher->connection()->token(), m_secondToken);
        verifyTokenNotOnDisk();
        if (keychainRun())
            QCOMPARE(TokenStore::readNow(viaName).token, m_secondToken);
        dialog->close();
    }
};

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connectionsdialog.moc"
