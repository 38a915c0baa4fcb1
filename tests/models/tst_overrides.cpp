// SPDX-License-Identifier: GPL-3.0-or-later
// Hand edits kept as overrides: three-way merges with a new render (libgit2), conflicts and their
// resolution, orphaned overrides, a template upgrade, line endings, and storage in the folder.
#include "composition/bundle.h"
#include "composition/overrides.h"
#include "templates/nunjucksengine.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// A service template named "svc" at a version, whose config.yaml is the given skeleton text.
void writeTemplate(const QString &folder, const QByteArray &version, const QByteArray &config)
{
    writeFile(folder + QStringLiteral("/svc/template.yaml"),
        "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: svc\n  tarmac:\n"
        "    kind: service\n    version: \""
            + version
            + "\"\nspec:\n  type: service\n  parameters:\n    - properties:\n        name:\n          type: string\n"
              "        replicas:\n          type: integer\n          default: 2\n"
              "  steps:\n    - id: fetch\n      action: fetch:template\n      input:\n        url: ./skeleton\n"
              "        values:\n          name: ${{ parameters.name }}\n          replicas: ${{ parameters.replicas "
              "}}\n");
    writeFile(folder + QStringLiteral("/svc/skeleton/config.yaml"), config);
}

const QByteArray configV1
    = "name: ${{ values.name }}\nreplicas: ${{ values.replicas }}\nlog: info\nport: 80\nuser: app\ntimeout: 30s\n";

}

class TestOverrides : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanMerge()
    {
        const Override override { QStringLiteral("a.txt"), "one\ntwo\nthree\nfour\n", "ONE\ntwo\nthree\nfour\n" };
        const OverrideMerge merge = Overrides::merge(override, QByteArray("one\ntwo\nthree\nFOUR\n"));
        QCOMPARE(merge.status, OverrideMerge::Status::Merged);
        QCOMPARE(merge.result.edited, QByteArray("ONE\ntwo\nthree\nFOUR\n"));
        // Rebased: the next merge starts from the new render.
        QCOMPARE(merge.result.base, QByteArray("one\ntwo\nthree\nFOUR\n"));
        QVERIFY(merge.conflicts.isEmpty());
        QVERIFY(!merge.needsAttention());
    }

    void unchangedRender()
    {
        const Override override { QStringLiteral("a.txt"), "one\n", "uno\n" };
        const OverrideMerge merge = Overrides::merge(override, QByteArray("one\n"));
        QCOMPARE(merge.status, OverrideMerge::Status::Unchanged);
        QCOMPARE(merge.result, override);
    }

    void conflictKeepsBothSides()
    {
        const Override override { QStringLiteral("deploy.yaml"), "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n",
            "a: 1\nb: mine\nc: 3\nd: 4\ne: 5\n" };
        const QByteArray render = "a: 1\nb: theirs\nc: 3\nd: 4\ne: 50\n";
        const OverrideMerge merge = Overrides::merge(override, render);
        QCOMPARE(merge.status, OverrideMerge::Status::Conflicted);
        QVERIFY(merge.needsAttention());
        QCOMPARE(merge.conflicts.size(), 1);
        QCOMPARE(merge.conflicts.at(0).line, 2);
        QCOMPARE(merge.conflicts.at(0).mine, QByteArray("b: mine\n"));
        QCOMPARE(merge.conflicts.at(0).theirs, QByteArray("b: theirs\n"));
        QCOMPARE(merge.result.edited,
            QByteArray("a: 1\n<<<<<<< mine\nb: mine\n=======\nb: theirs\n>>>>>>> template\nc: 3\nd: 4\ne: 50\n"));
        QVERIFY(Overrides::hasConflictMarkers(merge.result.edited));
        QCOMPARE(merge.result.base, render);

        const std::optional<Override> mine = Overrides::resolveAll(merge, Overrides::Resolution::TakeMine);
        QVERIFY(mine);
        QCOMPARE(mine->edited, QByteArray("a: 1\nb: mine\nc: 3\nd: 4\ne: 50\n"));
        QCOMPARE(mine->base, render);
        QCOMPARE(Overrides::resolveAll(merge, Overrides::Resolution::TakeTheirs)->edited, render);
        const std::optional<Override> edited
            = Overrides::resolve(merge, { { Overrides::Resolution::Edited, "b: both\n" } });
        QCOMPARE(edited->edited, QByteArray("a: 1\nb: both\nc: 3\nd: 4\ne: 50\n"));
        QVERIFY(!Overrides::hasConflictMarkers(edited->edited));
        QVERIFY(!Overrides::resolve(merge, {}));
    }

    void severalConflictsResolvedOneByOne()
    {
        // Far enough apart that git keeps them as two conflicts.
        const QByteArray middle = "3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        const Override override { QStringLiteral("x"), "1\n2\n" + middle + "13\n14\n", "1\nA\n" + middle + "B\n14\n" };
        const OverrideMerge merge = Overrides::merge(override, QByteArray("1\na\n" + middle + "b\n14\n"));
        QCOMPARE(merge.conflicts.size(), 2);
        const std::optional<Override> resolved = Overrides::resolve(
            merge, { { Overrides::Resolution::TakeTheirs, {} }, { Overrides::Resolution::TakeMine, {} } });
        QCOMPARE(resolved->edited, QByteArray("1\na\n" + middle + "B\n14\n"));
    }

    void overrideOnDeletedFileIsKept()
    {
        const Override override { QStringLiteral("old.txt"), "x\n", "y\n" };
        const OverrideMerge merge = Overrides::merge(override, std::nullopt);
        QCOMPARE(merge.status, OverrideMerge::Status::Orphaned);
        QVERIFY(merge.needsAttention());
        QCOMPARE(merge.result, override);
    }

    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("edited");
        QTest::addColumn<QByteArray>("render");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\nc\r\nd\r\n") << QByteArray("A\r\nb\r\nc\r\nd\r\n")
                              << QByteArray("a\r\nb\r\nc\r\nD\r\n") << QByteArray("A\r\nb\r\nc\r\nD\r\n");
        QTest::newRow("no final newline, edit at the start") << QByteArray("a\nb\nc\nd") << QByteArray("A\nb\nc\nd")
                                                             << QByteArray("a\nb\nc\nD") << QByteArray("A\nb\nc\nD");
        QTest::newRow("no final newline, render adds one") << QByteArray("a\nb\nc\nd") << QByteArray("A\nb\nc\nd")
                                                           << QByteArray("a\nb\nc\nd\n") << QByteArray("A\nb\nc\nd\n");
        QTest::newRow("crlf without final newline")
            << QByteArray("a\r\nb\r\nc\r\nd") << QByteArray("a\r\nb\r\nc\r\nd") + QByteArray("\r\ne")
            << QByteArray("x\r\nb\r\nc\r\nd") << QByteArray("x\r\nb\r\nc\r\nd\r\ne");
    }

    void lineEndings()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, edited);
        QFETCH(QByteArray, render);
        QFETCH(QByteArray, expected);
        const OverrideMerge merge = Overrides::merge({ QStringLiteral("f"), base, edited }, render);
        QCOMPARE(merge.status, OverrideMerge::Status::Merged);
        QCOMPARE(merge.result.edited, expected);
    }

    void crlfConflict()
    {
        const OverrideMerge merge = Overrides::merge(
            { QStringLiteral("f"), "a\r\nb\r\nc\r\n", "a\r\nmine\r\nc\r\n" }, QByteArray("a\r\ntheirs\r\nc\r\n"));
        QCOMPARE(merge.status, OverrideMerge::Status::Conflicted);
        QCOMPARE(merge.conflicts.size(), 1);
        QCOMPARE(merge.conflicts.at(0).mine, QByteArray("mine\r\n"));
        QCOMPARE(merge.conflicts.at(0).theirs, QByteArray("theirs\r\n"));
        QCOMPARE(
            Overrides::resolveAll(merge, Overrides::Resolution::TakeMine)->edited, QByteArray("a\r\nmine\r\nc\r\n"));
    }

    void templateUpgrade()
    {
        // Version 2 of the template changes the same file the user edited: a line apart merges,
        // the same line conflicts.
        QTemporaryDir v1;
        QTemporaryDir v2;
        writeTemplate(v1.path(), "1.0.0", configV1);
        writeTemplate(v2.path(), "2.0.0",
            "name: ${{ values.name }}\nreplicas: ${{ values.replicas }}\nlog: info\nport: 80\nuser: app\ntimeout: 60s\n"
            "metrics: true\n");
        TemplateCatalog catalog;
        catalog.setUserFolders({ v1.path(), v2.path() });
        catalog.loadNow();
        Composition composition;
        composition.services = { { QStringLiteral("orders"), QStringLiteral("svc"), QStringLiteral("1.0.0"), {} } };
        NunjucksEngine engine;
        BundleBuilder builder(engine);
        const Bundle before = builder.build({ 1, composition, catalog.entries(), {} });
        QVERIFY(before.ok());
        const QString path = QStringLiteral("config.yaml");
        const QByteArray base = before.file(QStringLiteral("services/orders/config.yaml"))->content;
        QCOMPARE(base, QByteArray("name: orders\nreplicas: 2\nlog: info\nport: 80\nuser: app\ntimeout: 30s\n"));

        composition.services[0].templateVersion = QStringLiteral("2.0.0");
        BundleRequest upgrade { 2, composition, catalog.entries(), {} };
        upgrade.overrides.insert(QStringLiteral("orders"),
            { Override { path, base, "name: orders\nreplicas: 2\nlog: debug\nport: 80\nuser: app\ntimeout: 30s\n" } });
        Bundle after = builder.build(upgrade);
        QVERIFY(after.ok());
        QCOMPARE(after.services.at(0).templateVersion, QStringLiteral("2.0.0"));
        QCOMPARE(after.merges.at(0).merge.status, OverrideMerge::Status::Merged);
        QCOMPARE(after.file(QStringLiteral("services/orders/config.yaml"))->content,
            QByteArray("name: orders\nreplicas: 2\nlog: debug\nport: 80\nuser: app\ntimeout: 60s\nmetrics: true\n"));

        upgrade.overrides[QStringLiteral("orders")][0].edited
            = "name: orders\nreplicas: 2\nlog: info\nport: 80\nuser: app\ntimeout: 45s\n";
        after = builder.build(upgrade);
        QVERIFY(after.ok()); // a conflict is not an error: both sides are kept for the user
        const OverrideMerge &merge = after.merges.at(0).merge;
        QCOMPARE(merge.status, OverrideMerge::Status::Conflicted);
        QCOMPARE(merge.conflicts.at(0).mine, QByteArray("timeout: 45s\n"));
        QCOMPARE(merge.conflicts.at(0).theirs, QByteArray("timeout: 60s\nmetrics: true\n"));
        QVERIFY(Overrides::hasConflictMarkers(after.file(QStringLiteral("services/orders/config.yaml"))->content));
    }

    void deletedFileKeptInTheBundle()
    {
        QTemporaryDir folder;
        writeTemplate(folder.path(), "1.0.0", configV1);
        TemplateCatalog catalog;
        catalog.setUserFolders({ folder.path() });
        catalog.loadNow();
        Composition composition;
        composition.services = { { QStringLiteral("orders"), QStringLiteral("svc"), QString(), {} } };
        BundleRequest request { 1, composition, catalog.entries(), {} };
        request.overrides.insert(
            QStringLiteral("orders"), { Override { QStringLiteral("gone.txt"), "was\n", "was, edited\n" } });
        NunjucksEngine engine;
        const Bundle bundle = BundleBuilder(engine).build(request);
        QVERIFY(bundle.ok());
        QCOMPARE(bundle.merges.at(0).merge.status, OverrideMerge::Status::Orphaned);
        QCOMPARE(bundle.file(QStringLiteral("services/orders/gone.txt"))->content, QByteArray("was, edited\n"));
        QCOMPARE(bundle.file(QStringLiteral("services/orders/.tarmac/overrides/gone.txt.base"))->content,
            QByteArray("was\n"));
        QCOMPARE(bundle.services.at(0).overrides, QStringList { QStringLiteral("gone.txt") });
    }

    void storedInTheServiceFolder()
    {
        QTemporaryDir dir;
        const Override override { QStringLiteral("deploy/k8s/deployment.yaml"), "base\n", "edited\n" };
        QString error;
        QVERIFY2(Overrides::save(dir.path(), override, &error), qPrintable(error));
        QFile base(dir.filePath(QStringLiteral(".tarmac/overrides/deploy/k8s/deployment.yaml.base")));
        QVERIFY(base.open(QIODevice::ReadOnly));
        QCOMPARE(base.readAll(), QByteArray("base\n"));
        const std::optional<Override> loaded = Overrides::load(dir.path(), override.path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, override);
        QVERIFY(!Overrides::load(dir.path(), QStringLiteral("other.yaml"), &error));
        QVERIFY2(error.contains(QStringLiteral(".tarmac/overrides/other.yaml.base")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestOverrides)
#include "tst_overrides.moc"
