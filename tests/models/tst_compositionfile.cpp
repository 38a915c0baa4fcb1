// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/compositionfile.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;
using namespace Qt::StringLiterals;

class TestCompositionFile : public QObject {
    Q_OBJECT

private:
    static Composition sample()
    {
        Composition composition;
        composition.name = QStringLiteral("shop");
        composition.description = QStringLiteral("A shop: front, API and worker");
        ServiceNode api { QStringLiteral("api"), QStringLiteral("typescript-service"), QStringLiteral("1.0.0"), {} };
        api.parameters.insert(QStringLiteral("name"), QStringLiteral("api"));
        api.parameters.insert(QStringLiteral("port"), 8080);
        api.parameters.insert(QStringLiteral("exposeMetrics"), true);
        api.parameters.insert(QStringLiteral("nodeVersion"), QStringLiteral("22")); // text that looks like a number
        api.parameters.insert(QStringLiteral("flag"), QStringLiteral("true")); // text that looks like a boolean
        api.parameters.insert(QStringLiteral("empty"), QString());
        api.parameters.insert(QStringLiteral("ratio"), 0.25);
        api.parameters.insert(QStringLiteral("note"), QStringLiteral("two\nlines: with # and ünïcode"));
        api.parameters.insert(QStringLiteral("tags"), QJsonArray { QStringLiteral("a"), 2, false });
        api.parameters.insert(QStringLiteral("nested"), QJsonObject { { QStringLiteral("k"), QJsonValue::Null } });
        ServiceNode web { QStringLiteral("web"), QStringLiteral("python-web-api"), QStringLiteral("1.0"), {} };
        // Hand edits, byte for byte: plain text as literal blocks, and texts a literal block cannot
        // hold (no final newline, trailing spaces, tabs, CR, leading blank line, several final newlines).
        web.overrides = {
            { QStringLiteral("deploy/k8s/service.yaml"), "kind: Service\nspec:\n  ports: [80]\n",
                "kind: Service\n# mine: ünïcode\nspec:\n\n  ports: [8080]\n" },
            { QStringLiteral("Dockerfile"), "FROM x \n\tRUN y\r\n", "\nFROM x\n\n\n" },
            { QStringLiteral("README.md"), "no newline", "  indented first line\n" },
        };
        composition.services = { web, api };
        composition.resources = {
            { QStringLiteral("orders-db"), QStringLiteral("postgres"), QStringLiteral("postgres"),
                QStringLiteral("1.0.0"), QJsonObject { { QStringLiteral("name"), QStringLiteral("orders-db") } } },
            { QStringLiteral("cache"), QStringLiteral("redis"), QStringLiteral("redis"), QStringLiteral("1.0.0"), {} },
        };
        composition.connections = {
            { QStringLiteral("web"), QStringLiteral("api"), Connection::Kind::Calls },
            { QStringLiteral("api"), QStringLiteral("orders-db"), Connection::Kind::Uses },
            { QStringLiteral("api"), QStringLiteral("cache"), Connection::Kind::Uses },
        };
        return composition;
    }

    static CompositionLayout sampleLayout()
    {
        CompositionLayout layout;
        layout.positions.insert(QStringLiteral("api"), QPointF(240, 80.5));
        layout.positions.insert(QStringLiteral("web"), QPointF(-20, 0));
        layout.positions.insert(QStringLiteral("orders-db"), QPointF(480, 160));
        return layout;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const QByteArray bytes = CompositionFile::serialize(sample(), sampleLayout());
        const CompositionLoadResult loaded = CompositionFile::parse(bytes, QStringLiteral("shop.tarmac.yaml"));
        QVERIFY2(loaded.ok(), qPrintable(joinErrors(loaded.errors)));
        QCOMPARE(loaded.composition, CompositionFile::sorted(sample()));
        QCOMPARE(loaded.layout, sampleLayout());
        // Types survive: text that looks like a number or boolean stays text.
        const QJsonObject parameters = loaded.composition.services.constFirst().parameters;
        QCOMPARE(parameters.value(QStringLiteral("nodeVersion")).toString(), QStringLiteral("22"));
        QCOMPARE(parameters.value(QStringLiteral("flag")).toString(), QStringLiteral("true"));
        QCOMPARE(parameters.value(QStringLiteral("port")).toInt(), 8080);
        QVERIFY(parameters.value(QStringLiteral("empty")).isString());
        // Writing what was read gives the same bytes.
        QCOMPARE(CompositionFile::serialize(loaded.composition, loaded.layout), bytes);
    }

    void stableOutput()
    {
        Composition shuffled = sample();
        std::reverse(shuffled.services.begin(), shuffled.services.end());
        std::reverse(shuffled.resources.begin(), shuffled.resources.end());
        std::reverse(shuffled.connections.begin(), shuffled.connections.end());
        QCOMPARE(
            CompositionFile::serialize(shuffled, sampleLayout()), CompositionFile::serialize(sample(), sampleLayout()));

        // Moving a node changes one line, in the layout block at the end.
        CompositionLayout moved = sampleLayout();
        moved.positions[QStringLiteral("web")] = QPointF(10, 20);
        const QList<QByteArray> before = CompositionFile::serialize(sample(), sampleLayout()).split('\n');
        const QList<QByteArray> after = CompositionFile::serialize(sample(), moved).split('\n');
        QCOMPARE(after.size(), before.size());
        QList<int> changed;
        for (int i = 0; i < before.size(); ++i) {
            if (before.at(i) != after.at(i))
                changed.append(i);
        }
        QCOMPARE(changed.size(), 1);
        QVERIFY(before.indexOf("layout:") < changed.constFirst());
        QCOMPARE(after.at(changed.constFirst()).trimmed(), QByteArray("web: {x: 10, y: 20}"));
    }

    void readableFormat()
    {
        const QByteArray bytes = CompositionFile::serialize(sample(), sampleLayout());
        QVERIFY(bytes.contains("apiVersion: tarmac.dev/v1\nkind: Composition\n"));
        QVERIFY(bytes.contains("  - {from: api, to: cache, kind: uses}\n"));
        QVERIFY(bytes.contains("      nodeVersion: \"22\"\n"));
        // Meaning first, layout last.
        QVERIFY(bytes.indexOf("connections:") < bytes.indexOf("layout:"));
        QVERIFY(bytes.indexOf("services:") < bytes.indexOf("resources:"));
    }

    void emptyComposition()
    {
        Composition empty;
        empty.name = QStringLiteral("nothing yet");
        const CompositionLoadResult loaded
            = CompositionFile::parse(CompositionFile::serialize(empty), QStringLiteral("empty.tarmac.yaml"));
        QVERIFY2(loaded.ok(), qPrintable(joinErrors(loaded.errors)));
        QCOMPARE(loaded.composition, empty);
        QVERIFY(loaded.layout.positions.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QByteArray head = "apiVersion: tarmac.dev/v1\nkind: Composition\nmetadata: {name: x}\n";
        const QByteArray nodes = "services:\n  - {id: api, template: typescript-service, version: \"1.0.0\"}\n"
                                 "resources:\n  - {id: db, kind: postgres, template: postgres, version: \"1.0.0\"}\n";
        QTest::newRow("syntax") << QByteArray("apiVersion: [tarmac\nkind: x\n") << 2 << 5 << u"not valid YAML"_s;
        QTest::newRow("newer version") << QByteArray("apiVersion: tarmac.dev/v2\nkind: Composition\n") << 1 << 13
                                       << u"newer Tarmac (apiVersion tarmac.dev/v2)"_s;
        QTest::newRow("foreign version") << QByteArray("apiVersion: v1\nkind: Composition\nmetadata: {name: x}\n") << 1
                                         << 13 << u"expected tarmac.dev/v1"_s;
        QTest::newRow("wrong kind") << QByteArray("apiVersion: tarmac.dev/v1\nkind: Template\nmetadata: {name: x}\n")
                                    << 2 << 7 << u"kind 'Template' is not a composition"_s;
        QTest::newRow("missing node") << head + nodes + "connections:\n  - {from: api, to: cache, kind: uses}\n"
                                      << 9 << 5 << u"there is no node 'cache'"_s;
        QTest::newRow("self edge") << head + nodes + "connections:\n  - {from: api, to: api, kind: calls}\n"
                                   << 9 << 5 << u"cannot connect to itself"_s;
        QTest::newRow("uses a service") << head
                + "services:\n  - {id: a, template: t, version: \"1\"}\n  - {id: b, template: t, version: \"1\"}\n"
                  "connections:\n  - {from: a, to: b, kind: uses}\n"
                                        << 8 << 5 << u"'b' is a service"_s;
        QTest::newRow("duplicate connection")
            << head + nodes + "connections:\n  - {from: api, to: db, kind: uses}\n  - {from: api, to: db, kind: uses}\n"
            << 10 << 5 << u"already connected"_s;
        QTest::newRow("duplicate id") << head + nodes
                + "  - {id: api, kind: redis, template: redis, version: \"1.0.0\"}\n"
                                      << 8 << 10 << u"the id 'api' is used twice"_s;
        QTest::newRow("bad id") << head + "services:\n  - {id: Api_1, template: t, version: \"1\"}\n"
                                << 5 << 10 << u"'Api_1' is not a valid id"_s;
        QTest::newRow("layout of a stranger") << head + nodes + "layout:\n  ghost: {x: 1, y: 2}\n"
                                              << 9 << 3 << u"'ghost', which is not a service or resource"_s;
        QTest::newRow("bad position") << head + nodes + "layout:\n  api: {x: left, y: 2}\n"
                                      << 9 << 8 << u"must be {x: number, y: number}"_s;
        QTest::newRow("unknown key") << head + "servces: []\n" << 4 << 1 << u"unknown key 'servces'"_s;
        QTest::newRow("missing template") << head + "services:\n  - {id: api, version: \"1\"}\n"
                                          << 5 << 5 << u"missing required key 'template'"_s;
        QTest::newRow("override outside the folder")
            << head
                + "services:\n  - id: api\n    template: t\n    version: \"1\"\n    overrides:\n"
                  "      - {path: ../etc/passwd, base: a, edited: b}\n"
            << 9 << 16 << u"override path '../etc/passwd' is not a plain path inside the service folder"_s;
        QTest::newRow("override without base") << head
                + "services:\n  - id: api\n    template: t\n    version: \"1\"\n    overrides:\n"
                  "      - {path: README.md, edited: b}\n"
                                               << 9 << 9 << u"the override of 'README.md' needs its base text"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const CompositionLoadResult loaded = CompositionFile::parse(text, QStringLiteral("bad.tarmac.yaml"));
        QVERIFY(!loaded.ok());
        const SourceError &error = loaded.errors.constFirst();
        QVERIFY2(error.message.contains(message), qPrintable(joinErrors(loaded.errors)));
        QCOMPARE(error.file, QStringLiteral("bad.tarmac.yaml"));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QCOMPARE(loaded.newerFormat, message.contains(u"newer"_s));
    }

    void saveIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.tarmac.yaml"));
        QString error;
        QVERIFY2(CompositionFile::save(sample(), sampleLayout(), path, &error), qPrintable(error));
        const CompositionLoadResult loaded = CompositionFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(joinErrors(loaded.errors)));
        QCOMPARE(loaded.composition, CompositionFile::sorted(sample()));

        // A failed save leaves nothing behind and says where.
        const QString nowhere = dir.filePath(QStringLiteral("missing/shop.tarmac.yaml"));
        QVERIFY(!CompositionFile::save(sample(), sampleLayout(), nowhere, &error));
        QVERIFY2(error.contains(nowhere), qPrintable(error));
        QVERIFY(!QFile::exists(nowhere));

        const CompositionLoadResult unreadable = CompositionFile::load(nowhere);
        QVERIFY(!unreadable.ok());
        QCOMPARE(unreadable.errors.constFirst().file, nowhere);
    }
};

QTEST_GUILESS_MAIN(TestCompositionFile)
#include "tst_compositionfile.moc"
