// SPDX-License-Identifier: GPL-3.0-or-later
// Every template Tarmac ships, rendered across its parameter values with every resource kind:
// the YAML parses, Kubernetes objects have what the API server requires, no secret values, no path
// outside the output, and the promised files are there.
#include "templates/nunjucksengine.h"
#include "templates/parameterschema.h"
#include "templates/precompiledtemplates.h"
#include "templates/templatecatalog.h"
#include "templates/templatelinter.h"
#include "templates/templaterenderer.h"

#include <QTest>

using namespace Tarmac;

class TestShippedTemplates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_catalog.loadNow();
        for (const TemplateDiagnostic &d : m_catalog.diagnostics())
            qWarning().noquote() << d.toString();
        QVERIFY(m_catalog.diagnostics().isEmpty());
    }

    void catalogHasWhatTheIssueAsks()
    {
        QSet<QString> languages;
        int services = 0;
        int resources = 0;
        for (const TemplateCatalog::Entry &e : m_catalog.entries()) {
            if (e.manifest.kind == TemplateManifest::Kind::Service)
                ++services;
            else
                ++resources;
            QVERIFY2(!e.manifest.description.isEmpty(), qPrintable(e.manifest.name));
            QCOMPARE(e.source, QStringLiteral("built-in"));
        }
        QVERIFY(services >= 4);
        QVERIFY(resources >= 4);
    }

    void servicesRender_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("parameters");
        QTest::addColumn<QStringList>("resources");
        for (const TemplateCatalog::Entry &e : m_catalog.entries()) {
            if (e.manifest.kind != TemplateManifest::Kind::Service)
                continue;
            const QString name = e.manifest.name;
            QJsonObject base = TemplateLinter::sampleParameters(e.manifest);
            base.insert(QStringLiteral("name"), QStringLiteral("orders-api"));
            base.insert(QStringLiteral("owner"), QStringLiteral("group:default/team-a"));
            base.insert(QStringLiteral("system"), QStringLiteral("shop"));
            QTest::addRow("%s defaults", qPrintable(name)) << name << base << QStringList();
            QTest::addRow("%s all resources", qPrintable(name)) << name << base << e.manifest.attachableResources;
            for (const QString &kind : e.manifest.attachableResources)
                QTest::addRow("%s + %s", qPrintable(name), qPrintable(kind)) << name << base << QStringList { kind };
            // Every enum and boolean value, one field at a time, with every resource attached.
            const ParameterSchema schema(e.manifest.parameterPages);
            for (const ParameterField &f : schema.fields(base)) {
                QJsonArray values = f.enumValues;
                if (f.type == QLatin1String("boolean"))
                    values = { true, false };
                for (const QJsonValue &v : values) {
                    QJsonObject p = base;
                    p.insert(f.name, v);
                    QTest::addRow(
                        "%s %s=%s", qPrintable(name), qPrintable(f.name), qPrintable(v.toVariant().toString()))
                        << name << p << e.manifest.attachableResources;
                }
            }
            QJsonObject withRepo = base;
            withRepo.insert(QStringLiteral("repoUrl"), QStringLiteral("github.com?owner=acme&repo=orders-api"));
            QTest::addRow("%s with repository", qPrintable(name))
                << name << withRepo << QStringList { QStringLiteral("route") };
        }
    }

    void servicesRender()
    {
        QFETCH(QString, name);
        QFETCH(QJsonObject, parameters);
        QFETCH(QStringList, resources);
        const std::optional<TemplateCatalog::Entry> entry = m_catalog.find(name);
        QVERIFY(entry);
        QList<ResourceAttachment> attachments;
        for (const QString &kind : resources)
            attachments.append({ kind, kind == QLatin1String("postgres") ? QStringLiteral("orders-db") : kind });
        TemplateRenderer renderer(m_engine);
        const RenderResult result = renderer.render(m_catalog.request(*entry, parameters, attachments));
        QVERIFY2(result.ok(), qPrintable(result.diagnostics.value(0).toString()));
        for (const TemplateDiagnostic &d : result.diagnostics)
            QVERIFY2(d.severity != TemplateDiagnostic::Severity::Warning, qPrintable(d.toString()));

        for (const QString &required : { QStringLiteral("Dockerfile"), QStringLiteral(".github/workflows/ci.yaml"),
                 QStringLiteral(".gitlab-ci.yml"), QStringLiteral("deploy/k8s/deployment.yaml"),
                 QStringLiteral("deploy/k8s/service.yaml"), QStringLiteral("deploy/k8s/networkpolicy.yaml"),
                 QStringLiteral("catalog-info.yaml"), QStringLiteral("score.yaml"),
                 QStringLiteral("deploy/otel-collector.yaml"), QStringLiteral("README.md"),
                 QStringLiteral("compose.yaml") })
            QVERIFY2(result.file(required), qPrintable(required));
        QCOMPARE(bool(result.file(QStringLiteral("deploy/k8s/httproute-route.yaml"))),
            resources.contains(QStringLiteral("route")));

        for (const RenderedFile &file : result.files) {
            if (file.skipped || file.directory)
                continue;
            QVERIFY2(!file.path.startsWith(QLatin1Char('/')) && !file.path.contains(QLatin1String("..")),
                qPrintable(file.path));
            // No nunjucks syntax left over, no GitHub expression eaten.
            QVERIFY2(!file.content.contains("{%"), qPrintable(file.path));
            for (const TemplateDiagnostic &d : TemplateLinter::checkGeneratedFile(file.path, file.content))
                QVERIFY2(false, qPrintable(d.toString()));
        }
        const QByteArray workflow = result.file(QStringLiteral(".github/workflows/ci.yaml"))->content;
        QVERIFY(workflow.contains("${{ secrets.GITHUB_TOKEN }}"));
        QVERIFY(workflow.contains("${{ github.sha }}"));
        const QByteArray catalogInfo = result.file(QStringLiteral("catalog-info.yaml"))->content;
        QVERIFY(catalogInfo.contains(QByteArray("tarmac.dev/template: \"" + name.toUtf8() + "\"")));
        QVERIFY(catalogInfo.contains("tarmac.dev/template-version: \"1.0.0\""));
        const QByteArray deployment = result.file(QStringLiteral("deploy/k8s/deployment.yaml"))->content;
        QVERIFY(deployment.contains("runAsNonRoot: true"));
        QVERIFY(deployment.contains("readOnlyRootFilesystem: true"));
        if (resources.contains(QStringLiteral("postgres"))) {
            QVERIFY(deployment.contains("name: DATABASE_URL"));
            QVERIFY(deployment.contains("name: orders-db-credentials"));
            QVERIFY(result.file(QStringLiteral("deploy/k8s/networkpolicy.yaml"))->content.contains("port: 5432"));
            QVERIFY(result.file(QStringLiteral("score.yaml"))->content.contains("type: postgres"));
            QVERIFY(result.file(QStringLiteral("compose.yaml"))->content.contains("orders-db:"));
        }
        const QByteArray dockerfile = result.file(QStringLiteral("Dockerfile"))->content;
        QVERIFY(dockerfile.contains("USER "));

        // The code the build compiled renders byte for byte what nunjucks compiling at run time does.
        TemplateRenderer compilingRenderer(m_compilingEngine);
        const RenderResult compiled = compilingRenderer.render(m_catalog.request(*entry, parameters, attachments));
        QCOMPARE(compiled.files.size(), result.files.size());
        for (qsizetype i = 0; i < result.files.size(); ++i) {
            QCOMPARE(compiled.files.at(i).path, result.files.at(i).path);
            QCOMPARE(compiled.files.at(i).content, result.files.at(i).content);
        }
    }

    // Rendering a built-in template runs the build's compiled code: nunjucks' compiler, parser and
    // lexer are never loaded (what makes `tarmacctl render` start fast).
    void builtInTemplatesNeedNoCompiler_data()
    {
        QTest::addColumn<bool>("precompiled");
        QTest::addRow("precompiled") << true;
        QTest::addRow("compiled at run time") << false;
    }

    void builtInTemplatesNeedNoCompiler()
    {
        QFETCH(bool, precompiled);
        if (PrecompiledTemplates::instance().size() == 0)
            QSKIP("this build has no precompiled templates (no node or Python when it was configured)");
        NunjucksEngine engine(precompiled ? NunjucksEngine::Precompiled::Use : NunjucksEngine::Precompiled::Ignore);
        const std::optional<TemplateCatalog::Entry> entry = m_catalog.find(QStringLiteral("go-http-service"));
        QVERIFY(entry);
        QList<ResourceAttachment> attachments;
        for (const QString &kind : entry->manifest.attachableResources)
            attachments.append({ kind, {} });
        QJsonObject parameters = TemplateLinter::sampleParameters(entry->manifest);
        parameters.insert(QStringLiteral("repoUrl"), QStringLiteral("github.com?owner=acme&repo=orders"));
        TemplateRenderer renderer(engine);
        const RenderResult result = renderer.render(m_catalog.request(*entry, parameters, attachments));
        QVERIFY2(result.ok(), qPrintable(result.diagnostics.value(0).toString()));
        const QStringList loaded = engine.loadedModules();
        QVERIFY(loaded.contains(QStringLiteral("nunjucks/src/runtime.js")));
        for (const QString &module : { QStringLiteral("nunjucks/src/compiler.js"),
                 QStringLiteral("nunjucks/src/parser.js"), QStringLiteral("nunjucks/src/lexer.js") })
            QCOMPARE(loaded.contains(module), !precompiled);
    }

    void templatesLintClean()
    {
        for (const TemplateCatalog::Entry &e : m_catalog.entries()) {
            const TemplateDiagnostics diagnostics = TemplateLinter::lintTemplate(
                m_engine, e.manifest.manifestPath, m_catalog.resourceTemplates(), e.sharedRoot);
            for (const TemplateDiagnostic &d : diagnostics)
                QVERIFY2(false, qPrintable(d.toString()));
        }
    }

    void unknownResourceKindIsAnError()
    {
        const std::optional<TemplateCatalog::Entry> entry = m_catalog.find(QStringLiteral("go-http-service"));
        QVERIFY(entry);
        QJsonObject p = TemplateLinter::sampleParameters(entry->manifest);
        TemplateRenderer renderer(m_engine);
        const RenderResult result
            = renderer.render(m_catalog.request(*entry, p, { { QStringLiteral("mainframe"), {} } }));
        QVERIFY(!result.ok());
        QVERIFY2(result.diagnostics.at(0).message.contains(QStringLiteral("cannot attach")),
            qPrintable(result.diagnostics.at(0).message));
    }

private:
    NunjucksEngine m_engine;
    NunjucksEngine m_compilingEngine { NunjucksEngine::Precompiled::Ignore };
    TemplateCatalog m_catalog;
};

QTEST_GUILESS_MAIN(TestShippedTemplates)
#include "tst_shippedtemplates.moc"
