// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic layout (Graphviz dot, in process) of compositions of 50 and 200 nodes shaped like real
// systems: services calling a few others and using a few resources each.
#include "composition/graphlayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Tarmac;

namespace {
Composition generate(int services, int resources)
{
    QRandomGenerator random(42); // the same graph on every run
    Composition composition;
    const QStringList kinds { QStringLiteral("postgres"), QStringLiteral("redis"), QStringLiteral("queue"),
        QStringLiteral("route") };
    for (int i = 0; i < services; ++i)
        composition.services.append(
            { QStringLiteral("service-%1").arg(i), QStringLiteral("go-http-service"), QStringLiteral("1.0.0"), {} });
    for (int i = 0; i < resources; ++i) {
        const QString kind = kinds.at(i % kinds.size());
        composition.resources.append(
            { QStringLiteral("%1-%2").arg(kind).arg(i), kind, kind, QStringLiteral("1.0.0"), {} });
    }
    for (int i = 1; i < services; ++i) {
        // Each service is called by an earlier one (a tree of calls) and uses one or two resources.
        composition.connections.append({ composition.services.at(int(random.bounded(i))).id,
            composition.services.at(i).id, Connection::Kind::Calls });
    }
    for (int i = 0; i < services; ++i) {
        const int uses = 1 + int(random.bounded(2));
        for (int u = 0; u < uses; ++u) {
            const Connection connection { composition.services.at(i).id,
                composition.resources.at(int(random.bounded(resources))).id, Connection::Kind::Uses };
            if (!composition.connections.contains(connection))
                composition.connections.append(connection);
        }
    }
    return composition;
}
}

class BenchAutoLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layout_data()
    {
        QTest::addColumn<int>("services");
        QTest::addColumn<int>("resources");
        QTest::newRow("50 nodes") << 30 << 20;
        QTest::newRow("200 nodes") << 120 << 80;
    }

    void layout()
    {
        QFETCH(int, services);
        QFETCH(int, resources);
        const Composition composition = generate(services, resources);
        GraphLayout::Result result;
        QBENCHMARK
        {
            result = GraphLayout::compute(composition, QSizeF(188, 60));
        }
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.positions.size(), services + resources);
        qInfo("%d nodes, %d connections", services + resources, int(composition.connections.size()));
    }
};

QTEST_GUILESS_MAIN(BenchAutoLayout)
#include "bench_autolayout.moc"
