// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/compositiondocument.h"
#include "mainwindow.h"
#include "platform/platformconnection.h"
#include "platformstatuswidget.h"
#include "templates/composepage.h"
#include "testutils.h"
#include "welcomedialog.h"
#include "workbench.h"

#include <QAction>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Tarmac;
using namespace TestUtils;
using namespace Qt::StringLiterals;

class TestWelcome : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void showsOnTheFirstStartOnly()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Making and showing the window greets nobody: main() asks for the welcome.
        QVERIFY(!window.findChild<WelcomeDialog *>());

        QVERIFY(window.showWelcomeOnFirstStart());
        auto *welcome = window.findChild<WelcomeDialog *>();
        QVERIFY(welcome);
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        QVERIFY(welcome->findChild<QPushButton *>(QStringLiteral("useLocalPlatform"))->isDefault());
        QTest::keyClick(welcome, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<WelcomeDialog *>());

        QVERIFY(!window.showWelcomeOnFirstStart());
        QVERIFY(!window.findChild<WelcomeDialog *>());
        QVERIFY(QSettings().value(QStringLiteral("welcome/shown")).toBool());

        // Help > Welcome shows it whenever asked, one at a time.
        auto *help = window.findChild<QAction *>(QStringLiteral("showWelcome"));
        QVERIFY(help);
        help->trigger();
        help->trigger();
        QCOMPARE(window.findChildren<WelcomeDialog *>().size(), 1);
        QTRY_VERIFY(window.findChild<WelcomeDialog *>()->isVisible());
        window.findChild<QPushButton *>(QStringLiteral("useLocalPlatform"))->click();
        QTRY_VERIFY(!window.findChild<WelcomeDialog *>());
    }

    void opensTheExampleComposition()
    {
        // The build puts the example where an installation has it: share/tarmac/examples beside bin/.
        const QString example = installedExampleComposition();
        QCOMPARE(example,
            QFileInfo(QStringLiteral(TARMAC_BIN_DIR "/../share/tarmac/examples/shop.tarmac.yaml")).canonicalFilePath());
        QVERIFY2(!example.isEmpty(), "the example composition is missing from the build folder");

        PlatformConnection platform;
        MainWindow window(&platform);
        window.showWorkArea(WorkArea::Assess);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWelcome();
        auto *welcome = window.findChild<WelcomeDialog *>();
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        auto *open = welcome->findChild<QPushButton *>(QStringLiteral("openExample"));
        QVERIFY(open && open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);

        QTRY_COMPARE(window.currentWorkArea(), WorkArea::Compose);
        auto *compose = window.findChild<ComposePage *>();
        QVERIFY(compose);
        QCOMPARE(compose->document()->filePath(), example);
        QVERIFY(compose->document()->contains(QStringLiteral("api")));
        QTRY_VERIFY(!window.findChild<WelcomeDialog *>());
    }

    void hasNoExampleButtonToPressWhenNoneIsInstalled()
    {
        PlatformConnection platform;
        WelcomeDialog welcome(&platform, QString());
        QVERIFY(!welcome.findChild<QPushButton *>(QStringLiteral("openExample"))->isEnabled());
        QVERIFY(welcome.findChild<QLabel *>(QStringLiteral("exampleText"))->text().contains(u"not installed"));
    }

    void connectingLeadsToThePlatformConnections()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showWelcome();
        auto *welcome = window.findChild<WelcomeDialog *>();
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("connectToPlatform")), Qt::LeftButton);
        // The same connections dialog as Platform > Connections.
        QDialog *connections = nullptr;
        QTRY_VERIFY((connections = window.findChild<QDialog *>(QStringLiteral("connectionsDialog"))));
        QTRY_VERIFY(connections->isVisible());
        QTRY_VERIFY(!window.findChild<WelcomeDialog *>());
        connections->close();
    }

    // The local platform's card follows the real embedded tarmacd as it starts.
    void showsTheLocalPlatformAsItStarts()
    {
        QTemporaryDir data;
        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        window.showWelcome();
        auto *welcome = window.findChild<WelcomeDialog *>();
        auto *status = welcome->findChild<PlatformStatusWidget *>();
        QVERIFY(status);
        QCOMPARE(status->text(), platform.statusText());
        startPlatform(&platform, QUrl(), EmbeddedPlatformPaths { program(QStringLiteral("tarmacd")), data.path() });
        QTRY_COMPARE_WITH_TIMEOUT(platform.state(), PlatformConnection::State::Connected, 20000);
        QCOMPARE(status->text(), QStringLiteral("Local platform: connected"));
        platform.stop();
    }

    // The program greets on its first start only; a screenshot run or a start with files does not
    // count as one.
    void theWorkbenchGreetsOnItsFirstStartOnly()
    {
        QTemporaryDir home;
        QProcessEnvironment env = isolatedEnvironment(home.path());
        env.remove(QStringLiteral("TARMAC_NO_WELCOME"));
        const QByteArray greeting = QByteArrayLiteral("first start: showing the welcome");

        const ProgramRun screenshot
            = runProgram(QStringLiteral("tarmac"), { QStringLiteral("--screenshot"), home.filePath(u"w.png"_s) }, env);
        QCOMPARE(screenshot.exitCode, 0);
        QVERIFY2(!screenshot.err.contains(QString::fromLatin1(greeting)), qPrintable(screenshot.err));

        const auto start = [&](const QStringList &arguments) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(env);
            process->start(program(QStringLiteral("tarmac")), arguments);
            return process;
        };
        const auto logUntilPlatformListens = [](QProcess &process) {
            QByteArray log;
            const bool listening = QTest::qWaitFor(
                [&] { return (log += process.readAllStandardError()).contains("local platform listening"); }, 20000);
            return listening ? log : QByteArray("(the local platform did not start) " + log);
        };
        const auto stop = [](QProcess &process) {
            process.terminate();
            return process.waitForFinished(10000);
        };

        const QString example = installedExampleComposition();
        auto withFile = start({ example });
        QByteArray log = logUntilPlatformListens(*withFile);
        QVERIFY2(log.contains("local platform listening") && !log.contains(greeting), log.constData());
        QVERIFY(stop(*withFile));

        auto first = start({});
        log = logUntilPlatformListens(*first);
        QVERIFY2(log.contains("local platform listening") && log.contains(greeting), log.constData());
        QVERIFY(stop(*first));

        auto second = start({});
        log = logUntilPlatformListens(*second);
        QVERIFY2(log.contains("local platform listening") && !log.contains(greeting), log.constData());
        QVERIFY(stop(*second));
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
