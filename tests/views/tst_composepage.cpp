// SPDX-License-Identifier: GPL-3.0-or-later
// The Compose page driven as a user drives it: search, add a template to the composition, type its
// parameters, watch the preview follow, attach a resource, generate; open, save and recover files.
#include "composition/compositioncanvas.h"
#include "composition/compositiondocument.h"
#include "composition/compositionfile.h"
#include "composition/compositionscene.h"
#include "config/configeditor.h"
#include "templates/composepage.h"
#include "templates/parameterform.h"
#include "templates/renderedfilesmodel.h"
#include "templates/templatecatalog.h"
#include "templates/templatecatalogmodel.h"
#include "templates/templatecatalogproxy.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeView>
#include <QUndoStack>

using namespace Tarmac;

class TestComposePage : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        // libgit2 reads the commit author from this home's git config (for Make a Git Repository).
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toLocal8Bit());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        QFile config(m_home.filePath(QStringLiteral(".gitconfig")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[user]\n\tname = Config Person\n\temail = config@example.org\n");
        config.close();
        QStandardPaths::setTestModeEnabled(true);
        QDir(CompositionDocument::defaultAutosaveDirectory()).removeRecursively();
    }

    void cleanup() { QDir(CompositionDocument::defaultAutosaveDirectory()).removeRecursively(); }

    void modelsPassTheTester()
    {
        TemplateCatalog catalog;
        catalog.loadNow();
        TemplateCatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(&catalog);
        QVERIFY(model.rowCount() >= 8);
        TemplateCatalogProxy proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSearchText(QStringLiteral("rust"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("database sql"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText({});
        proxy.setKind(QStringLiteral("resource"));
        QCOMPARE(proxy.rowCount(), 5);
        catalog.loadNow(); // a reload resets the model under the testers

        RenderedFilesModel files;
        QAbstractItemModelTester filesTester(&files, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RenderResult result;
        result.files = { { QStringLiteral("a/b.txt"), QStringLiteral("a/b.txt"), "x", false, true, false, {}, false },
            { QStringLiteral("a"), QStringLiteral("a"), {}, true, true, false, {}, false },
            { QString(), QStringLiteral("${{ values.x }}/c.txt"), {}, false, true, true, QStringLiteral("empty"),
                false },
            { QStringLiteral("README.md"), QStringLiteral("README.md"), "r", false, true, false, {}, false } };
        files.setResult(result);
        QCOMPARE(files.rowCount(), 3); // a/, ${{ values.x }}/, README.md
        const QModelIndex skipped = files.indexForPath(QStringLiteral("${{ values.x }}/c.txt"));
        QVERIFY(skipped.isValid());
        QVERIFY(skipped.data(RenderedFilesModel::SkippedRole).toBool());
        QVERIFY(!(files.flags(skipped) & Qt::ItemIsEnabled));
        QCOMPARE(files.indexForPath(QStringLiteral("a/b.txt")).data(RenderedFilesModel::ContentRole).toByteArray(),
            QByteArray("x"));
        files.setResult({});
    }

    void catalogFollowsUserFolders()
    {
        QTemporaryDir folder;
        TemplateCatalog catalog;
        catalog.setUserFolders({ folder.path() });
        catalog.loadNow();
        const qsizetype builtIn = catalog.entries().size();
        QSignalSpy changed(&catalog, &TemplateCatalog::changed);
        QDir(folder.path()).mkpath(QStringLiteral("mine/skeleton"));
        QFile manifest(folder.filePath(QStringLiteral("mine/template.yaml")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: mine\n"
                       "spec:\n  type: service\n  steps:\n    - id: f\n      action: fetch:template\n      input:\n"
                       "        url: ./skeleton\n");
        manifest.close();
        QTRY_COMPARE_WITH_TIMEOUT(catalog.entries().size(), builtIn + 1, 10000);
        QVERIFY(catalog.find(QStringLiteral("mine")));
        QCOMPARE(catalog.find(QStringLiteral("mine"))->source, folder.path());
        // A broken edit is reported, not fatal.
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write("kind: [\n");
        manifest.close();
        QTRY_COMPARE_WITH_TIMEOUT(catalog.entries().size(), builtIn, 10000);
        QVERIFY(!catalog.diagnostics().isEmpty());
        QVERIFY(catalog.diagnostics().constFirst().toString().contains(QStringLiteral("mine/template.yaml:")));
    }

    void composeAService()
    {
        ComposePage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.galleryModel()->rowCount() >= 4);

        // Search is debounced, then filters the gallery.
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("templateSearch"));
        QTest::keyClicks(search, QStringLiteral("python"));
        QCOMPARE(page.galleryModel()->rowCount() >= 4, true); // not yet: debounced
        QTRY_COMPARE(page.galleryModel()->rowCount(), 1);
        auto *gallery = page.findChild<QListView *>(QStringLiteral("templateGallery"));
        const QRect rect = gallery->visualRect(page.galleryModel()->index(0, TemplateCatalogModel::TitleColumn));
        QTest::mouseClick(gallery->viewport(), Qt::LeftButton, {}, rect.center());
        // Enter on a palette entry adds it to the composition and selects it.
        QTest::keyClick(gallery, Qt::Key_Return);
        QTRY_COMPARE(page.selectedNode(), QStringLiteral("python-web-api"));
        QCOMPARE(page.document()->composition().services.size(), 1);
        QTRY_VERIFY(page.form()->editorFor(QStringLiteral("name")));

        // The name starts as the node's id. Typing an invalid one shows the message under the field
        // and no preview.
        auto *name = qobject_cast<QLineEdit *>(page.form()->editorFor(QStringLiteral("name")));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("python-web-api"));
        QTest::keyClicks(name, QStringLiteral("Orders"));
        QLabel *nameError = page.form()->errorLabelFor(QStringLiteral("name"));
        QTRY_VERIFY(nameError->isVisible());
        QVERIFY2(nameError->text().contains(QStringLiteral("must match the pattern")), qPrintable(nameError->text()));
        auto *generate = page.findChild<QPushButton *>(QStringLiteral("generateButton"));
        QVERIFY(!generate->isEnabled());

        name->clear();
        QTest::keyClicks(name, QStringLiteral("orders"));
        QTRY_VERIFY(!nameError->isVisible());
        QTest::keyClicks(
            qobject_cast<QLineEdit *>(page.form()->editorFor(QStringLiteral("owner"))), QStringLiteral("team-a"));
        QTest::keyClicks(
            qobject_cast<QLineEdit *>(page.form()->editorFor(QStringLiteral("system"))), QStringLiteral("shop"));

        // The preview follows: the file tree and the selected file's content.
        QTRY_VERIFY(page.previewModel()->indexForPath(QStringLiteral("app/main.py")).isValid());
        QTRY_VERIFY(generate->isEnabled());
        auto *content = page.findChild<ConfigEditor *>(QStringLiteral("previewContent"));
        // A service's generated files can be edited (kept as overrides; see editGeneratedFile).
        QVERIFY(content && !content->isReadOnly());
        QTRY_VERIFY(content->content().startsWith(QStringLiteral("# orders")));
        QVERIFY(!page.previewModel()->indexForPath(QStringLiteral("docs/resources/orders-db.md")).isValid());

        // What was typed is in the composition, as one undo step per field.
        QCOMPARE(page.document()->service(QStringLiteral("python-web-api"))->parameters.value(QStringLiteral("owner")),
            QJsonValue(QStringLiteral("team-a")));

        // Attaching a resource (a PostgreSQL node, connected on the canvas) adds its files and
        // changes the service's.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("postgres"));
        QTRY_COMPARE(page.galleryModel()->index(0, 0).data(TemplateCatalogModel::NameRole).toString(),
            QStringLiteral("postgres"));
        QCOMPARE(page.galleryModel()->rowCount(), 1);
        gallery->setCurrentIndex(page.galleryModel()->index(0, TemplateCatalogModel::TitleColumn));
        QTest::keyClick(gallery, Qt::Key_Return);
        QTRY_COMPARE(page.selectedNode(), QStringLiteral("postgres"));
        QCOMPARE(
            page.document()->connectNodes(QStringLiteral("python-web-api"), QStringLiteral("postgres")), QString());
        page.canvas()->scene()->selectOnly({ QStringLiteral("python-web-api") });
        QTRY_COMPARE(page.selectedNode(), QStringLiteral("python-web-api"));
        QTRY_VERIFY(page.previewModel()->indexForPath(QStringLiteral("docs/resources/postgres.md")).isValid());
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("previewTree"));
        tree->setCurrentIndex(page.previewModel()->indexForPath(QStringLiteral("deploy/k8s/deployment.yaml")));
        QTRY_VERIFY(content->content().contains(QStringLiteral("name: DATABASE_URL")));

        // A parameter change re-renders and keeps the selected file.
        auto *description = qobject_cast<QLineEdit *>(page.form()->editorFor(QStringLiteral("description")));
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Takes orders"));
        tree->setCurrentIndex(page.previewModel()->indexForPath(QStringLiteral("catalog-info.yaml")));
        QTRY_VERIFY(content->content().contains(QStringLiteral("description: \"Takes orders\"")));

        if (qEnvironmentVariableIsSet("TARMAC_COMPOSE_SCREENSHOT"))
            page.grab().save(qEnvironmentVariable("TARMAC_COMPOSE_SCREENSHOT"));

        // Generate writes the whole composition, off the GUI thread: each service with its record
        // (which tarmacctl drift checks) and the system files.
        QTemporaryDir out;
        QSignalSpy generated(&page, &ComposePage::generationFinished);
        page.generateTo(out.filePath(QStringLiteral("shop")));
        QVERIFY(generated.wait(30000));
        QVERIFY2(generated.constFirst().constFirst().toBool(),
            qPrintable(page.findChild<QLabel *>(QStringLiteral("composeStatus"))->text()));
        for (const char *file :
            { "services/python-web-api/app/main.py", "services/python-web-api/docs/resources/postgres.md",
                "services/python-web-api/.tarmac/service.yaml", "compose.yaml", "deploy/kustomization.yaml" })
            QVERIFY2(QFileInfo::exists(out.filePath(QStringLiteral("shop/") + QLatin1String(file))), file);

        // Undo takes the connection away again, and the preview follows.
        while (page.document()
                ->undoStack()
                ->command(page.document()->undoStack()->index() - 1)
                ->text()
                .startsWith(QStringLiteral("Edit")))
            page.document()->undoStack()->undo();
        page.document()->undoStack()->undo();
        QVERIFY(page.document()->composition().connections.isEmpty());
        QTRY_VERIFY(!page.previewModel()->indexForPath(QStringLiteral("docs/resources/postgres.md")).isValid());
    }

    void editGeneratedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.tarmac.yaml"));
        QVERIFY(QFile::copy(QStringLiteral(TARMAC_SOURCE_DIR "/examples/shop.tarmac.yaml"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QString file = QStringLiteral("catalog-info.yaml");
        const QString note = QStringLiteral("# Reviewed by the shop team");
        QTemporaryDir out;
        {
            ComposePage page;
            page.resize(1200, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QTRY_VERIFY(!page.catalog()->entries().isEmpty());
            QCOMPARE(page.openDocument(path), QString());
            page.canvas()->scene()->selectOnly({ QStringLiteral("api") });
            QTRY_COMPARE(page.selectedNode(), QStringLiteral("api"));
            auto *tree = page.findChild<QTreeView *>(QStringLiteral("previewTree"));
            auto *editor = page.findChild<ConfigEditor *>(QStringLiteral("previewContent"));
            QTRY_VERIFY(page.previewModel()->indexForPath(file).isValid());
            tree->setCurrentIndex(page.previewModel()->indexForPath(file));
            QTRY_VERIFY(editor->content().contains(QStringLiteral("description: \"Orders, carts")));
            QVERIFY(!editor->isReadOnly());
            const QString generated = editor->content();
            QVERIFY(generated.endsWith(u'\n'));
            const int stepsBefore = page.document()->undoStack()->count();

            // Typing in the real editor: a line at the end of the file.
            QTextCursor cursor = editor->textEdit()->textCursor();
            cursor.movePosition(QTextCursor::End);
            editor->textEdit()->setTextCursor(cursor);
            editor->textEdit()->setFocus();
            QTest::keyClicks(editor->textEdit(), note);
            QTest::keyClick(editor->textEdit(), Qt::Key_Return);
            const ServiceNode *api = page.document()->service(QStringLiteral("api"));
            QVERIFY(api->overrideOf(file));
            QCOMPARE(api->overrideOf(file)->base, generated.toUtf8());
            QCOMPARE(QString::fromUtf8(api->overrideOf(file)->edited), generated + note + u'\n');
            QCOMPARE(page.previewModel()->indexForPath(file).data(RenderedFilesModel::MarkRole).toString(),
                QStringLiteral("edited"));
            QVERIFY(page.findChild<QWidget *>(QStringLiteral("overrideBar"))->isVisible());
            // One undo step for the whole typing.
            QCOMPARE(page.document()->undoStack()->count(), stepsBefore + 1);

            // Switching files and back loses nothing.
            tree->setCurrentIndex(page.previewModel()->indexForPath(QStringLiteral("README.md")));
            QTRY_VERIFY(!editor->content().contains(note));
            tree->setCurrentIndex(page.previewModel()->indexForPath(file));
            QTRY_VERIFY(editor->content().endsWith(note + u'\n'));

            // A parameter change that changes the same file elsewhere: both are in the result.
            auto *description = qobject_cast<QLineEdit *>(page.form()->editorFor(QStringLiteral("description")));
            description->selectAll();
            QTest::keyClicks(description, QStringLiteral("Takes orders"));
            QTRY_VERIFY(editor->content().contains(QStringLiteral("description: \"Takes orders\"")));
            QVERIFY(editor->content().endsWith(note + u'\n'));
            QCOMPARE(page.document()->undoStack()->count(), stepsBefore + 2);

            // Undo the parameter, then the edit; redo both.
            QUndoStack *undo = page.document()->undoStack();
            undo->undo();
            QTRY_VERIFY(editor->content().contains(QStringLiteral("description: \"Orders, carts")));
            QVERIFY(editor->content().endsWith(note + u'\n'));
            undo->undo();
            QTRY_COMPARE(editor->content(), generated);
            QVERIFY(!page.document()->service(QStringLiteral("api"))->overrideOf(file));
            QCOMPARE(page.previewModel()->indexForPath(file).data(RenderedFilesModel::MarkRole).toString(), QString());
            undo->redo();
            QTRY_VERIFY(editor->content().endsWith(note + u'\n'));
            undo->redo();
            QTRY_VERIFY(editor->content().contains(QStringLiteral("description: \"Takes orders\"")));
            QVERIFY(editor->content().endsWith(note + u'\n'));

            // The bundle carries the merged file and marks it.
            const QString bundlePath = QStringLiteral("services/api/") + file;
            QTRY_VERIFY_WITH_TIMEOUT(page.bundleModel()
                                         ->indexForPath(bundlePath)
                                         .data(RenderedFilesModel::ContentRole)
                                         .toByteArray()
                                         .endsWith((note + u'\n').toUtf8()),
                20000);
            QCOMPARE(page.bundleModel()->indexForPath(bundlePath).data(RenderedFilesModel::MarkRole).toString(),
                QStringLiteral("edited"));
            QVERIFY(page.saveComposition(path));
        }
        {
            // Reopened: the edit is in the file, and Generate writes it merged with the parameter.
            ComposePage page;
            page.resize(1200, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QTRY_VERIFY(!page.catalog()->entries().isEmpty());
            QCOMPARE(page.openDocument(path), QString());
            QVERIFY(page.document()->service(QStringLiteral("api"))->overrideOf(file));
            QSignalSpy generated(&page, &ComposePage::generationFinished);
            page.generateTo(out.path());
            QVERIFY(generated.wait(30000));
            QVERIFY2(generated.constFirst().constFirst().toBool(),
                qPrintable(page.findChild<QLabel *>(QStringLiteral("composeStatus"))->text()));
            QFile written(out.filePath(QStringLiteral("services/api/") + file));
            QVERIFY(written.open(QIODevice::ReadOnly));
            const QByteArray bytes = written.readAll();
            QVERIFY2(bytes.endsWith((note + u'\n').toUtf8()), bytes.constData());
            QVERIFY(bytes.contains("description: \"Takes orders\""));

            // Revert to the generated text, as one undo step; generating again drops the edit.
            page.canvas()->scene()->selectOnly({ QStringLiteral("api") });
            auto *tree = page.findChild<QTreeView *>(QStringLiteral("previewTree"));
            auto *editor = page.findChild<ConfigEditor *>(QStringLiteral("previewContent"));
            QTRY_VERIFY(page.previewModel()->indexForPath(file).isValid());
            tree->setCurrentIndex(page.previewModel()->indexForPath(file));
            QTRY_VERIFY(editor->content().endsWith(note + u'\n'));
            auto *revert = page.findChild<QPushButton *>(QStringLiteral("revertFileButton"));
            QVERIFY(revert->isVisible());
            QTest::mouseClick(revert, Qt::LeftButton);
            QTRY_VERIFY(!editor->content().contains(note));
            QVERIFY(!page.document()->service(QStringLiteral("api"))->overrideOf(file));
            generated.clear();
            page.generateTo(out.path());
            QVERIFY(generated.wait(30000));
            QVERIFY2(generated.constFirst().constFirst().toBool(),
                qPrintable(page.findChild<QLabel *>(QStringLiteral("composeStatus"))->text()));
            written.close();
            QVERIFY(written.open(QIODevice::ReadOnly));
            QVERIFY(!written.readAll().contains(note.toUtf8()));
        }
    }

    void conflictsAreResolvedHunkByHunk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.tarmac.yaml"));
        QVERIFY(QFile::copy(QStringLiteral(TARMAC_SOURCE_DIR "/examples/shop.tarmac.yaml"), path));
        const QString file = QStringLiteral("catalog-info.yaml");
        ComposePage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.catalog()->entries().isEmpty());
        QCOMPARE(page.openDocument(path), QString());
        page.canvas()->scene()->selectOnly({ QStringLiteral("api") });
        QTRY_COMPARE(page.selectedNode(), QStringLiteral("api"));
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("previewTree"));
        auto *editor = page.findChild<ConfigEditor *>(QStringLiteral("previewContent"));
        QTRY_VERIFY(page.previewModel()->indexForPath(file).isValid());
        tree->setCurrentIndex(page.previewModel()->indexForPath(file));
        QTRY_VERIFY(editor->content().contains(QStringLiteral("description: \"Orders, carts")));

        // The edit and the parameter change the same line.
        QTextCursor cursor = editor->textEdit()->document()->find(QStringLiteral("Orders, carts"));
        QVERIFY(!cursor.isNull());
        editor->textEdit()->setTextCursor(cursor);
        QTest::keyClicks(editor->textEdit(), QStringLiteral("Hand-written"));
        auto *description = qobject_cast<QLineEdit *>(page.form()->editorFor(QStringLiteral("description")));
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("From the form"));
        QTRY_VERIFY(editor->content().contains(QStringLiteral("From the form\"")));
        QVERIFY(editor->content().contains(QStringLiteral("<<<<<<<")));
        QVERIFY(editor->content().contains(QStringLiteral("Hand-written")));
        QVERIFY(page.previewModel()
                ->indexForPath(file)
                .data(RenderedFilesModel::MarkRole)
                .toString()
                .contains(QStringLiteral("conflict")));
        auto *keepMine = page.findChild<QPushButton *>(QStringLiteral("keepMineButton"));
        QVERIFY(keepMine->isVisible());
        if (qEnvironmentVariableIsSet("TARMAC_CONFLICT_SCREENSHOT"))
            page.grab().save(qEnvironmentVariable("TARMAC_CONFLICT_SCREENSHOT"));
        QTest::mouseClick(keepMine, Qt::LeftButton);
        QTRY_VERIFY(!editor->content().contains(QStringLiteral("<<<<<<<")));
        QVERIFY(editor->content().contains(QStringLiteral("description: \"Hand-written")));
        QVERIFY(!editor->content().contains(QStringLiteral("From the form")));
        QVERIFY(!keepMine->isVisible());
        // The resolution is an undo step of its own: undoing it brings the conflict back.
        page.document()->undoStack()->undo();
        QTRY_VERIFY(editor->content().contains(QStringLiteral("<<<<<<<")));
        auto *takeTemplate = page.findChild<QPushButton *>(QStringLiteral("takeTemplateButton"));
        QTest::mouseClick(takeTemplate, Qt::LeftButton);
        QTRY_VERIFY(editor->content().contains(QStringLiteral("description: \"From the form\"")));
        QVERIFY(!editor->content().contains(QStringLiteral("Hand-written")));
        // Taking the template's lines gives the render back: nothing is left to keep.
        QVERIFY(!page.document()->service(QStringLiteral("api"))->overrideOf(file));
    }

    void gitRepositoryAfterGenerate()
    {
        ComposePage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.catalog()->entries().isEmpty());
        QCOMPARE(page.openDocument(QStringLiteral(TARMAC_SOURCE_DIR "/examples/shop.tarmac.yaml")), QString());
        auto *git = page.findChild<QPushButton *>(QStringLiteral("gitInitButton"));
        auto *status = page.findChild<QLabel *>(QStringLiteral("composeStatus"));
        QVERIFY(!git->isEnabled()); // nothing generated yet

        QTemporaryDir out;
        QSignalSpy generated(&page, &ComposePage::generationFinished);
        page.generateTo(out.path());
        QVERIFY(generated.wait(30000));
        QVERIFY2(generated.constFirst().constFirst().toBool(), qPrintable(status->text()));
        QVERIFY(git->isEnabled());
        page.findChild<QLineEdit *>(QStringLiteral("gitRemoteEdit"))
            ->setText(QStringLiteral("https://git.example.org/shop.git"));
        QSignalSpy initialised(&page, &ComposePage::repositoryInitialised);
        QTest::mouseClick(git, Qt::LeftButton);
        QVERIFY(initialised.wait(30000));
        QVERIFY2(initialised.constFirst().constFirst().toBool(), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("is now a git repository: first commit")),
            qPrintable(status->text()));
        QVERIFY(QFileInfo(out.filePath(QStringLiteral(".git"))).isDir());
        QProcess gitLog;
        gitLog.setWorkingDirectory(out.path());
        gitLog.start(QStringLiteral("git"), { QStringLiteral("log"), QStringLiteral("--format=%an|%s") });
        if (gitLog.waitForFinished(10000) && gitLog.exitCode() == 0)
            QCOMPARE(QString::fromUtf8(gitLog.readAllStandardOutput()).trimmed(),
                QStringLiteral("Config Person|Generated by Tarmac"));

        // Again: a clear refusal, and the repository is as it was.
        QVERIFY(git->isEnabled());
        QTest::mouseClick(git, Qt::LeftButton);
        QVERIFY(initialised.wait(30000));
        QVERIFY(!initialised.at(1).constFirst().toBool());
        QVERIFY2(status->text().contains(QStringLiteral("is already a git repository")), qPrintable(status->text()));
    }

    void openSaveAndRecover()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.tarmac.yaml"));
        QVERIFY(QFile::copy(QStringLiteral(TARMAC_SOURCE_DIR "/examples/shop.tarmac.yaml"), path));
        {
            ComposePage page;
            QTRY_VERIFY(!page.catalog()->entries().isEmpty());
            QCOMPARE(page.openDocument(path), QString());
            QCOMPARE(page.document()->composition().services.size(), 3);
            QVERIFY(page.canvas()->scene()->nodeItem(QStringLiteral("orders-db")));
            QVERIFY(!page.document()->isModified());
            // The whole composition's files, from the bundle renderer, beside the canvas.
            QTRY_VERIFY_WITH_TIMEOUT(page.bundleModel()->indexForPath(QStringLiteral("compose.yaml")).isValid(), 20000);
            QVERIFY(page.bundleModel()->indexForPath(QStringLiteral("services/api/Dockerfile")).isValid());

            // A broken file is refused with file, line and column, and the open composition stays.
            const QString broken = dir.filePath(QStringLiteral("broken.tarmac.yaml"));
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("apiVersion: tarmac.dev/v1\nkind: Composition\nmetadata: {name: x}\n"
                       "connections:\n  - {from: a, to: b, kind: uses}\n");
            file.close();
            const QString error = page.openDocument(broken);
            QVERIFY2(error.contains(broken + QStringLiteral(":5:5:")), qPrintable(error));
            QCOMPARE(page.document()->filePath(), path);

            // An edit that is not saved goes to the autosave when the page goes.
            QCOMPARE(page.document()->renameNode(QStringLiteral("worker"), QStringLiteral("mailer")), QString());
            QVERIFY(page.document()->isModified());
        }
        {
            ComposePage page;
            QVERIFY2(page.messageText().contains(QStringLiteral("Recovered the unsaved composition")),
                qPrintable(page.messageText()));
            QVERIFY(page.document()->service(QStringLiteral("mailer")));
            QVERIFY(page.document()->isModified());
            QCOMPARE(page.document()->filePath(), path);
            QVERIFY(page.saveComposition(path));
            QVERIFY(!page.document()->isModified());
            page.document()->waitForAutosave();
            QVERIFY(CompositionDocument::recoverableFiles(page.document()->autosaveDirectory()).isEmpty());
        }
        const CompositionLoadResult saved = CompositionFile::load(path);
        QVERIFY(saved.ok());
        QVERIFY(saved.layout.positions.contains(QStringLiteral("mailer")));
        // Nothing left to recover after a save.
        ComposePage page;
        QCOMPARE(page.messageText(), QString());
        QVERIFY(page.document()->composition().services.isEmpty());
    }
};

QTEST_MAIN(TestComposePage)
#include "tst_composepage.moc"
