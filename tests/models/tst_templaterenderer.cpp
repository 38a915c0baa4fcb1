// SPDX-License-Identifier: GPL-3.0-or-later
// fetch:template semantics: a Backstage-style template against its checked-in expected output, and
// the rules around paths, skipped entries, remote steps and secrets.
#include "templates/manifestloader.h"
#include "templates/nunjucksengine.h"
#include "templates/rendercontroller.h"
#include "templates/templaterenderer.h"
#include "templates/templatewriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Tarmac;

namespace {

const QString compatDir = QStringLiteral(TARMAC_SOURCE_DIR "/tests/models/data/backstage-compat");

QJsonObject compatParameters()
{
    return { { QStringLiteral("name"), QStringLiteral("orders") },
        { QStringLiteral("owner"), QStringLiteral("group:default/team-a") },
        { QStringLiteral("repoUrl"), QStringLiteral("github.com?owner=acme&repo=orders") },
        { QStringLiteral("withDocs"), true }, { QStringLiteral("language"), QStringLiteral("python") } };
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

// A template folder with one fetch:template step over skeleton/ holding the given files.
QString makeTemplate(const QTemporaryDir &dir, const QHash<QString, QByteArray> &files,
    const QByteArray &extraParameters = {}, const QByteArray &input = {})
{
    writeFile(dir.filePath(QStringLiteral("template.yaml")),
        QByteArrayLiteral("apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\nspec:\n"
                          "  type: service\n  parameters:\n    - properties:\n        name:\n          type: string\n")
            + extraParameters
            + QByteArrayLiteral(
                "  steps:\n    - id: fetch\n      action: fetch:template\n      input:\n        url: ./skeleton\n"
                "        values:\n          name: ${{ parameters.name }}\n")
            + input);
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        writeFile(dir.filePath(QStringLiteral("skeleton/") + it.key()), it.value());
    return dir.path();
}

}

class TestTemplateRenderer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_engine.loadError().isEmpty(), qPrintable(m_engine.loadError())); }

    void backstageStyleTemplateMatchesExpectedOutput()
    {
        const ManifestLoader::Result loaded = ManifestLoader::load(compatDir + QStringLiteral("/template"));
        QVERIFY2(loaded.manifest, qPrintable(loaded.diagnostics.value(0).toString()));
        TemplateRenderer renderer(m_engine);
        const RenderResult result = renderer.render(*loaded.manifest, compatParameters());
        QVERIFY2(result.ok(), qPrintable(result.diagnostics.value(0).toString()));

        QTemporaryDir out;
        QVERIFY(TemplateWriter::write(result, out.path()).isEmpty());
        const QString expectedDir = compatDir + QStringLiteral("/expected");
        if (qEnvironmentVariableIsSet("TARMAC_WRITE_EXPECTED")) {
            QDir(expectedDir).removeRecursively();
            QVERIFY(TemplateWriter::write(result, expectedDir).isEmpty());
        }
        auto listing = [](const QString &root) {
            QStringList files;
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(QDir(root).relativeFilePath(it.next()));
            files.sort();
            return files;
        };
        const QStringList expectedFiles = listing(expectedDir);
        QCOMPARE(listing(out.path()), expectedFiles);
        QVERIFY(expectedFiles.size() >= 10);
        for (const QString &file : expectedFiles) {
            QFile a(out.filePath(file));
            QFile b(expectedDir + QLatin1Char('/') + file);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(a.readAll(), b.readAll());
        }

        // The conditional Go file is listed as skipped, with the reason.
        bool sawSkippedGo = false;
        for (const RenderedFile &f : result.files) {
            if (f.sourcePath.endsWith(QLatin1String("main.go{% endif %}"))) {
                sawSkippedGo = f.skipped && !f.skipReason.isEmpty();
            }
        }
        QVERIFY(sawSkippedGo);
        // Remote steps are listed as skipped with the reason, never silently dropped.
        QCOMPARE(result.steps.size(), 5);
        QCOMPARE(result.steps.at(3).action, QStringLiteral("publish:github"));
        QCOMPARE(result.steps.at(3).status, StepReport::Status::Skipped);
        QVERIFY(!result.steps.at(3).reason.isEmpty());
        QCOMPARE(result.steps.at(4).status, StepReport::Status::Skipped);
    }

    void conditionalStepIsSkipped()
    {
        const ManifestLoader::Result loaded = ManifestLoader::load(compatDir + QStringLiteral("/template"));
        QVERIFY(loaded.manifest);
        TemplateRenderer renderer(m_engine);
        QJsonObject parameters = compatParameters();
        parameters.insert(QStringLiteral("withDocs"), false);
        parameters.insert(QStringLiteral("language"), QStringLiteral("go"));
        const RenderResult result = renderer.render(*loaded.manifest, parameters);
        QVERIFY(result.ok());
        QCOMPARE(result.steps.at(1).status, StepReport::Status::Skipped);
        QVERIFY(!result.file(QStringLiteral("docs/index.md")));
        QVERIFY(!result.file(QStringLiteral("site/mkdocs.yml")));
        QVERIFY(result.file(QStringLiteral("orders/main.go")));
        QVERIFY(!result.file(QStringLiteral("orders/app.py")));
    }

    void invalidParametersRenderNothing()
    {
        const ManifestLoader::Result loaded = ManifestLoader::load(compatDir + QStringLiteral("/template"));
        QVERIFY(loaded.manifest);
        TemplateRenderer renderer(m_engine);
        QJsonObject parameters = compatParameters();
        parameters.insert(QStringLiteral("name"), QStringLiteral("Not Valid"));
        const RenderResult result = renderer.render(*loaded.manifest, parameters);
        QVERIFY(!result.ok());
        QVERIFY(result.files.isEmpty());
        QVERIFY2(result.diagnostics.at(0).message.contains(QStringLiteral("must match the pattern")),
            qPrintable(result.diagnostics.at(0).message));
    }

    void pathsStayInside_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");
        QTest::newRow("dot-dot") << "${{ values.name }}/x.txt" << "../escape" << "leads outside the output folder";
        QTest::newRow("deep dot-dot") << "a/${{ values.name }}.txt" << "../../x" << "leads outside the output folder";
        QTest::newRow("absolute") << "${{ values.name }}" << "/etc/passwd" << "an absolute path";
        QTest::newRow("backslash") << "${{ values.name }}.txt" << "..\\x" << "backslash";
    }

    void pathsStayInside()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, name);
        QFETCH(QString, error);
        QTemporaryDir dir;
        makeTemplate(dir, { { QStringLiteral("ok.txt"), "fine" }, { fileName, "content" } });
        const ManifestLoader::Result loaded = ManifestLoader::load(dir.path());
        QVERIFY(loaded.manifest);
        TemplateRenderer renderer(m_engine);
        const RenderResult result = renderer.render(*loaded.manifest, { { QStringLiteral("name"), name } });
        QVERIFY(!result.ok());
        QVERIFY(result.files.isEmpty());
        QVERIFY2(result.diagnostics.at(0).message.contains(error), qPrintable(result.diagnostics.at(0).toString()));
        // Nothing is written.
        QTemporaryDir out;
        QVERIFY(!TemplateWriter::write(result, out.filePath(QStringLiteral("o"))).isEmpty());
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("o"))));
    }

    void targetPathStaysInside()
    {
        QTemporaryDir dir;
        makeTemplate(dir, { { QStringLiteral("a.txt"), "a" } }, {}, "        targetPath: ../../up\n");
        const ManifestLoader::Result loaded = ManifestLoader::load(dir.path());
        QVERIFY(loaded.manifest);
        TemplateRenderer renderer(m_engine);
        const RenderResult result
            = renderer.render(*loaded.manifest, { { QStringLiteral("name"), QStringLiteral("x") } });
        QVERIFY(!result.ok());
        QVERIFY(result.diagnostics.at(0).message.contains(QStringLiteral("targetPath")));
    }

    void emptyNamesAreSkipped()
    {
        QTemporaryDir dir;
        makeTemplate(dir,
            { { QStringLiteral("${{ values.missing }}"), "root file" },
                { QStringLiteral("${{ values.other }}/inner.txt"), "under an empty folder" },
                { QStringLiteral("a/${{ values.missing }}/b.txt"), "in an empty sub-folder" },
                { QStringLiteral("kept.txt"), "${{ values.name }}" } });
        const ManifestLoader::Result loaded = ManifestLoader::load(dir.path());
        QVERIFY(loaded.manifest);
        TemplateRenderer renderer(m_engine);
        const RenderResult result
            = renderer.render(*loaded.manifest, { { QStringLiteral("name"), QStringLiteral("x") } });
        QVERIFY2(result.ok(), qPrintable(result.diagnostics.value(0).toString()));
        QCOMPARE(result.file(QStringLiteral("kept.txt"))->content, QByteArray("x"));
        int skipped = 0;
        for (const RenderedFile &f : result.files)
            skipped += f.skipped ? 1 : 0;
        QCOMPARE(skipped, 5); // three files and two folders whose names rendered empty
    }

    void templateErrorsPointAtTheFile()
    {
        QTemporaryDir dir;
        makeTemplate(dir, { { QStringLiteral("bad.txt"), "ok\n{% if values.name %}\n{% endfor %}\n" } });
        const ManifestLoader::Result loaded = ManifestLoader::load(dir.path());
        TemplateRenderer renderer(m_engine);
        const RenderResult result
            = renderer.render(*loaded.manifest, { { QStringLiteral("name"), QStringLiteral("x") } });
        QVERIFY(!result.ok());
        QVERIFY2(result.diagnostics.at(0).file.endsWith(QLatin1String("skeleton/bad.txt")),
            qPrintable(result.diagnostics.at(0).toString()));
        QCOMPARE(result.diagnostics.at(0).line, 3);
    }

    void secretsNeverReachMessages()
    {
        QTemporaryDir dir;
        makeTemplate(dir, { { QStringLiteral("config.txt"), "token=${{ values.token }}\n" } },
            "        token:\n          type: string\n          ui:field: Secret\n",
            "          token: ${{ parameters.token }}\n          repo: ${{ parameters.token | parseRepoUrl }}\n");
        const ManifestLoader::Result loaded = ManifestLoader::load(dir.path());
        QVERIFY(loaded.manifest);
        TemplateRenderer renderer(m_engine);
        const QString secret = QStringLiteral("s3cr3t-value-42");
        const RenderResult result = renderer.render(
            *loaded.manifest, { { QStringLiteral("name"), QStringLiteral("x") }, { QStringLiteral("token"), secret } });
        QVERIFY(!result.ok()); // parseRepoUrl of the secret fails, and its message would name the value
        for (const TemplateDiagnostic &d : result.diagnostics)
            QVERIFY2(!d.toString().contains(secret), qPrintable(d.toString()));
    }

    // Backstage's `each`: the step once per item, with each.key and each.value, over a list given
    // by an expression and over a mapping written in the manifest.
    void eachRunsTheStepPerItem()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("template.yaml")),
            "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\nspec:\n"
            "  type: service\n  parameters:\n    - properties:\n        components:\n          type: array\n"
            "  steps:\n    - id: parts\n      action: fetch:template\n      each: ${{ parameters.components }}\n"
            "      input:\n        url: ./skeleton\n        targetPath: ./${{ each.value.name }}\n        values:\n"
            "          name: ${{ each.value.name }}\n          index: ${{ each.key }}\n"
            "          port: ${{ each.value.port }}\n"
            "    - id: regions\n      action: fetch:template\n      each:\n        eu: frankfurt\n"
            "        us: virginia\n      input:\n        url: ./skeleton\n        targetPath: ./${{ each.key }}\n"
            "        values:\n          name: ${{ each.value }}\n          index: ${{ each.key }}\n");
        writeFile(dir.filePath(QStringLiteral("skeleton/README.md")),
            "${{ values.name }} #${{ values.index }}{% if values.port %} on ${{ values.port }}{% endif %}\n");
        const ManifestLoader::Result loaded = ManifestLoader::load(dir.path());
        QVERIFY2(loaded.manifest, qPrintable(loaded.diagnostics.value(0).toString()));
        QVERIFY(loaded.diagnostics.isEmpty()); // no "not supported" warning any more
        const QJsonArray components { QJsonObject { { QStringLiteral("name"), QStringLiteral("api") },
                                          { QStringLiteral("port"), 8080 } },
            QJsonObject { { QStringLiteral("name"), QStringLiteral("worker") }, { QStringLiteral("port"), 9090 } } };
        TemplateRenderer renderer(m_engine);
        const RenderResult result = renderer.render(*loaded.manifest, { { QStringLiteral("components"), components } });
        QVERIFY2(result.ok(), qPrintable(result.diagnostics.value(0).toString()));
        QStringList written;
        for (const RenderedFile &f : result.files) {
            if (!f.directory && !f.skipped)
                written.append(f.path + QStringLiteral(": ") + QString::fromUtf8(f.content));
        }
        QCOMPARE(written,
            QStringList({ QStringLiteral("api/README.md: api #0 on 8080\n"),
                QStringLiteral("worker/README.md: worker #1 on 9090\n"),
                QStringLiteral("eu/README.md: frankfurt #eu\n"), QStringLiteral("us/README.md: virginia #us\n") }));
        QStringList steps;
        for (const StepReport &step : result.steps)
            steps.append(step.id);
        QCOMPARE(steps,
            QStringList({ QStringLiteral("parts[0]"), QStringLiteral("parts[1]"), QStringLiteral("regions[eu]"),
                QStringLiteral("regions[us]") }));

        // An expression that gives nothing to iterate is an error at the step, not a silent no-op.
        const RenderResult empty = renderer.render(*loaded.manifest, {});
        QVERIFY(!empty.ok());
        QVERIFY2(empty.diagnostics.at(0).message.contains(QStringLiteral("'each' gave nothing")),
            qPrintable(empty.diagnostics.at(0).toString()));
        QVERIFY(empty.files.isEmpty());
    }

    // `user` is who renders; `secrets.NAME` reaches step inputs only as the reference that names the
    // secret (Tarmac never holds a value), and the files themselves see neither, as in Backstage.
    void userAndSecretContexts()
    {
        QTemporaryDir dir;
        makeTemplate(dir,
            { { QStringLiteral("owner.txt"),
                  "${{ values.owner }} ${{ values.ownerName }} ${{ values.owner | parseEntityRef | pick('kind') }}\n" },
                { QStringLiteral(".npmrc"), "//registry.npmjs.org/:_authToken=${{ values.token }}\n" },
                { QStringLiteral("direct.txt"), "[${{ secrets.NPM_TOKEN }}][${{ user.ref }}]\n" } },
            {},
            "          owner: ${{ user.ref }}\n          ownerName: ${{ user.entity.metadata.name }}\n"
            "          token: ${{ secrets.NPM_TOKEN }}\n");
        const ManifestLoader::Result loaded = ManifestLoader::load(dir.path());
        QVERIFY2(loaded.manifest, qPrintable(loaded.diagnostics.value(0).toString()));
        TemplateRenderer renderer(m_engine);
        renderer.setUser(QStringLiteral("jane"));
        const RenderResult result
            = renderer.render(*loaded.manifest, { { QStringLiteral("name"), QStringLiteral("x") } });
        QVERIFY2(result.ok(), qPrintable(result.diagnostics.value(0).toString()));
        QCOMPARE(result.file(QStringLiteral("owner.txt"))->content, QByteArray("user:default/jane jane user\n"));
        QCOMPARE(result.file(QStringLiteral(".npmrc"))->content,
            QByteArray("//registry.npmjs.org/:_authToken=${{ secrets.NPM_TOKEN }}\n"));
        QCOMPARE(result.file(QStringLiteral("direct.txt"))->content, QByteArray("[][]\n"));

        RenderRequest request;
        request.manifest = *loaded.manifest;
        request.parameters = { { QStringLiteral("name"), QStringLiteral("x") } };
        request.user = QStringLiteral("user:platform/sam");
        const RenderResult fromRequest = renderer.render(request);
        QCOMPARE(fromRequest.file(QStringLiteral("owner.txt"))->content, QByteArray("user:platform/sam sam user\n"));
    }

    void rerenderIsFast()
    {
        const ManifestLoader::Result loaded = ManifestLoader::load(compatDir + QStringLiteral("/template"));
        TemplateRenderer renderer(m_engine);
        QJsonObject parameters = compatParameters();
        renderer.render(*loaded.manifest, parameters);
        parameters.insert(QStringLiteral("description"), QStringLiteral("changed"));
        const RenderResult result = renderer.render(*loaded.manifest, parameters);
        QVERIFY(result.ok());
        QVERIFY(result.milliseconds > 0);
        QVERIFY(result.file(QStringLiteral("README.md"))->content.contains("changed"));
    }

    void controllerRendersOffTheGuiThreadAndCoalesces()
    {
        const ManifestLoader::Result loaded = ManifestLoader::load(compatDir + QStringLiteral("/template"));
        RenderController controller;
        QList<RenderResult> results;
        connect(&controller, &RenderController::finished, this, [&](const RenderResult &r) {
            QCOMPARE(QThread::currentThread(), qApp->thread());
            results.append(r);
        });
        quint64 last = 0;
        for (int i = 0; i < 10; ++i) {
            RenderRequest request;
            request.manifest = *loaded.manifest;
            QJsonObject parameters = compatParameters();
            parameters.insert(QStringLiteral("description"), QStringLiteral("take %1").arg(i));
            request.parameters = parameters;
            last = controller.request(request);
        }
        QTRY_VERIFY(!results.isEmpty() && results.last().requestId == last);
        QVERIFY(results.size() < 10); // coalesced
        QVERIFY(results.last().file(QStringLiteral("README.md"))->content.contains("take 9"));
    }

private:
    NunjucksEngine m_engine;
};

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
