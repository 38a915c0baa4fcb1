// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/workareamodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QKeySequence>
#include <QTest>

using namespace Tarmac;

class TestWorkAreaModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesModelTester()
    {
        WorkAreaModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowCount(model.index(0)), 0);
    }

    void listsPagesInOrder_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("shortcut");
        QTest::newRow("compose") << 0 << "compose" << "Compose" << "Ctrl+1";
        QTest::newRow("deploy") << 1 << "deploy" << "Deploy" << "Ctrl+2";
        QTest::newRow("metrics") << 2 << "metrics" << "Metrics" << "Ctrl+3";
        QTest::newRow("assess") << 3 << "assess" << "Assess" << "Ctrl+4";
    }

    void listsPagesInOrder()
    {
        QFETCH(int, row);
        QFETCH(QString, id);
        QFETCH(QString, title);
        QFETCH(QString, shortcut);
        WorkAreaModel model;
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(WorkAreaModel::IdRole).toString(), id);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), title);
        QCOMPARE(index.data(WorkAreaModel::ShortcutRole).value<QKeySequence>().toString(QKeySequence::PortableText),
            shortcut);
        QVERIFY(!index.data(WorkAreaModel::SummaryRole).toString().isEmpty());
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(index.data(WorkAreaModel::SummaryRole).toString()));
        // The icons are compiled in; a missing one would leave the sidebar with blank space.
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().pixmap(24, 24).isNull());
        QCOMPARE(model.indexOf(WorkArea(index.data(WorkAreaModel::WorkAreaRole).toInt())), index);
    }

    void idsRoundTrip()
    {
        for (WorkArea area : allWorkAreas())
            QCOMPARE(workAreaFromId(workAreaId(area)), std::optional<WorkArea>(area));
        QCOMPARE(workAreaFromId(QStringLiteral(" Metrics ")), std::optional<WorkArea>(WorkArea::Metrics));
        QCOMPARE(workAreaFromId(QStringLiteral("dashboard")), std::nullopt);
        QCOMPARE(workAreaFromId(QString()), std::nullopt);
    }

    void documentsOpenOnTheirPage()
    {
        QCOMPARE(
            workAreaForDocument(QStringLiteral("/x/shop.tarmac.yaml")), std::optional<WorkArea>(WorkArea::Compose));
        QCOMPARE(workAreaForDocument(QStringLiteral("Q3.TARMAC-ASSESSMENT.YAML")),
            std::optional<WorkArea>(WorkArea::Assess));
        QCOMPARE(workAreaForDocument(QStringLiteral("shop.yaml")), std::nullopt);
        QCOMPARE(workAreaForDocument(QStringLiteral("tarmac.yaml.bak")), std::nullopt);
    }

    void outOfRangeIndexesHaveNoData()
    {
        WorkAreaModel model;
        QVERIFY(!model.index(4).isValid());
        QVERIFY(!model.data(model.index(4), Qt::DisplayRole).isValid());
    }
};

QTEST_MAIN(TestWorkAreaModel)
#include "tst_workareamodel.moc"
