// SPDX-License-Identifier: GPL-3.0-or-later
// Drift of generated service folders, recording hand edits as overrides, and generating again into
// a folder without losing hand edits.
#include "composition/bundle.h"
#include "composition/drift.h"
#include "templates/nunjucksengine.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;

namespace {

Composition system()
{
    Composition c;
    c.name = QStringLiteral("shop");
    const QJsonObject parameters { { QStringLiteral("owner"), QStringLiteral("group:team-shop") },
        { QStringLiteral("system"), QStringLiteral("shop") } };
    c.services = { { QStringLiteral("api"), QStringLiteral("go-http-service"), QStringLiteral("1.0.0"), parameters },
        { QStringLiteral("web"), QStringLiteral("python-web-api"), QStringLiteral("1.0.0"), parameters } };
    c.resources = { { QStringLiteral("cache"), QStringLiteral("redis"), QStringLiteral("redis"), {}, {} } };
    c.connections = { { QStringLiteral("api"), QStringLiteral("cache"), Connection::Kind::Uses },
        { QStringLiteral("web"), QStringLiteral("api"), Connection::Kind::Calls } };
    return c;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

void writeTemplate(const QString &folder, const QByteArray &version, bool withExtra, const QByteArray &config = {})
{
    QVERIFY(writeFile(folder + QStringLiteral("/svc/template.yaml"),
        "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: svc\n  tarmac:\n"
        "    kind: service\n    version: \""
            + version
            + "\"\nspec:\n  type: service\n  parameters:\n    - properties:\n        name:\n          type: string\n"
              "  steps:\n    - id: fetch\n      action: fetch:template\n      input:\n        url: ./skeleton\n"
              "        values:\n          name: ${{ parameters.name }}\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/svc/skeleton/config.yaml"),
        config.isEmpty() ? QByteArray("name: ${{ values.name }}\n") : config));
    if (withExtra)
        QVERIFY(writeFile(folder + QStringLiteral("/svc/skeleton/extra.txt"), "generated\n"));
}

}

class TestDrift : public QObject {
    Q_OBJECT

    NunjucksEngine m_engine;
    QList<TemplateCatalog::Entry> m_catalog;

    // What tarmacctl compose and the workbench's Generate do.
    BundleWriter::Written generate(const Composition &composition, const QString &dir,
        const QList<TemplateCatalog::Entry> &catalog, Bundle *out = nullptr)
    {
        BundleBuilder builder(m_engine);
        const BundleWriter::Generation generation
            = BundleWriter::generate(builder, m_engine, { 1, composition, catalog, {} }, dir);
        if (out)
            *out = generation.bundle;
        return { generation.problems, generation.removed, generation.files };
    }

private Q_SLOTS:
    void initTestCase()
    {
        TemplateCatalog catalog;
        catalog.loadNow();
        m_catalog = catalog.entries();
    }

    void cleanAfterGenerate()
    {
        QTemporaryDir dir;
        const BundleWriter::Written written = generate(system(), dir.path(), m_catalog);
        QVERIFY2(written.problems.isEmpty(), qPrintable(written.problems.join(QLatin1Char('\n'))));
        QVERIFY(written.files > 20);
        for (const QString &id : { QStringLiteral("api"), QStringLiteral("web") }) {
            const DriftReport report
                = Drift::check(dir.filePath(QStringLiteral("services/") + id), m_catalog, m_engine);
            QVERIFY2(report.clean(), qPrintable(report.error + report.summary().join(QLatin1Char('\n'))));
            QCOMPARE(report.record->id, id);
        }
        QVERIFY(readFile(dir.filePath(QStringLiteral("compose.yaml"))).contains("API_URL: http://api:8080"));
        // Generating the same again changes nothing and is allowed.
        QVERIFY(generate(system(), dir.path(), m_catalog).problems.isEmpty());
    }

    void handEditsAreDrift()
    {
        QTemporaryDir dir;
        QVERIFY(generate(system(), dir.path(), m_catalog).problems.isEmpty());
        const QString api = dir.filePath(QStringLiteral("services/api"));
        QByteArray deployment = readFile(api + QStringLiteral("/deploy/k8s/deployment.yaml"));
        deployment.replace("cpu: 100m", "cpu: 250m");
        QVERIFY(writeFile(api + QStringLiteral("/deploy/k8s/deployment.yaml"), deployment));
        QVERIFY(writeFile(api + QStringLiteral("/notes.txt"), "mine\n"));
        QVERIFY(QFile::remove(api + QStringLiteral("/README.md")));

        const DriftReport report = Drift::check(api, m_catalog, m_engine);
        QVERIFY(report.error.isEmpty());
        QVERIFY(!report.clean());
        QCOMPARE(report.summary(),
            (QStringList { QStringLiteral("missing: README.md"), QStringLiteral("changed: deploy/k8s/deployment.yaml"),
                QStringLiteral("added: notes.txt") }));
        const QByteArray diff = report.diff();
        QVERIFY2(
            diff.contains("--- a/deploy/k8s/deployment.yaml\n+++ b/deploy/k8s/deployment.yaml\n"), diff.constData());
        QVERIFY(diff.contains("\n-              cpu: 100m\n+              cpu: 250m\n"));
        QVERIFY(diff.contains("--- /dev/null\n+++ b/notes.txt\n@@ -0,0 +1 @@\n+mine\n"));
        QVERIFY(diff.contains("--- a/README.md\n+++ /dev/null\n"));
    }

    void overridesSurviveAndMerge()
    {
        QTemporaryDir dir;
        QVERIFY(generate(system(), dir.path(), m_catalog).problems.isEmpty());
        const QString api = dir.filePath(QStringLiteral("services/api"));
        const QString path = QStringLiteral("deploy/k8s/deployment.yaml");
        QByteArray deployment = readFile(api + QLatin1Char('/') + path);
        deployment.replace("cpu: 100m", "cpu: 250m");
        QVERIFY(writeFile(api + QLatin1Char('/') + path, deployment));

        // A hand edit that is not an override stops generation, naming the file.
        BundleWriter::Written written = generate(system(), dir.path(), m_catalog);
        QCOMPARE(written.problems.size(), 1);
        QVERIFY2(written.problems.at(0).startsWith(QStringLiteral(
                     "services/api/deploy/k8s/deployment.yaml was edited by hand and is not an override")),
            qPrintable(written.problems.at(0)));
        QCOMPARE(readFile(api + QLatin1Char('/') + path), deployment);

        QString error;
        QVERIFY2(Drift::recordOverride(api, path, m_catalog, m_engine, &error), qPrintable(error));
        QVERIFY(Drift::check(api, m_catalog, m_engine).clean());
        QVERIFY(QFile::exists(api + QStringLiteral("/.tarmac/overrides/deploy/k8s/deployment.yaml.base")));

        // A new parameter merges into the edit; the folder stays clean.
        Composition changed = system();
        changed.services[0].parameters.insert(QStringLiteral("replicas"), 4);
        Bundle bundle;
        written = generate(changed, dir.path(), m_catalog, &bundle);
        QVERIFY2(written.problems.isEmpty(), qPrintable(written.problems.join(QLatin1Char('\n'))));
        QCOMPARE(bundle.merges.size(), 1);
        QCOMPARE(bundle.merges.at(0).merge.status, OverrideMerge::Status::Merged);
        const QByteArray merged = readFile(api + QLatin1Char('/') + path);
        QVERIFY(merged.contains("cpu: 250m"));
        QVERIFY(merged.contains("replicas: 4"));
        const DriftReport report = Drift::check(api, m_catalog, m_engine);
        QVERIFY2(report.clean(), qPrintable(report.error + report.summary().join(QLatin1Char('\n'))));
        QVERIFY(readFile(api + QStringLiteral("/.tarmac/service.yaml"))
                .contains("overrides:\n  - deploy/k8s/deployment.yaml\n"));

        // An override made on an older render is drift until generated again.
        QByteArray record = readFile(api + QStringLiteral("/.tarmac/service.yaml"));
        record.replace("replicas: 4", "replicas: 5");
        QVERIFY(writeFile(api + QStringLiteral("/.tarmac/service.yaml"), record));
        QCOMPARE(Drift::check(api, m_catalog, m_engine).summary(),
            QStringList { QStringLiteral("changed: deploy/k8s/deployment.yaml (an override made on an older render; "
                                         "generate again to merge it)") });
    }

    void detachedResourceFilesGo()
    {
        QTemporaryDir dir;
        QVERIFY(generate(system(), dir.path(), m_catalog).problems.isEmpty());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("services/api/docs/resources/cache.md"))));
        Composition detached = system();
        detached.connections.removeFirst();
        const BundleWriter::Written written = generate(detached, dir.path(), m_catalog);
        QVERIFY(written.problems.isEmpty());
        QCOMPARE(written.removed, QStringList { QStringLiteral("services/api/docs/resources/cache.md") });
        QVERIFY(Drift::check(dir.filePath(QStringLiteral("services/api")), m_catalog, m_engine).clean());
    }

    void refusesFilesTarmacDidNotWrite()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("services/web/README.md")), "my own readme\n"));
        BundleWriter::Written written = generate(system(), dir.path(), m_catalog);
        QCOMPARE(written.problems,
            QStringList {
                QStringLiteral("services/web/README.md exists and was not generated by Tarmac; move it away first") });
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("compose.yaml")))); // nothing written
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("services/web/README.md"))));
        QVERIFY(generate(system(), dir.path(), m_catalog).problems.isEmpty());
        // The system files are overwritten only while they are as Tarmac wrote them.
        QByteArray compose = readFile(dir.filePath(QStringLiteral("compose.yaml")));
        compose.append("# mine\n");
        QVERIFY(writeFile(dir.filePath(QStringLiteral("compose.yaml")), compose));
        written = generate(system(), dir.path(), m_catalog);
        QCOMPARE(written.problems.size(), 1);
        QVERIFY(written.problems.at(0).startsWith(QStringLiteral("compose.yaml was edited by hand")));
    }

    void errors()
    {
        QTemporaryDir dir;
        DriftReport report = Drift::check(dir.path(), m_catalog, m_engine);
        QVERIFY(report.error.contains(QStringLiteral("no service record")));
        QVERIFY(generate(system(), dir.path(), m_catalog).problems.isEmpty());
        const QString record = dir.filePath(QStringLiteral("services/api/.tarmac/service.yaml"));
        QByteArray text = readFile(record);
        text.replace("version: 1.0.0\n", "version: 9.9.9\n");
        QVERIFY(writeFile(record, text));
        report = Drift::check(dir.filePath(QStringLiteral("services/api")), m_catalog, m_engine);
        QVERIFY2(report.error.contains(QStringLiteral("service 'api': template go-http-service version 9.9.9 is not "
                                                      "available (the catalog has version 1.0.0)")),
            qPrintable(report.error));
        QVERIFY(writeFile(record, "id: [broken\n"));
        report = Drift::check(dir.filePath(QStringLiteral("services/api")), m_catalog, m_engine);
        QVERIFY2(report.error.contains(QStringLiteral("service.yaml:2:1: not valid YAML")), qPrintable(report.error));
    }

    void conflictsAreShownUntilResolved()
    {
        QTemporaryDir v1;
        QTemporaryDir v2;
        writeTemplate(v1.path(), "1.0.0", false, "name: ${{ values.name }}\ntimeout: 30s\n");
        writeTemplate(v2.path(), "2.0.0", false, "name: ${{ values.name }}\ntimeout: 60s\n");
        TemplateCatalog catalog;
        catalog.setUserFolders({ v1.path(), v2.path() });
        catalog.loadNow();
        Composition composition;
        composition.services = { { QStringLiteral("orders"), QStringLiteral("svc"), QStringLiteral("1.0.0"), {} } };
        QTemporaryDir dir;
        QVERIFY(generate(composition, dir.path(), catalog.entries()).problems.isEmpty());
        const QString service = dir.filePath(QStringLiteral("services/orders"));
        const QString config = service + QStringLiteral("/config.yaml");
        QVERIFY(writeFile(config, "name: orders\ntimeout: 45s\n"));
        QString error;
        QVERIFY(Drift::recordOverride(service, QStringLiteral("config.yaml"), catalog.entries(), m_engine, &error));

        composition.services[0].templateVersion = QStringLiteral("2.0.0");
        Bundle bundle;
        QVERIFY(generate(composition, dir.path(), catalog.entries(), &bundle).problems.isEmpty());
        QCOMPARE(bundle.merges.at(0).merge.status, OverrideMerge::Status::Conflicted);
        QCOMPARE(readFile(config),
            QByteArray("name: orders\n<<<<<<< mine\ntimeout: 45s\n=======\ntimeout: 60s\n>>>>>>> template\n"));
        QCOMPARE(Drift::check(service, catalog.entries(), m_engine).summary(),
            QStringList { QStringLiteral("conflict: config.yaml still holds conflict markers") });
        const BundleWriter::Written again = generate(composition, dir.path(), catalog.entries());
        QCOMPARE(again.problems,
            QStringList {
                QStringLiteral("services/orders/config.yaml still holds conflict markers; resolve them first") });

        // Resolved in the file (take mine): clean, and the override now sits on version 2's render.
        QVERIFY(writeFile(
            config, Overrides::resolveAll(bundle.merges.at(0).merge, Overrides::Resolution::TakeMine)->edited));
        const DriftReport report = Drift::check(service, catalog.entries(), m_engine);
        QVERIFY2(report.clean(), qPrintable(report.summary().join(QLatin1Char('\n'))));
        QCOMPARE(readFile(config), QByteArray("name: orders\ntimeout: 45s\n"));
    }

    void overrideOnFileNoLongerGenerated()
    {
        QTemporaryDir v1;
        QTemporaryDir v2;
        writeTemplate(v1.path(), "1.0.0", true);
        writeTemplate(v2.path(), "2.0.0", false);
        TemplateCatalog catalog;
        catalog.setUserFolders({ v1.path(), v2.path() });
        catalog.loadNow();
        Composition composition;
        composition.services = { { QStringLiteral("orders"), QStringLiteral("svc"), QStringLiteral("1.0.0"), {} } };
        QTemporaryDir dir;
        QVERIFY(generate(composition, dir.path(), catalog.entries()).problems.isEmpty());
        const QString service = dir.filePath(QStringLiteral("services/orders"));
        QVERIFY(writeFile(service + QStringLiteral("/extra.txt"), "generated, then edited\n"));
        QString error;
        QVERIFY(Drift::recordOverride(service, QStringLiteral("extra.txt"), catalog.entries(), m_engine, &error));

        composition.services[0].templateVersion = QStringLiteral("2.0.0");
        Bundle bundle;
        const BundleWriter::Written written = generate(composition, dir.path(), catalog.entries(), &bundle);
        QVERIFY2(written.problems.isEmpty(), qPrintable(written.problems.join(QLatin1Char('\n'))));
        QCOMPARE(bundle.merges.at(0).merge.status, OverrideMerge::Status::Orphaned);
        QCOMPARE(readFile(service + QStringLiteral("/extra.txt")), QByteArray("generated, then edited\n"));
        const DriftReport report = Drift::check(service, catalog.entries(), m_engine);
        QCOMPARE(report.summary(),
            QStringList { QStringLiteral(
                "orphaned override: extra.txt is no longer produced by the template; the edit is kept") });
    }
};

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
