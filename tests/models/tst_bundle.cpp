// SPDX-License-Identifier: GPL-3.0-or-later
// A composition rendered into a bundle: service folders, compose file, kustomization, records;
// byte-stable output, errors naming the node, and the renderer off the GUI thread.
#include "composition/bundle.h"
#include "composition/bundlerenderer.h"
#include "composition/drift.h"
#include "templates/nunjucksengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;

namespace {

QJsonObject serviceParameters(const QString &system = QStringLiteral("shop"))
{
    return { { QStringLiteral("owner"), QStringLiteral("group:team-shop") }, { QStringLiteral("system"), system } };
}

Composition shop()
{
    Composition c;
    c.name = QStringLiteral("Shop");
    c.services = {
        { QStringLiteral("web"), QStringLiteral("typescript-service"), QStringLiteral("1.0.0"), serviceParameters() },
        { QStringLiteral("api"), QStringLiteral("go-http-service"), QStringLiteral("1.0.0"), serviceParameters() },
        { QStringLiteral("worker"), QStringLiteral("python-web-api"), QStringLiteral("1.0.0"), serviceParameters() },
    };
    c.resources = {
        { QStringLiteral("orders-db"), QStringLiteral("postgres"), QStringLiteral("postgres"), QStringLiteral("1.0.0"),
            {} },
        { QStringLiteral("cache"), QStringLiteral("redis"), QStringLiteral("redis"), QStringLiteral("1.0.0"), {} },
        { QStringLiteral("jobs"), QStringLiteral("queue"), QStringLiteral("queue"), QStringLiteral("1.0.0"), {} },
        { QStringLiteral("shop-route"), QStringLiteral("route"), QStringLiteral("route"), QStringLiteral("1.0.0"), {} },
    };
    using K = Connection::Kind;
    c.connections = {
        { QStringLiteral("web"), QStringLiteral("api"), K::Calls },
        { QStringLiteral("web"), QStringLiteral("shop-route"), K::Uses },
        { QStringLiteral("api"), QStringLiteral("orders-db"), K::Uses },
        { QStringLiteral("api"), QStringLiteral("cache"), K::Uses },
        { QStringLiteral("api"), QStringLiteral("jobs"), K::Uses },
        { QStringLiteral("worker"), QStringLiteral("jobs"), K::Uses },
        { QStringLiteral("worker"), QStringLiteral("orders-db"), K::Uses },
    };
    return c;
}

QList<TemplateCatalog::Entry> catalogEntries(const QStringList &userFolders = {})
{
    TemplateCatalog catalog;
    catalog.setUserFolders(userFolders);
    catalog.loadNow();
    return catalog.entries();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// The api service's Kubernetes deployment as the shop composition first renders it, and with its CPU
// request edited, as a user edits it.
struct EditedDeployment {
    NunjucksEngine engine;
    BundleBuilder builder { engine };
    const QList<TemplateCatalog::Entry> catalog = catalogEntries();
    const QString path = QStringLiteral("deploy/k8s/deployment.yaml");
    const QString inFolder = QStringLiteral("services/api/") + path;
    const QByteArray base = builder.build({ 1, shop(), catalog, {} }).file(inFolder)->content;
    const QByteArray edited = QByteArray(base).replace("cpu: 100m", "cpu: 250m");
};

QString messages(const TemplateDiagnostics &diagnostics)
{
    QStringList lines;
    for (const TemplateDiagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}

}

class TestBundle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rendersServicesAndSystemFiles()
    {
        NunjucksEngine engine;
        BundleBuilder builder(engine);
        const Bundle bundle = builder.build({ 1, shop(), catalogEntries(), {} });
        QVERIFY2(bundle.ok(), qPrintable(messages(bundle.diagnostics)));
        QCOMPARE(bundle.services.size(), 3);
        QCOMPARE(bundle.services.at(0).id, QStringLiteral("api"));

        // Each service's files in its folder, rendered with its id as name and its resources.
        const BundleFile *deployment = bundle.file(QStringLiteral("services/api/deploy/k8s/deployment.yaml"));
        QVERIFY(deployment);
        QVERIFY(deployment->content.contains("name: api\n"));
        QVERIFY(deployment->content.contains("name: DATABASE_URL"));
        QVERIFY(deployment->content.contains("name: REDIS_URL"));
        QVERIFY(bundle.file(QStringLiteral("services/api/docs/resources/orders-db.md")));
        QVERIFY(!bundle.file(QStringLiteral("services/web/docs/resources/orders-db.md")));
        QVERIFY(bundle.file(QStringLiteral("services/web/deploy/k8s/httproute-shop-route.yaml")));
        QVERIFY(bundle.file(QStringLiteral("services/worker/app/main.py")));

        // The record says what the service was made from, and reads back the same.
        const BundleFile *recordFile = bundle.file(QStringLiteral("services/api/.tarmac/service.yaml"));
        QVERIFY(recordFile);
        QString error;
        const std::optional<ServiceRecord> record
            = ServiceRecord::parse(recordFile->content, QStringLiteral("service.yaml"), &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(*record, bundle.services.at(0));
        QCOMPARE(record->templateName, QStringLiteral("go-http-service"));
        QCOMPARE(record->resources.size(), 3);
        QCOMPARE(record->resources.at(0),
            (RecordedResource {
                QStringLiteral("cache"), QStringLiteral("redis"), QStringLiteral("redis"), QStringLiteral("1.0.0") }));

        // compose.yaml: services and resource containers, depends_on from the connections.
        const BundleFile *compose = bundle.file(QStringLiteral("compose.yaml"));
        QVERIFY(compose);
        const QByteArray c = compose->content;
        QVERIFY2(c.contains("  api:\n    build: ./services/api\n    depends_on:\n      - cache\n      - jobs\n"
                            "      - orders-db\n"),
            c.constData());
        QVERIFY2(c.contains("  web:\n    build: ./services/web\n    depends_on:\n      - api\n"), c.constData());
        QVERIFY(c.contains("API_URL: http://api:8080"));
        QVERIFY(c.contains("image: docker.io/library/postgres:17.2-bookworm"));
        QVERIFY(c.contains("POSTGRES_DB: api")); // rendered for the first service using it
        QVERIFY(c.contains("orders-db-password:\n    file: ./.secrets/orders-db-password"));
        QVERIFY(c.startsWith("# Generated by Tarmac"));
        QVERIFY(c.contains("\nname: shop\n"));
        QVERIFY(c.contains("      - --appendonly\n      - \"no\"\n")); // a string to YAML 1.1 readers too
        QVERIFY(!c.contains("shop-route:")); // a route has no container

        // The kustomization lists every service's manifests and nothing else.
        const BundleFile *kustomization = bundle.file(QStringLiteral("deploy/kustomization.yaml"));
        QVERIFY(kustomization);
        const QByteArray k = kustomization->content;
        QVERIFY(k.contains("  - ../services/api/deploy/k8s/deployment.yaml\n"));
        QVERIFY(k.contains("  - ../services/web/deploy/k8s/httproute-shop-route.yaml\n"));
        QVERIFY(!k.contains("otel-collector"));
        QCOMPARE(k.count("  - ../services/"), 3 * 3 + 1);

        // Sorted by path.
        for (qsizetype i = 1; i < bundle.files.size(); ++i)
            QVERIFY(bundle.files.at(i - 1).path < bundle.files.at(i).path);
    }

    void byteStable()
    {
        const QList<TemplateCatalog::Entry> catalog = catalogEntries();
        NunjucksEngine engine;
        const Bundle first = BundleBuilder(engine).build({ 1, shop(), catalog, {} });
        QVERIFY(first.ok());
        // Another engine, the nodes and connections in another order: the same bytes.
        Composition shuffled = shop();
        std::reverse(shuffled.services.begin(), shuffled.services.end());
        std::reverse(shuffled.resources.begin(), shuffled.resources.end());
        std::reverse(shuffled.connections.begin(), shuffled.connections.end());
        NunjucksEngine other;
        const Bundle second = BundleBuilder(other).build({ 2, shuffled, catalog, {} });
        QCOMPARE(second.files.size(), first.files.size());
        for (qsizetype i = 0; i < first.files.size(); ++i) {
            QCOMPARE(second.files.at(i).path, first.files.at(i).path);
            QCOMPARE(second.files.at(i).content, first.files.at(i).content);
        }
        // A parameter change shows only where it should.
        Composition changed = shop();
        changed.services[1].parameters.insert(QStringLiteral("replicas"), 5);
        const Bundle third = BundleBuilder(engine).build({ 3, changed, catalog, {} });
        QStringList differing;
        for (qsizetype i = 0; i < first.files.size(); ++i) {
            if (third.files.at(i).content != first.files.at(i).content)
                differing.append(third.files.at(i).path);
        }
        QCOMPARE(differing,
            (QStringList { QStringLiteral("services/api/.tarmac/service.yaml"),
                QStringLiteral("services/api/deploy/k8s/deployment.yaml") }));
        // A builder that keeps its last renders gives the same bytes as a fresh one.
        BundleBuilder reused(engine);
        QCOMPARE(reused.build({ 4, shop(), catalog, {} }).files, first.files);
        QCOMPARE(reused.build({ 5, changed, catalog, {} }).files, third.files);
        QCOMPARE(reused.build({ 6, shop(), catalog, {} }).files, first.files);
    }

    void errorsNameTheNode_data()
    {
        QTest::addColumn<Composition>("composition");
        QTest::addColumn<QString>("expected");
        Composition unknownTemplate = shop();
        unknownTemplate.services[0].templateName = QStringLiteral("cobol-service");
        QTest::newRow("unknown template")
            << unknownTemplate << QStringLiteral("service 'web': no template named 'cobol-service'");
        Composition badParameter = shop();
        badParameter.services[1].parameters.insert(QStringLiteral("port"), 80);
        QTest::newRow("bad parameter") << badParameter << QStringLiteral("service 'api': parameter 'port'");
        Composition dangling = shop();
        dangling.connections.append({ QStringLiteral("api"), QStringLiteral("mail"), Connection::Kind::Uses });
        QTest::newRow("dangling connection")
            << dangling << QStringLiteral("connection 'api uses mail': 'mail' is not a resource");
        Composition badId = shop();
        badId.services[2].id = QStringLiteral("../etc");
        QTest::newRow("bad id") << badId << QStringLiteral("service '../etc': the id must be");
        Composition twice = shop();
        twice.resources[1].id = QStringLiteral("api");
        QTest::newRow("id twice") << twice << QStringLiteral("resource 'api': the id is used twice");
        Composition unattachable = shop();
        unattachable.resources.append({ QStringLiteral("files"), QStringLiteral("mail"), QString(), QString(), {} });
        unattachable.connections.append({ QStringLiteral("api"), QStringLiteral("files"), Connection::Kind::Uses });
        QTest::newRow("no resource template")
            << unattachable
            << QStringLiteral("resource 'files' (used by service 'api'): no resource template for 'mail'");
    }

    void errorsNameTheNode()
    {
        QFETCH(Composition, composition);
        QFETCH(QString, expected);
        NunjucksEngine engine;
        const Bundle bundle = BundleBuilder(engine).build({ 1, composition, catalogEntries(), {} });
        QVERIFY(!bundle.ok());
        QVERIFY2(messages(bundle.diagnostics).contains(expected), qPrintable(messages(bundle.diagnostics)));
    }

    void calledServicesReachTemplatesThatAsk()
    {
        QTemporaryDir folder;
        writeFile(folder.filePath(QStringLiteral("gateway/template.yaml")),
            "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: gateway\n"
            "  tarmac:\n    kind: service\n    version: \"2.0.0\"\nspec:\n  type: service\n  parameters:\n"
            "    - properties:\n        name:\n          type: string\n        calls:\n          type: array\n"
            "  steps:\n    - id: fetch\n      action: fetch:template\n      input:\n        url: ./skeleton\n"
            "        values:\n          calls: ${{ parameters.calls }}\n");
        writeFile(folder.filePath(QStringLiteral("gateway/skeleton/upstreams.txt")),
            "{%- for c in values.calls %}${{ c.name }} ${{ c.url }}\n{% endfor %}");
        Composition c = shop();
        c.services.append({ QStringLiteral("edge"), QStringLiteral("gateway"), QString(), {} });
        c.connections.append({ QStringLiteral("edge"), QStringLiteral("web"), Connection::Kind::Calls });
        c.connections.append({ QStringLiteral("edge"), QStringLiteral("api"), Connection::Kind::Calls });
        NunjucksEngine engine;
        const Bundle bundle = BundleBuilder(engine).build({ 1, c, catalogEntries({ folder.path() }), {} });
        QVERIFY2(bundle.ok(), qPrintable(messages(bundle.diagnostics)));
        const BundleFile *upstreams = bundle.file(QStringLiteral("services/edge/upstreams.txt"));
        QVERIFY(upstreams);
        QCOMPARE(upstreams->content, QByteArray("api http://api:8080\nweb http://web:8080\n"));
        // Templates without a calls parameter are not given one.
        QVERIFY(!bundle.services.at(0).parameters.contains(QStringLiteral("calls")));
    }

    void overridesMergeIntoTheBundle()
    {
        EditedDeployment f;
        auto &[engine, builder, catalog, path, inFolder, base, edited] = f;
        Composition changed = shop();
        changed.services[1].parameters.insert(QStringLiteral("replicas"), 4);
        BundleRequest request { 2, changed, catalog, {} };
        request.overrides.insert(QStringLiteral("api"), { Override { path, base, edited } });
        const Bundle after = builder.build(request);
        QVERIFY(after.ok());
        const QByteArray merged = after.file(inFolder)->content;
        QVERIFY(merged.contains("cpu: 250m"));
        QVERIFY(merged.contains("replicas: 4"));
        QCOMPARE(after.merges.size(), 1);
        QCOMPARE(after.merges.at(0).merge.status, OverrideMerge::Status::Merged);
        // The new base is the new render, next to the service's files; the record lists it.
        QByteArray newRender = base;
        newRender.replace("replicas: 2", "replicas: 4");
        QCOMPARE(after.file(QStringLiteral("services/api/.tarmac/overrides/deploy/k8s/deployment.yaml.base"))->content,
            newRender);
        QCOMPARE(after.services.at(0).overrides, QStringList { path });
    }

    void compositionEditsGoIntoTheFolder()
    {
        QTemporaryDir dir;
        EditedDeployment f;
        auto &[engine, builder, catalog, path, inFolder, base, edited] = f;
        QVERIFY(edited != base);

        // The workbench's edit travels in the composition, merged with a parameter change.
        Composition composition = shop();
        composition.services[1].overrides = { Override { path, base, edited } };
        composition.services[1].parameters.insert(QStringLiteral("replicas"), 4);
        BundleWriter::Generation generation
            = BundleWriter::generate(builder, engine, { 2, composition, catalog, {} }, dir.path());
        QVERIFY2(generation.ok(), qPrintable(generation.problems.join(u'\n')));
        QFile written(dir.filePath(inFolder));
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray first = written.readAll();
        written.close();
        QVERIFY(first.contains("cpu: 250m"));
        QVERIFY(first.contains("replicas: 4"));
        // In the folder it is an override like any other: no drift.
        const DriftReport clean = Drift::check(dir.filePath(QStringLiteral("services/api")), catalog, engine);
        QVERIFY2(clean.error.isEmpty(), qPrintable(clean.error));
        QVERIFY(clean.differences.isEmpty());
        QCOMPARE(clean.record->overrides, QStringList { path });

        // Edited again in the workbench: generating again takes the new edit, no questions asked.
        QByteArray again = base;
        again.replace("cpu: 100m", "cpu: 500m");
        composition.services[1].overrides = { Override { path, base, again } };
        generation = BundleWriter::generate(builder, engine, { 3, composition, catalog, {} }, dir.path());
        QVERIFY2(generation.ok(), qPrintable(generation.problems.join(u'\n')));
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray second = written.readAll();
        written.close();
        QVERIFY(second.contains("cpu: 500m"));
        QVERIFY(!second.contains("cpu: 250m"));

        // Edited in the folder too: Generate stops and names the file; nothing is overwritten.
        QVERIFY(written.open(QIODevice::Append));
        written.write("# mine\n");
        written.close();
        generation = BundleWriter::generate(builder, engine, { 4, composition, catalog, {} }, dir.path());
        QCOMPARE(generation.problems.size(), 1);
        QVERIFY2(generation.problems.at(0).startsWith(inFolder + QStringLiteral(" was edited in the folder")),
            qPrintable(generation.problems.at(0)));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().endsWith("# mine\n"));
        written.close();

        // The workbench's edit dropped, the folder's own edit is a plain override that stays, base and all.
        composition.services[1].overrides.clear();
        generation = BundleWriter::generate(builder, engine, { 5, composition, catalog, {} }, dir.path());
        QVERIFY2(generation.ok(), qPrintable(generation.problems.join(u'\n')));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().endsWith("# mine\n"));
        written.close();
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("services/api/") + Overrides::basePath(path))));
    }

    // Reverting the workbench's edit and generating again leaves the rendered file and no override:
    // no base file is left behind in .tarmac/overrides.
    void revertedOverrideLeavesNoBase()
    {
        QTemporaryDir dir;
        EditedDeployment f;
        auto &[engine, builder, catalog, path, inFolder, base, edited] = f;
        const QString baseInFolder = QStringLiteral("services/api/") + Overrides::basePath(path);

        Composition composition = shop();
        composition.services[1].overrides = { Override { path, base, edited } };
        BundleWriter::Generation generation
            = BundleWriter::generate(builder, engine, { 2, composition, catalog, {} }, dir.path());
        QVERIFY2(generation.ok(), qPrintable(generation.problems.join(u'\n')));
        QVERIFY(QFile::exists(dir.filePath(baseInFolder)));

        composition.services[1].overrides.clear();
        generation = BundleWriter::generate(builder, engine, { 3, composition, catalog, {} }, dir.path());
        QVERIFY2(generation.ok(), qPrintable(generation.problems.join(u'\n')));
        QVERIFY(!QFile::exists(dir.filePath(baseInFolder)));
        QVERIFY2(generation.removed.contains(baseInFolder), qPrintable(generation.removed.join(u' ')));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("services/api/.tarmac/overrides"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("services/api/.tarmac/service.yaml"))));
        QFile written(dir.filePath(inFolder));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), base);
        const DriftReport clean = Drift::check(dir.filePath(QStringLiteral("services/api")), catalog, engine);
        QVERIFY2(clean.error.isEmpty(), qPrintable(clean.error));
        QVERIFY(clean.differences.isEmpty());
        QVERIFY(clean.record->overrides.isEmpty());
        // The other services' files are untouched by the clean-up.
        QVERIFY(!generation.removed.contains(inFolder));
    }

    void resourceParametersReachTheRender()
    {
        NunjucksEngine engine;
        BundleBuilder builder(engine);
        const QList<TemplateCatalog::Entry> catalog = catalogEntries();
        const Bundle plain = builder.build({ 1, shop(), catalog, {} });
        QVERIFY2(plain.ok(), qPrintable(messages(plain.diagnostics)));
        QVERIFY(
            plain.file(QLatin1String(Bundle::ComposeFile))->content.contains("postgres:17.2-bookworm")); // the default

        Composition changed = shop();
        changed.resources[0].parameters.insert(QStringLiteral("imageTag"), QStringLiteral("16.4-bookworm"));
        // The attachment's own values are the renderer's to set: a node's stale name or service is ignored.
        changed.resources[0].parameters.insert(QStringLiteral("service"), QStringLiteral("somebody-else"));
        const Bundle bundle = builder.build({ 2, changed, catalog, {} });
        QVERIFY2(bundle.ok(), qPrintable(messages(bundle.diagnostics)));
        const QByteArray compose = bundle.file(QLatin1String(Bundle::ComposeFile))->content;
        QVERIFY(compose.contains("postgres:16.4-bookworm"));
        QVERIFY(!compose.contains("17.2-bookworm"));
        QVERIFY(!compose.contains("somebody-else"));
        // The services' records carry the value, so that drift renders them the same way again.
        const ServiceRecord &api = bundle.services.at(0);
        QCOMPARE(api.id, QStringLiteral("api"));
        const auto db = std::ranges::find(api.resources, QStringLiteral("orders-db"), &RecordedResource::name);
        QVERIFY(db != api.resources.cend());
        QCOMPARE(db->parameters, (QJsonObject { { QStringLiteral("imageTag"), QStringLiteral("16.4-bookworm") } }));
        QString error;
        const std::optional<ServiceRecord> reread = ServiceRecord::parse(api.serialize(), QStringLiteral("x"), &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(*reread, api);
        // Resources without values keep their records as they were.
        QVERIFY(!plain.file(QStringLiteral("services/api/.tarmac/service.yaml"))->content.contains("parameters: {}"));
        QVERIFY(std::ranges::all_of(plain.services, [](const ServiceRecord &r) {
            return std::ranges::all_of(r.resources, [](const RecordedResource &x) { return x.parameters.isEmpty(); });
        }));

        // A bad value is refused, naming the resource and the parameter.
        changed.resources[0].parameters.insert(QStringLiteral("imageTag"), QStringLiteral("latest; rm -rf"));
        const Bundle bad = builder.build({ 3, changed, catalog, {} });
        QVERIFY(!bad.ok());
        QVERIFY2(messages(bad.diagnostics).contains(QStringLiteral("resource 'orders-db': parameter 'imageTag'")),
            qPrintable(messages(bad.diagnostics)));
    }

    void rendererCoalescesAndCancels()
    {
        BundleRenderer renderer;
        QSignalSpy finished(&renderer, &BundleRenderer::finished);
        QSignalSpy started(&renderer, &BundleRenderer::started);
        const QList<TemplateCatalog::Entry> catalog = catalogEntries();
        renderer.request({ 0, shop(), catalog, {} });
        Composition second = shop();
        second.services[1].parameters.insert(QStringLiteral("replicas"), 3);
        renderer.request({ 0, second, catalog, {} });
        Composition third = shop();
        third.services[1].parameters.insert(QStringLiteral("replicas"), 7);
        const quint64 latest = renderer.request({ 0, third, catalog, {} });
        QTRY_VERIFY_WITH_TIMEOUT(!renderer.isBusy(), 60000);
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(started.size(), 2); // the first request, then the latest; the middle one never ran
        const Bundle bundle = finished.at(0).at(0).value<Bundle>();
        QCOMPARE(bundle.requestId, latest);
        QVERIFY(
            bundle.file(QStringLiteral("services/api/deploy/k8s/deployment.yaml"))->content.contains("replicas: 7"));

        // Cancelled: nothing arrives, and the renderer is free again.
        renderer.request({ 0, shop(), catalog, {} });
        renderer.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!renderer.isBusy(), 60000);
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        // And it renders again afterwards.
        renderer.request({ 0, shop(), catalog, {} });
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    }

    void rendererGeneratesIntoAFolder()
    {
        QTemporaryDir dir;
        BundleRenderer renderer;
        QSignalSpy generated(&renderer, &BundleRenderer::generated);
        const quint64 id = renderer.generate({ 0, shop(), catalogEntries(), {} }, dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(generated.size(), 1, 60000);
        const auto generation = generated.at(0).at(0).value<BundleWriter::Generation>();
        QCOMPARE(generation.requestId, id);
        QVERIFY2(generation.ok(), qPrintable(generation.problems.join(QLatin1Char('\n'))));
        QCOMPARE(generation.files, generation.bundle.files.size());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("services/api/.tarmac/service.yaml"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("compose.yaml"))));
        // A hand edit stops the next Generate, naming the file.
        QFile readme(dir.filePath(QStringLiteral("services/web/README.md")));
        QVERIFY(readme.open(QIODevice::Append));
        readme.write("mine\n");
        readme.close();
        renderer.generate({ 0, shop(), catalogEntries(), {} }, dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(generated.size(), 2, 60000);
        const QStringList problems = generated.at(1).at(0).value<BundleWriter::Generation>().problems;
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).startsWith(QStringLiteral("services/web/README.md was edited by hand")),
            qPrintable(problems.at(0)));
    }

    void recordKeepsTypes()
    {
        ServiceRecord record;
        record.id = QStringLiteral("api");
        record.templateName = QStringLiteral("go-http-service");
        record.templateVersion = QStringLiteral("1.0.0");
        record.parameters = { { QStringLiteral("goVersion"), QStringLiteral("1.24") }, { QStringLiteral("port"), 8080 },
            { QStringLiteral("flag"), QStringLiteral("true") }, { QStringLiteral("on"), true },
            { QStringLiteral("text"), QStringLiteral("two\nlines: yes") }, { QStringLiteral("empty"), QString() },
            { QStringLiteral("ratio"), 0.25 },
            { QStringLiteral("list"), QJsonArray { 1, QStringLiteral("007"), QJsonObject {} } } };
        record.overrides = { QStringLiteral("b.txt"), QStringLiteral("a.txt") };
        QString error;
        const std::optional<ServiceRecord> back = ServiceRecord::parse(record.serialize(), QStringLiteral("x"), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->parameters, record.parameters);
        QCOMPARE(back->overrides, (QStringList { QStringLiteral("a.txt"), QStringLiteral("b.txt") }));
        QVERIFY(!ServiceRecord::parse("id: [unclosed\n", QStringLiteral("broken.yaml"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("broken.yaml:2:1: not valid YAML")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
