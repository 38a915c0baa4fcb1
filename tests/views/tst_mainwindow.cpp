// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "assessment/assessmentdocument.h"
#include "assessment/assessmentpage.h"
#include "composition/compositioncanvas.h"
#include "config/configeditor.h"
#include "core/translations.h"
#include "mainwindow.h"
#include "navigationsidebar.h"
#include "platform/platformconnection.h"
#include "platformstatuswidget.h"
#include "workareapage.h"
#include "workbench/recentdocuments.h"
#include "workbench/workareamodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Tarmac;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void visitsEveryPageThroughTheSidebar()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *sidebar = window.findChild<NavigationSidebar *>();
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(sidebar && pages);
        QAbstractItemModelTester tester(sidebar->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(sidebar->model()->rowCount(), 4);
        // Only the page on screen is built at start-up; the others when first visited.
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("composePage")));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("assessPage")));

        // Backwards, so that every click changes the page.
        for (int row = sidebar->model()->rowCount() - 1; row >= 0; --row) {
            const QModelIndex index = sidebar->model()->index(row, 0);
            const QString id = index.data(WorkAreaModel::IdRole).toString();
            const QString title = index.data(Qt::DisplayRole).toString();
            const QRect rect = sidebar->visualRect(index);
            QVERIFY2(sidebar->viewport()->rect().contains(rect.center()),
                qPrintable(id + QStringLiteral(" is not visible")));
            QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
            QTRY_COMPARE(pages->currentWidget()->objectName(), id + QStringLiteral("Page"));
            QCOMPARE(window.windowTitle(), title + QStringLiteral(" — Tarmac"));
            QVERIFY(pages->currentWidget()->isVisible());
            // A page whose feature has not landed says what it will hold, and shows no data it does not have.
            if (qobject_cast<WorkAreaPage *>(pages->currentWidget())) {
                const auto *planned = pages->currentWidget()->findChild<QLabel *>(QStringLiteral("plannedContents"));
                QVERIFY(planned && planned->isVisible());
                QVERIFY(planned->text().contains(QStringLiteral("This page will hold")));
            }
            const QAction *viewAction = window.findChild<QAction *>(QStringLiteral("showPage_") + id);
            QVERIFY(viewAction && viewAction->isChecked());
        }
    }

    // View > Language lists every language Tarmac has, each by its own name; the choice is kept
    // for the next start (the test of that start is in tst_commandline) and the window says so.
    void choosesTheLanguageForTheNextStart()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList labels;
        for (const QAction *action : menu->actions())
            labels.append(action->text());
        QCOMPARE(labels,
            QStringList({ QStringLiteral("Follow &System"), QStringLiteral("Deutsch"), QStringLiteral("English"),
                QStringLiteral("Français") }));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("language_system"))->isChecked());

        auto *german = window.findChild<QAction *>(QStringLiteral("language_de"));
        german->trigger();
        QVERIFY(german->isChecked());
        QCOMPARE(QSettings().value(QLatin1String(languageSettingKey)).toString(), QStringLiteral("de"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Deutsch")),
            qPrintable(window.statusBar()->currentMessage()));
        window.findChild<QAction *>(QStringLiteral("language_system"))->trigger();
        QCOMPARE(QSettings().value(QLatin1String(languageSettingKey)).toString(), QString());
    }

    void switchesPagesWithKeyboardShortcuts()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTRY_VERIFY(window.isActiveWindow());
        const QList<std::pair<Qt::Key, WorkArea>> keys = {
            { Qt::Key_3, WorkArea::Metrics },
            { Qt::Key_4, WorkArea::Assess },
            { Qt::Key_2, WorkArea::Deploy },
            { Qt::Key_1, WorkArea::Compose },
        };
        for (const auto &[key, area] : keys) {
            QTest::keyClick(&window, key, Qt::ControlModifier);
            QTRY_COMPARE(window.currentWorkArea(), area);
            auto *sidebar = window.findChild<NavigationSidebar *>();
            QCOMPARE(sidebar->currentIndex().data(WorkAreaModel::IdRole).toString(), workAreaId(area));
        }
    }

    void remembersPageAndGeometry()
    {
        QSettings().clear();
        PlatformConnection platform;
        {
            MainWindow window(&platform);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(700, 500); // within the offscreen screen, so nothing clamps it
            window.showWorkArea(WorkArea::Assess);
            window.close();
        }
        MainWindow again(&platform);
        again.restoreSettings();
        QCOMPARE(again.currentWorkArea(), WorkArea::Assess);
        QCOMPARE(again.size(), QSize(700, 500));
    }

    void statusBarShowsThePlatform()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        auto *status = window.findChild<PlatformStatusWidget *>();
        QVERIFY(status && status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("Local platform: not started"));
    }

    void darkAndLightSchemes()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        QAction *dark = nullptr;
        QAction *light = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("&Dark"))
                dark = action;
            else if (action->text() == QStringLiteral("&Light"))
                light = action;
        }
        QVERIFY(dark && light);
        dark->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QTRY_VERIFY(window.palette().color(QPalette::WindowText).lightness() > 128);
        light->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
        QTRY_VERIFY(window.palette().color(QPalette::WindowText).lightness() < 128);
        QVERIFY(light->isChecked() && !dark->isChecked());
    }

    void saysWhichFilesItCannotOpen()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        window.openFiles({ QStringLiteral("/tmp/notes.txt") });
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("openProblems"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->informativeText().contains(QStringLiteral("/tmp/notes.txt is not a Tarmac composition")),
            qPrintable(box->informativeText()));
        box->accept();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("openProblems")));
    }

    void openRecentOffersCompositionsAndSessions()
    {
        RecentDocuments::clear();
        QTemporaryDir dir;
        const QString composition = dir.filePath(QStringLiteral("shop.tarmac.yaml"));
        QVERIFY(QFile::copy(QStringLiteral(TARMAC_SOURCE_DIR "/examples/shop.tarmac.yaml"), composition));
        const QString session = dir.filePath(QStringLiteral("team.tarmac-assessment.yaml"));
        const QString gone = dir.filePath(QStringLiteral("gone.tarmac.yaml"));
        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        const auto documentActions = [menu] {
            Q_EMIT menu->aboutToShow();
            QList<QAction *> actions;
            for (QAction *action : menu->actions()) {
                if (!action->data().toString().isEmpty())
                    actions.append(action);
            }
            return actions;
        };
        QVERIFY(documentActions().isEmpty());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("clearRecentAction"))->isEnabled());

        // Opened or saved on their pages: newest first.
        window.openFiles({ composition });
        QTRY_COMPARE(window.currentWorkArea(), WorkArea::Compose);
        window.showWorkArea(WorkArea::Assess);
        auto *assess = window.findChild<AssessmentPage *>();
        QVERIFY(assess);
        QVERIFY(assess->saveSession(session));
        RecentDocuments::add(gone); // opened once, then deleted
        QList<QAction *> actions = documentActions();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.at(0)->data().toString(), gone);
        QVERIFY(!actions.at(0)->isEnabled());
        QVERIFY(actions.at(0)->text().contains(QStringLiteral("not found")));
        QCOMPARE(actions.at(1)->data().toString(), session);
        QVERIFY(actions.at(1)->isEnabled());
        QCOMPARE(actions.at(2)->data().toString(), composition);

        // Choosing one opens it on its page.
        actions.at(2)->trigger();
        QTRY_COMPARE(window.currentWorkArea(), WorkArea::Compose);
        actions = documentActions();
        QCOMPARE(actions.at(0)->data().toString(), composition); // opened again: first
        QCOMPARE(actions.at(2)->data().toString(), session);
        actions.at(2)->trigger();
        QTRY_COMPARE(window.currentWorkArea(), WorkArea::Assess);
        QCOMPARE(assess->document()->filePath(), session);

        // Kept across starts (QSettings), and cleared from the menu.
        QCOMPARE(QSettings().value(QLatin1String(RecentDocuments::SettingsKey)).toStringList().size(), 3);
        auto *clear = window.findChild<QAction *>(QStringLiteral("clearRecentAction"));
        QVERIFY(clear->isEnabled());
        clear->trigger();
        QVERIFY(documentActions().isEmpty());
        QVERIFY(RecentDocuments::paths().isEmpty());
    }

    void canvasActionsFitAt1100Pixels()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        QVERIFY(showAt1100Pixels(window, WorkArea::Compose));
        auto *canvas = window.findChild<CompositionCanvas *>();
        QVERIFY(canvas);
        QTRY_VERIFY(canvas->isVisible());
        QVERIFY(!canvas->canvasActions().isEmpty());
        // Every action is a button on screen, inside the canvas: none behind an overflow arrow.
        for (QAction *action : canvas->canvasActions()) {
            auto *button = canvas->findChild<QToolButton *>(action->objectName() + QStringLiteral("Button"));
            QVERIFY2(button, qPrintable(action->objectName()));
            QTRY_VERIFY2(button->isVisible(), qPrintable(action->objectName()));
            QVERIFY2(liesWithin(button, canvas), qPrintable(action->objectName()));
            QVERIFY2(liesWithin(button, &window), qPrintable(action->objectName()));
        }
        saveScreenshot(window);
    }

    // At 1100x720 the Compose page's editor shows a screenful of a file, not a few lines under the form.
    void composeEditorHasRoomAt1100Pixels()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        QVERIFY(showAt1100Pixels(window, WorkArea::Compose));
        auto *editor = window.findChild<ConfigEditor *>(QStringLiteral("previewContent"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        const QWidget *text = editor->textEdit()->viewport();
        const int lines = text->height() / editor->textEdit()->fontMetrics().lineSpacing();
        QVERIFY2(lines >= 10, qPrintable(QString::number(lines)));
        // And the form keeps room for a few fields.
        auto *generate = window.findChild<QWidget *>(QStringLiteral("generateButton"));
        QVERIFY(generate && generate->isVisible());
        saveScreenshot(window);
    }

    // The Assess page's session actions wrap like the canvas's: presenter mode (F5) stays a button on screen.
    void assessActionsFitAt1100Pixels()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        QVERIFY(showAt1100Pixels(window, WorkArea::Assess));
        auto *page = window.findChild<AssessmentPage *>();
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        auto *toolbar = page->findChild<QWidget *>(QStringLiteral("assessmentToolbar"));
        QVERIFY(toolbar);
        QTRY_VERIFY(toolbar->isVisible());
        const QList<QWidget *> controls = toolbar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        QStringList names;
        for (QWidget *control : controls) {
            names.append(control->objectName());
            QTRY_VERIFY2(control->isVisible(), qPrintable(control->objectName()));
            QVERIFY2(liesWithin(control, &window), qPrintable(control->objectName()));
            QVERIFY2(liesWithin(control, page), qPrintable(control->objectName()));
        }
        for (const QString &name : { QStringLiteral("modelChooser"), QStringLiteral("newSessionActionButton"),
                 QStringLiteral("openSessionActionButton"), QStringLiteral("saveSessionActionButton"),
                 QStringLiteral("loadModelActionButton"), QStringLiteral("compareActionButton"),
                 QStringLiteral("platformButton"), QStringLiteral("exportButton"),
                 QStringLiteral("presenterModeActionButton") })
            QVERIFY2(names.contains(name), qPrintable(name));
        saveScreenshot(window);

        // The button is the page's F5 action.
        auto *presenter = toolbar->findChild<QToolButton *>(QStringLiteral("presenterModeActionButton"));
        QCOMPARE(presenter->defaultAction()->shortcut(), QKeySequence(Qt::Key_F5));
    }

    // The Metrics page's filters wrap too: the window keeps its 1100 pixels, the sidebar its labels.
    void metricsFiltersFitAt1100Pixels()
    {
        PlatformConnection platform;
        MainWindow window(&platform);
        QVERIFY(showAt1100Pixels(window, WorkArea::Metrics));
        for (const QString &name : { QStringLiteral("scopeKind"), QStringLiteral("scopeName"),
                 QStringLiteral("rangePreset"), QStringLiteral("rangeFrom"), QStringLiteral("rangeTo"),
                 QStringLiteral("bucket"), QStringLiteral("reportYear"), QStringLiteral("exportReport") }) {
            auto *control = window.findChild<QWidget *>(name);
            QVERIFY2(control, qPrintable(name));
            QTRY_VERIFY2(control->isVisible(), qPrintable(name));
            QVERIFY2(liesWithin(control, &window), qPrintable(name));
        }
        QCOMPARE(window.width(), 1100);
        auto *sidebar = window.findChild<NavigationSidebar *>();
        QVERIFY(sidebar);
        QCOMPARE(sidebar->width(), sidebar->sizeHint().width());
        saveScreenshot(window);
    }

    void aboutListsComponentVersions()
    {
        const QString versions = AboutDialog::componentVersions().join(u'\n');
        QVERIFY(versions.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
        QVERIFY(versions.contains(QStringLiteral("KSyntaxHighlighting 6.")));
    }

private:
    // The narrow window the layout checks use: 1100x720 on the given page, shown.
    static bool showAt1100Pixels(MainWindow &window, WorkArea area)
    {
        window.resize(1100, 720);
        window.showWorkArea(area);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }

    // True when widget's whole rectangle lies inside container's.
    static bool liesWithin(const QWidget *widget, const QWidget *container)
    {
        return container->rect().contains(QRect(widget->mapTo(container, QPoint(0, 0)), widget->size()));
    }

    // With TARMAC_WINDOW_SCREENSHOT=FILE, the window as the test left it, to look at.
    static void saveScreenshot(MainWindow &window)
    {
        if (qEnvironmentVariableIsSet("TARMAC_WINDOW_SCREENSHOT"))
            window.grab().save(qEnvironmentVariable("TARMAC_WINDOW_SCREENSHOT"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
