// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench starts its own tarmacd when no platform is configured, and says how that went.
#include "mainwindow.h"
#include "platform/platformconnection.h"
#include "platformstatuswidget.h"
#include "testutils.h"
#include "workbench.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;
using namespace TestUtils;

class TestEmbeddedPlatform : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void statusBarReachesConnected()
    {
        QTemporaryDir data;
        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        auto *status = window.findChild<PlatformStatusWidget *>();
        QVERIFY(status);

        QSignalSpy states(&platform, &PlatformConnection::stateChanged);
        startPlatform(&platform, {}, { program(QStringLiteral("tarmacd")), data.path() });
        QCOMPARE(status->text(), QStringLiteral("Local platform: starting"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Local platform: connected"), 20000);
        QCOMPARE(states.first().first().value<PlatformConnection::State>(), PlatformConnection::State::Starting);
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("tarmacd.sqlite"))));

        // Loopback only, and the session token the workbench made is the one tarmacd accepts.
        const QUrl base = platform.baseUrl();
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        QUrl protectedUrl = base;
        protectedUrl.setPath(QStringLiteral("/api/v1/services"));
        QCOMPARE(httpRequest("GET", protectedUrl).status, 401);
        const QByteArray authorization = QByteArrayLiteral("Bearer ") + platform.token();
        QCOMPARE(httpRequest("GET", protectedUrl, { { "Authorization", authorization } }).status, 200);

        // Stopping the workbench's platform stops the server.
        platform.stop();
        QUrl health = base;
        health.setPath(QStringLiteral("/api/v1/health"));
        const HttpResult afterStop = httpRequest("GET", health);
        QCOMPARE(afterStop.status, 0);
        QVERIFY(!afterStop.networkError.isEmpty());
    }

    void missingServerLeavesTheWorkbenchUsable()
    {
        QTemporaryDir data;
        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        auto *status = window.findChild<PlatformStatusWidget *>();
        startPlatform(&platform, {}, { data.filePath(QStringLiteral("no-such-tarmacd")), data.path() });
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Local platform: failed (")), 10000);
        QVERIFY2(status->text().contains(QStringLiteral("no-such-tarmacd not found")), qPrintable(status->text()));
        window.showWorkArea(WorkArea::Metrics);
        QCOMPARE(window.currentWorkArea(), WorkArea::Metrics);
    }

    void serverThatCannotStartSaysWhy()
    {
        QTemporaryDir data;
        // A file where the data folder should be: tarmacd cannot create its database there.
        const QString blocked = data.filePath(QStringLiteral("blocked"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        PlatformConnection platform;
        platform.startEmbedded(program(QStringLiteral("tarmacd")), blocked + QStringLiteral("/inner"));
        QTRY_COMPARE_WITH_TIMEOUT(platform.state(), PlatformConnection::State::Failed, 10000);
        QVERIFY2(platform.statusText().contains(QStringLiteral("cannot create the data folder")),
            qPrintable(platform.statusText()));
    }

    void reconnectRestartsAStoppedServer()
    {
        QTemporaryDir data;
        PlatformConnection platform;
        platform.startEmbedded(program(QStringLiteral("tarmacd")), data.path());
        QTRY_COMPARE_WITH_TIMEOUT(platform.state(), PlatformConnection::State::Connected, 20000);
        platform.stop();
        platform.reconnect();
        QCOMPARE(platform.state(), PlatformConnection::State::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(platform.state(), PlatformConnection::State::Connected, 20000);
    }

    void remotePlatformDownIsReported()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        PlatformConnection platform;
        startPlatform(&platform, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {});
        QTRY_COMPARE_WITH_TIMEOUT(platform.state(), PlatformConnection::State::Failed, 10000);
        QVERIFY2(platform.statusText().startsWith(QStringLiteral("Platform 127.0.0.1:%1: failed (").arg(port)),
            qPrintable(platform.statusText()));
    }

    void remotePlatformUpIsConnected()
    {
        Tarmacd server;
        QVERIFY2(server.start(), server.output().constData());
        PlatformConnection platform;
        QUrl base = server.url(QString());
        startPlatform(&platform, base, {});
        QTRY_COMPARE_WITH_TIMEOUT(platform.state(), PlatformConnection::State::Connected, 10000);
        QCOMPARE(platform.kind(), PlatformConnection::Kind::Remote);
    }
};

QTEST_MAIN(TestEmbeddedPlatform)
#include "tst_embeddedplatform.moc"
