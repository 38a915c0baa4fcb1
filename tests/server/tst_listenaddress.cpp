// SPDX-License-Identifier: GPL-3.0-or-later
#include "listenaddress.h"

#include <QTest>

using Tarmac::Server::ListenAddress;

class TestListenAddress : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("ipv4") << "127.0.0.1:8470" << true << "127.0.0.1" << 8470 << true;
        QTest::newRow("any port") << "127.0.0.1:0" << true << "127.0.0.1" << 0 << true;
        QTest::newRow("ipv6") << "[::1]:9000" << true << "::1" << 9000 << true;
        QTest::newRow("localhost") << "localhost:80" << true << "127.0.0.1" << 80 << true;
        QTest::newRow("all interfaces") << "0.0.0.0:8470" << true << "0.0.0.0" << 8470 << false;
        QTest::newRow("no port") << "127.0.0.1" << false << "" << 0 << false;
        QTest::newRow("port too big") << "127.0.0.1:70000" << false << "" << 0 << false;
        QTest::newRow("host name") << "example.org:80" << false << "" << 0 << false;
        QTest::newRow("path") << "127.0.0.1:80/x" << false << "" << 0 << false;
        QTest::newRow("empty") << "" << false << "" << 0 << false;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, loopback);
        ListenAddress address;
        QString error;
        QCOMPARE(ListenAddress::parse(text, &address, &error), valid);
        if (!valid) {
            QVERIFY2(!error.isEmpty(), "a rejected address must say why");
            return;
        }
        QCOMPARE(address.host.toString(), host);
        QCOMPARE(int(address.port), port);
        QCOMPARE(address.host.isLoopback(), loopback);
    }
};

QTEST_GUILESS_MAIN(TestListenAddress)
#include "tst_listenaddress.moc"
