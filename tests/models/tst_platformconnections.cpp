// SPDX-License-Identifier: GPL-3.0-or-later
// The list of platform connections: the embedded one always first, remote ones added, edited and
// removed with clear reasons for bad input, the active one remembered; under QAbstractItemModelTester.
#include "platform/platformconnectionsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;
using namespace Qt::StringLiterals;

class TestPlatformConnections : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TarmacTest"_s);
        QCoreApplication::setApplicationName(u"tst_platformconnections"_s);
    }

    void init() { QSettings().clear(); }

    void embeddedIsAlwaysThereAndActiveByDefault()
    {
        PlatformConnectionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.load();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.activeId(), PlatformConnectionsModel::embeddedId);
        QVERIFY(model.index(0, 0).data(PlatformConnectionsModel::EmbeddedRole).toBool());
        QVERIFY(model.index(0, 0).data(PlatformConnectionsModel::ActiveRole).toBool());
        QVERIFY(!model.remove(PlatformConnectionsModel::embeddedId));
        QCOMPARE(model.rowCount(), 1);
    }

    void addEditRemoveAndPersist()
    {
        QTemporaryDir dir;
        const QString ca = dir.filePath(u"ca.pem"_s);
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        QString stagingId;
        {
            PlatformConnectionsModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.load();
            stagingId = model.add({ {}, u"  staging "_s, QUrl(u"https://staging.example.org/"_s), ca });
            QVERIFY(!stagingId.isEmpty());
            const QString otherId = model.add({ {}, u"other"_s, QUrl(u"http://127.0.0.1:8470"_s), {} });
            QVERIFY(!otherId.isEmpty());
            QCOMPARE(model.rowCount(), 3);
            const PlatformEndpoint staging = model.endpoint(stagingId);
            QCOMPARE(staging.name, u"staging"_s); // trimmed
            QCOMPARE(staging.url, QUrl(u"https://staging.example.org"_s)); // no trailing slash
            QCOMPARE(model.findByUrl(QUrl(u"https://staging.example.org/api"_s)).id, stagingId);

            QSignalSpy active(&model, &PlatformConnectionsModel::activeChanged);
            model.setActiveId(stagingId);
            QCOMPARE(active.size(), 1);
            QVERIFY(model.index(model.rowOf(stagingId), 0).data(PlatformConnectionsModel::ActiveRole).toBool());
            QVERIFY(model.index(model.rowOf(stagingId), 0).data().toString().contains(u"in use"_s));

            QVERIFY(model.update({ otherId, u"renamed"_s, QUrl(u"http://localhost:9000"_s), {} }));
            QCOMPARE(model.endpoint(otherId).name, u"renamed"_s);
        }
        // Another start reads the same list and the same active connection, and no token anywhere.
        PlatformConnectionsModel again;
        QAbstractItemModelTester tester(&again, QAbstractItemModelTester::FailureReportingMode::QtTest);
        again.load();
        QCOMPARE(again.rowCount(), 3);
        QCOMPARE(again.activeId(), stagingId);
        QCOMPARE(again.endpoint(stagingId).caFile, ca);

        // Removing the active connection falls back to the embedded platform.
        QSignalSpy active(&again, &PlatformConnectionsModel::activeChanged);
        QVERIFY(again.remove(stagingId));
        QCOMPARE(again.rowCount(), 2);
        QCOMPARE(again.activeId(), PlatformConnectionsModel::embeddedId);
        QCOMPARE(active.size(), 1);
        PlatformConnectionsModel third;
        third.load();
        QCOMPARE(third.rowCount(), 2);
        QCOMPARE(third.activeId(), PlatformConnectionsModel::embeddedId);
    }

    void badInputSaysWhatAndWhere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << u" "_s << u"https://a.example.org"_s << QString() << u"Name:"_s;
        QTest::newRow("taken name") << u"First"_s << u"https://b.example.org"_s << QString() << u"already called"_s;
        QTest::newRow("no address") << u"b"_s << QString() << QString() << u"Address: enter"_s;
        QTest::newRow("no scheme") << u"b"_s << u"platform.example.org"_s << QString() << u"must start with https"_s;
        QTest::newRow("ftp") << u"b"_s << u"ftp://platform.example.org"_s << QString() << u"must start with https"_s;
        QTest::newRow("clear text") << u"b"_s << u"http://platform.example.org"_s << QString()
                                    << u"token unencrypted to platform.example.org"_s;
        QTest::newRow("same address") << u"b"_s << u"https://first.example.org/"_s << QString()
                                      << u"\"first\" already uses"_s;
        QTest::newRow("missing CA") << u"b"_s << u"https://b.example.org"_s << u"/no/such/ca.pem"_s
                                    << u"CA certificate: the file /no/such/ca.pem does not exist"_s;
    }

    void badInputSaysWhatAndWhere()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, caFile);
        QFETCH(QString, expected);
        PlatformConnectionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.add({ {}, u"first"_s, QUrl(u"https://first.example.org"_s), {} }).isEmpty());
        const PlatformEndpoint endpoint { {}, name, url.isEmpty() ? QUrl() : QUrl(url), caFile };
        const QString problem = model.validate(endpoint);
        QVERIFY2(problem.contains(expected), qPrintable(problem));
        QVERIFY(model.add(endpoint).isEmpty());
        QCOMPARE(model.rowCount(), 2);
        // An edit may keep its own name and address.
        const QString firstId = model.index(1, 0).data(PlatformConnectionsModel::IdRole).toString();
        QCOMPARE(model.validate({ firstId, u"first"_s, QUrl(u"https://first.example.org"_s), {} }, firstId), QString());
    }
};

QTEST_MAIN(TestPlatformConnections)
#include "tst_platformconnections.moc"
