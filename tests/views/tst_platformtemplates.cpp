// SPDX-License-Identifier: GPL-3.0-or-later
// The platform as the template catalog's third source, with real tarmacds: a template published to
// the platform shows up in the Compose page's gallery beside the built-in ones, named by its source,
// and renders; switching platform shows the other platform's templates; a platform that is down
// shows why, and the built-in templates and the ones fetched before stay usable.
#include "composition/compositioncanvas.h"
#include "composition/compositiondocument.h"
#include "platform/platformconnection.h"
#include "platform/platformtemplatesource.h"
#include "templates/composepage.h"
#include "templates/nunjucksengine.h"
#include "templates/renderedfilesmodel.h"
#include "templates/templatecatalog.h"
#include "templates/templatecatalogmodel.h"
#include "templates/templatecatalogproxy.h"
#include "templates/templaterenderer.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Tarmac;
using namespace TestUtils;

namespace {
const QByteArray Token = QByteArrayLiteral("catalog-test-session-token");

// A self-contained service template as a platform team would publish it.
QJsonObject templateFiles(const QString &name, const QString &title)
{
    const QString manifest = QStringLiteral("apiVersion: scaffolder.backstage.io/v1beta3\n"
                                            "kind: Template\n"
                                            "metadata:\n"
                                            "  name: %1\n"
                                            "  title: %2\n"
                                            "  description: Published by the platform team.\n"
                                            "  tags: [published]\n"
                                            "  tarmac:\n"
                                            "    version: \"3.1.0\"\n"
                                            "spec:\n"
                                            "  owner: group:default/platform\n"
                                            "  type: service\n"
                                            "  parameters:\n"
                                            "    - title: Service\n"
                                            "      required: [name]\n"
                                            "      properties:\n"
                                            "        name: { title: Name, type: string, default: svc }\n"
                                            "  steps:\n"
                                            "    - id: fetch\n"
                                            "      action: fetch:template\n"
                                            "      input:\n"
                                            "        url: ./skeleton\n"
                                            "        values:\n"
                                            "          name: ${{ parameters.name }}\n")
                                 .arg(name, title);
    return { { QStringLiteral("template.yaml"), manifest },
        { QStringLiteral("skeleton/README.md"), QStringLiteral("# ${{ values.name }} from %1\n").arg(name) },
        { QStringLiteral("skeleton/${{ values.name }}/main.txt"), QStringLiteral("runs ${{ values.name }}\n") } };
}

bool publish(Tarmacd &server, const QJsonObject &files)
{
    const HttpResult result = httpRequest("POST", server.url(QStringLiteral("/api/v1/templates")),
        { { "Authorization", "Bearer " + Token }, { "Content-Type", "application/json" } },
        QJsonDocument(QJsonObject { { QStringLiteral("files"), files } }).toJson(QJsonDocument::Compact));
    if (result.status != 201)
        qWarning("publish: %d %s", result.status, result.body.constData());
    return result.status == 201;
}

const TemplateCatalog::Entry *entryNamed(const TemplateCatalog *catalog, const QString &name)
{
    for (const TemplateCatalog::Entry &entry : catalog->entries()) {
        if (entry.manifest.name == name)
            return &entry;
    }
    return nullptr;
}
}

class TestPlatformTemplates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/tarmac"))
            .removeRecursively();
        QDir(CompositionDocument::defaultAutosaveDirectory()).removeRecursively();
        QVERIFY2(m_first.start(Token), m_first.output().constData());
        QVERIFY2(m_second.start(Token), m_second.output().constData());
        QVERIFY(publish(m_first, templateFiles(QStringLiteral("ledger-service"), QStringLiteral("Ledger service"))));
        QVERIFY(publish(m_second, templateFiles(QStringLiteral("queue-worker"), QStringLiteral("Queue worker"))));

        m_connection.setToken(Token);
        m_page = std::make_unique<ComposePage>();
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // The catalog's model under the tester through every reload below.
        m_model = std::make_unique<TemplateCatalogModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setCatalog(m_page->catalog());
        QTRY_VERIFY(entryNamed(m_page->catalog(), QStringLiteral("go-http-service")));
        m_builtIn = int(m_page->catalog()->entries().size());
    }

    void aPublishedTemplateJoinsTheGalleryAndRenders()
    {
        m_page->setPlatform(&m_connection);
        m_connection.connectRemote(m_first.url({}));
        QTRY_VERIFY_WITH_TIMEOUT(entryNamed(m_page->catalog(), QStringLiteral("ledger-service")), 15000);
        const TemplateCatalog::Entry *entry = entryNamed(m_page->catalog(), QStringLiteral("ledger-service"));
        const QString source = QStringLiteral("platform: ") + m_first.url({}).authority();
        QCOMPARE(entry->source, source);
        QCOMPARE(entry->manifest.version, QStringLiteral("3.1.0"));
        // Built-in and platform templates side by side.
        QCOMPARE(m_page->catalog()->entries().size(), m_builtIn + 1);
        QVERIFY(entryNamed(m_page->catalog(), QStringLiteral("go-http-service")));
        auto *status = child<QLabel>(m_page.get(), QStringLiteral("templateSourceStatus"));
        QVERIFY(status);
        QTRY_COMPARE(status->text(), source + QStringLiteral(": 1 template(s)"));
        QVERIFY(status->isVisible());

        // The gallery names the source; searching finds the published template.
        m_page->galleryModel()->setSearchText(QStringLiteral("ledger"));
        QCOMPARE(m_page->galleryModel()->rowCount(), 1);
        const QModelIndex found = m_page->galleryModel()->index(0, TemplateCatalogModel::SourceColumn);
        QCOMPARE(found.data().toString(), source);
        QVERIFY(found.data(Qt::ToolTipRole).toString().contains(source));
        m_page->galleryModel()->setSearchText({});

        // It renders from the cached files like any folder template: the page's live preview...
        const QString node = m_page->canvas()->addTemplate(QStringLiteral("ledger-service"));
        QVERIFY(!node.isEmpty());
        QTRY_COMPARE(m_page->selectedNode(), node);
        QTRY_VERIFY(m_page->previewModel()->indexForPath(QStringLiteral("README.md")).isValid());
        QVERIFY(m_page->previewModel()->indexForPath(node + QStringLiteral("/main.txt")).isValid());
        // ...and the renderer itself, with other values.
        NunjucksEngine engine;
        TemplateRenderer renderer(engine);
        const RenderResult result = renderer.render(
            m_page->catalog()->request(*entry, { { QStringLiteral("name"), QStringLiteral("orders") } }));
        QVERIFY(result.ok());
        QVERIFY(result.file(QStringLiteral("README.md")));
        QCOMPARE(result.file(QStringLiteral("README.md"))->content, QByteArray("# orders from ledger-service\n"));
        QCOMPARE(result.file(QStringLiteral("orders/main.txt"))->content, QByteArray("runs orders\n"));
        QVERIFY(QFileInfo(m_page->platformTemplates()->cacheFolder() + QStringLiteral("/ledger-service/template.yaml"))
                .isFile());
    }

    void anotherPlatformBringsItsOwnTemplates()
    {
        m_connection.connectRemote(m_second.url({}));
        QTRY_VERIFY_WITH_TIMEOUT(entryNamed(m_page->catalog(), QStringLiteral("queue-worker")), 15000);
        QCOMPARE(entryNamed(m_page->catalog(), QStringLiteral("queue-worker"))->source,
            QStringLiteral("platform: ") + m_second.url({}).authority());
        // The first platform's template is not this platform's.
        QTRY_VERIFY(!entryNamed(m_page->catalog(), QStringLiteral("ledger-service")));
        QCOMPARE(m_page->catalog()->entries().size(), m_builtIn + 1);

        // A template published meanwhile arrives with a reload (the Reload Templates button).
        QVERIFY(publish(m_second, templateFiles(QStringLiteral("cron-job"), QStringLiteral("Cron job"))));
        auto *reload = child<QToolButton>(m_page.get(), QStringLiteral("reloadTemplatesButton"));
        QVERIFY(reload);
        QTest::mouseClick(reload, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(entryNamed(m_page->catalog(), QStringLiteral("cron-job")), 15000);
        QCOMPARE(m_page->catalog()->entries().size(), m_builtIn + 2);
    }

    void aPlatformThatIsDownShowsWhyAndKeepsTheRest()
    {
        QTRY_COMPARE(m_page->platformTemplates()->state(), PlatformTemplateSource::State::Ready);
        m_second.process().kill();
        m_second.process().waitForFinished();
        auto *reload = child<QToolButton>(m_page.get(), QStringLiteral("reloadTemplatesButton"));
        QTest::mouseClick(reload, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->platformTemplates()->state(), PlatformTemplateSource::State::Failed, 30000);
        auto *status = child<QLabel>(m_page.get(), QStringLiteral("templateSourceStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("cannot fetch templates")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(m_second.url({}).authority()), qPrintable(status->text()));
        QVERIFY(status->isVisible());
        // Nothing lost: the built-in templates, and the platform's as last fetched (offline use).
        QTRY_COMPARE(m_page->catalog()->entries().size(), m_builtIn + 2);
        QVERIFY(entryNamed(m_page->catalog(), QStringLiteral("go-http-service")));
        QVERIFY(entryNamed(m_page->catalog(), QStringLiteral("queue-worker")));
        QVERIFY(entryNamed(m_page->catalog(), QStringLiteral("cron-job")));
        QCOMPARE(m_model->rowCount(), m_builtIn + 2);

        // A workbench opened while the platform is still down offers what was fetched before.
        ComposePage restarted;
        restarted.setPlatform(&m_connection);
        QTRY_VERIFY(entryNamed(restarted.catalog(), QStringLiteral("cron-job")));
        QCOMPARE(entryNamed(restarted.catalog(), QStringLiteral("cron-job"))->source,
            QStringLiteral("platform: ") + m_second.url({}).authority());
        QVERIFY(entryNamed(restarted.catalog(), QStringLiteral("go-http-service")));
    }

    void cleanupTestCase()
    {
        m_model.reset();
        m_tester.reset();
        m_page.reset();
        QDir(CompositionDocument::defaultAutosaveDirectory()).removeRecursively();
    }

private:
    Tarmacd m_first;
    Tarmacd m_second;
    PlatformConnection m_connection;
    std::unique_ptr<ComposePage> m_page;
    std::unique_ptr<TemplateCatalogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_builtIn = 0;
};

QTEST_MAIN(TestPlatformTemplates)
#include "tst_platformtemplates.moc"
