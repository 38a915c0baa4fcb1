// SPDX-License-Identifier: GPL-3.0-or-later
// The example composition rendered into a bundle in process: from scratch on a warm engine, and
// again after one parameter change (what the live preview does while the user types).
#include "composition/bundle.h"
#include "composition/compositionfile.h"
#include "templates/nunjucksengine.h"

#include <QTest>

using namespace Tarmac;

class BenchBundle : public QObject {
    Q_OBJECT
    NunjucksEngine m_engine;
    Composition m_composition;
    QList<TemplateCatalog::Entry> m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        const CompositionLoadResult loaded
            = CompositionFile::load(QStringLiteral(TARMAC_SOURCE_DIR "/examples/shop.tarmac.yaml"));
        QVERIFY(loaded.ok());
        m_composition = loaded.composition;
        TemplateCatalog catalog;
        catalog.loadNow();
        m_catalog = catalog.entries();
        // Warm: the engine compiles and caches each skeleton once.
        QVERIFY(BundleBuilder(m_engine).build({ 1, m_composition, m_catalog, {} }).ok());
    }

    void wholeBundle()
    {
        BundleBuilder builder(m_engine);
        Bundle bundle;
        QBENCHMARK
        {
            bundle = builder.build({ 1, m_composition, m_catalog, {} });
        }
        QVERIFY(bundle.ok());
    }

    void afterOneParameterChange()
    {
        // One builder, as BundleRenderer's worker keeps it: only the changed service renders again.
        BundleBuilder builder(m_engine);
        Composition changed = m_composition;
        int replicas = 2;
        Bundle bundle;
        QBENCHMARK
        {
            changed.services[0].parameters.insert(QStringLiteral("replicas"), replicas);
            replicas = replicas == 2 ? 3 : 2;
            bundle = builder.build({ 1, changed, m_catalog, {} });
        }
        QVERIFY(bundle.ok());
    }

    // The same without kept renders: every service renders again (for comparison).
    void afterOneParameterChangeRenderingAll()
    {
        Composition changed = m_composition;
        int replicas = 2;
        Bundle bundle;
        QBENCHMARK
        {
            changed.services[0].parameters.insert(QStringLiteral("replicas"), replicas);
            replicas = replicas == 2 ? 3 : 2;
            BundleBuilder builder(m_engine);
            bundle = builder.build({ 1, changed, m_catalog, {} });
        }
        QVERIFY(bundle.ok());
    }

    void withAnOverrideToMerge()
    {
        BundleBuilder builder(m_engine); // renders kept: this measures the merge and the bundle around it
        const Bundle base = builder.build({ 1, m_composition, m_catalog, {} });
        const QString id = m_composition.services.at(0).id;
        const QString path = QStringLiteral("deploy/k8s/deployment.yaml");
        const QByteArray rendered = base.file(Bundle::serviceFolder(id) + QLatin1Char('/') + path)->content;
        QByteArray edited = rendered;
        edited.replace("cpu: 100m", "cpu: 250m");
        Composition changed = m_composition;
        changed.services[0].parameters.insert(QStringLiteral("replicas"), 4);
        BundleRequest request { 1, changed, m_catalog, {} };
        request.overrides.insert(id, { Override { path, rendered, edited } });
        Bundle bundle;
        QBENCHMARK
        {
            bundle = builder.build(request);
        }
        QCOMPARE(bundle.merges.at(0).merge.status, OverrideMerge::Status::Merged);
    }
};

QTEST_GUILESS_MAIN(BenchBundle)
#include "bench_bundle.moc"
