// SPDX-License-Identifier: GPL-3.0-or-later
// Re-render of the Go HTTP service golden path (with resources) after one parameter changes, in
// process, with a warm engine: what the Compose page does on every keystroke. Budget: 16 ms.
#include "templates/nunjucksengine.h"
#include "templates/templatecatalog.h"
#include "templates/templatelinter.h"
#include "templates/templaterenderer.h"

#include <QTest>

using namespace Tarmac;

class BenchRerender : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void engineStart()
    {
        QBENCHMARK
        {
            NunjucksEngine engine;
            QVERIFY(engine.loadError().isEmpty());
        }
    }

    void catalogLoad()
    {
        QBENCHMARK
        {
            TemplateCatalog catalog;
            catalog.loadNow();
        }
    }

    // What `tarmacctl render TEMPLATE` without resources reads instead: the one manifest.
    void catalogLoadFor()
    {
        QBENCHMARK
        {
            const TemplateCatalog::Loaded loaded = TemplateCatalog::loadFor(QStringLiteral("go-http-service"), {});
            QCOMPARE(loaded.entries.size(), 1);
        }
    }

    // A fresh engine's first render: what `tarmacctl render` pays once (engine start included; the
    // built-in templates' code and nunjucks come as bytecode from the build).
    void firstRender()
    {
        TemplateCatalog catalog;
        catalog.loadNow();
        const std::optional<TemplateCatalog::Entry> entry = catalog.find(QStringLiteral("go-http-service"));
        QJsonObject parameters = TemplateLinter::sampleParameters(entry->manifest);
        QBENCHMARK
        {
            NunjucksEngine engine;
            TemplateRenderer renderer(engine);
            QVERIFY(renderer.render(catalog.request(*entry, parameters)).ok());
        }
    }

    void rerenderAfterParameterChange()
    {
        TemplateCatalog catalog;
        catalog.loadNow();
        const std::optional<TemplateCatalog::Entry> entry = catalog.find(QStringLiteral("go-http-service"));
        QVERIFY(entry);
        QJsonObject parameters = TemplateLinter::sampleParameters(entry->manifest);
        parameters.insert(QStringLiteral("name"), QStringLiteral("orders"));
        const QList<ResourceAttachment> resources { { QStringLiteral("postgres"), QStringLiteral("orders-db") },
            { QStringLiteral("redis"), {} }, { QStringLiteral("route"), {} } };
        NunjucksEngine engine;
        TemplateRenderer renderer(engine);
        QVERIFY(renderer.render(catalog.request(*entry, parameters, resources)).ok()); // warm the cache
        int i = 0;
        QBENCHMARK
        {
            parameters.insert(QStringLiteral("description"), QStringLiteral("Takes orders %1").arg(++i));
            const RenderResult result = renderer.render(catalog.request(*entry, parameters, resources));
            QVERIFY(result.ok());
        }
    }
};

QTEST_GUILESS_MAIN(BenchRerender)
#include "bench_rerender.moc"
