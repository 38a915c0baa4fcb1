// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/actionmodel.h"
#include "assessment/assessmentdocument.h"
#include "assessment/assessmentpage.h"
#include "assessment/assessmentsessionfile.h"
#include "assessment/participantmodel.h"
#include "assessment/presenterview.h"
#include "assessment/radarchartview.h"
#include "core/translations.h"
#include "mainwindow.h"
#include "platform/platformconnection.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Tarmac;

namespace {
template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

void click(QWidget *page, const QString &button)
{
    auto *target = child<QPushButton>(page, button);
    QVERIFY(target);
    QVERIFY2(target->isVisible() && target->isEnabled(), qPrintable(button));
    QTest::mouseClick(target, Qt::LeftButton);
}

void addParticipant(QWidget *page, const QString &name, int roleIndex)
{
    auto *nameEdit = child<QLineEdit>(page, QStringLiteral("participantName"));
    auto *role = child<QComboBox>(page, QStringLiteral("participantRole"));
    role->setCurrentIndex(roleIndex);
    QTest::keyClicks(nameEdit, name);
    click(page, QStringLiteral("addParticipant"));
}

void selectParticipant(QWidget *page, int row)
{
    auto *view = child<QTableView>(page, QStringLiteral("participantView"));
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(view->currentIndex().row(), row);
}

QString participantStatus(QWidget *page, int row)
{
    auto *view = child<QTableView>(page, QStringLiteral("participantView"));
    return view->model()->index(row, ParticipantModel::StatusColumn).data().toString();
}

void chooseByKeyboard(QWidget *page, const QString &comboName, int steps)
{
    auto *combo = child<QComboBox>(page, comboName);
    combo->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}
}

class TestAssessmentPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(); // English plural forms, as the workbench shows them
        QStandardPaths::setTestModeEnabled(true);
        QDir(AssessmentDocument::defaultAutosaveDirectory()).removeRecursively();
    }

    void cleanup() { QDir(AssessmentDocument::defaultAutosaveDirectory()).removeRecursively(); }

    void runsAThreeParticipantWorkshop()
    {
        QUndoGroup undoGroup;
        AssessmentPage page(&undoGroup);
        page.resize(1280, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(undoGroup.activeStack(), page.document()->undoStack());
        QAbstractItemModelTester tester(child<QTableView>(&page, QStringLiteral("participantView"))->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The CNCF model: Investment first, with its four levels described.
        QCOMPARE(child<QLabel>(&page, QStringLiteral("capabilityTitle"))->text(), QStringLiteral("Investment"));
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("levelDescriptions")));
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("voteLevel1"))->isEnabled()); // nobody to vote yet

        addParticipant(&page, QStringLiteral("Ana"), 0); // platform team
        addParticipant(&page, QStringLiteral("Bo"), 1); // app team
        addParticipant(&page, QStringLiteral("Cy"), 2); // leadership
        QCOMPARE(page.document()->session().participants.size(), 3);

        // Each participant in turn on the same machine; the next one is selected after each vote.
        selectParticipant(&page, 0);
        click(&page, QStringLiteral("voteLevel3"));
        click(&page, QStringLiteral("voteLevel1"));
        child<QComboBox>(&page, QStringLiteral("confidence"))->setCurrentIndex(1);
        click(&page, QStringLiteral("voteDontKnow"));
        // Who has voted is visible, what they voted is not.
        for (int row = 0; row < 3; ++row)
            QCOMPARE(participantStatus(&page, row), QStringLiteral("voted"));
        QVERIFY(!child<QWidget>(&page, QStringLiteral("spreadPanel"))->isVisible());
        QVERIFY(child<QLabel>(&page, QStringLiteral("voteStatus"))->text().startsWith(QLatin1String("3 of 3")));

        click(&page, QStringLiteral("revealButton"));
        QTRY_VERIFY(child<QWidget>(&page, QStringLiteral("spreadPanel"))->isVisible());
        const QString summary = child<QLabel>(&page, QStringLiteral("spreadSummary"))->text();
        QVERIFY2(summary.startsWith(QLatin1String("3 responses: 2 with a level, 1 don't know")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Median 2, interquartile range 1.5–2.5")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("Platform team: median 3")), qPrintable(summary));
        QCOMPARE(participantStatus(&page, 0), QStringLiteral("3 Scalable"));
        QVERIFY(!child<QPushButton>(&page, QStringLiteral("voteLevel1"))->isEnabled()); // revealed: votes are closed

        chooseByKeyboard(&page, QStringLiteral("agreedLevel"), 2); // Operational
        chooseByKeyboard(&page, QStringLiteral("targetLevel"), 3); // Scalable
        QTest::keyClicks(child<QLineEdit>(&page, QStringLiteral("dissent")), QStringLiteral("Bo"));
        QTest::keyClicks(child<QPlainTextEdit>(&page, QStringLiteral("privateNotes")), QStringLiteral("quiet room"));
        const CapabilityRecord *investment = page.document()->session().record(QStringLiteral("investment"));
        QCOMPARE(investment->agreedLevel, 2);
        QCOMPARE(investment->targetLevel, 3);
        QCOMPARE(investment->dissent, QStringLiteral("Bo"));
        QCOMPARE(investment->privateNotes, QStringLiteral("quiet room"));
        QCOMPARE(investment->votes.at(2).kind, Vote::Kind::DontKnow);
        QCOMPARE(investment->votes.at(2).confidence, 1);
        QTest::keyClicks(
            child<QLineEdit>(&page, QStringLiteral("evidenceText")), QStringLiteral("https://wiki.example/budget"));
        click(&page, QStringLiteral("addEvidence"));
        QCOMPARE(page.document()->session().record(QStringLiteral("investment"))->evidence.constFirst().kind,
            QStringLiteral("link"));
        QVERIFY(child<QLabel>(&page, QStringLiteral("evidenceList"))->text().contains(QLatin1String("wiki.example")));

        // Next capability with the keyboard.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(child<QLineEdit>(&page, QStringLiteral("dissent")), Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(child<QLabel>(&page, QStringLiteral("capabilityTitle"))->text(), QStringLiteral("Adoption"));
        QCOMPARE(participantStatus(&page, 0), QStringLiteral("waiting"));
        selectParticipant(&page, 0);
        click(&page, QStringLiteral("voteLevel2"));
        click(&page, QStringLiteral("voteLevel2"));
        click(&page, QStringLiteral("voteLevel3"));
        click(&page, QStringLiteral("revealButton"));
        chooseByKeyboard(&page, QStringLiteral("agreedLevel"), 2);

        // Undo through the workbench's undo group, as Edit > Undo does.
        undoGroup.undo();
        QCOMPARE(page.document()->session().record(QStringLiteral("adoption"))->agreedLevel, 0);
        undoGroup.redo();
        QCOMPARE(page.document()->session().record(QStringLiteral("adoption"))->agreedLevel, 2);

        // An action for this capability.
        auto *tabs = child<QTabWidget>(&page, QStringLiteral("assessmentTabs"));
        tabs->setCurrentIndex(2);
        QTest::keyClicks(
            child<QLineEdit>(&page, QStringLiteral("actionTitle")), QStringLiteral("Publish a golden path"));
        QTest::keyClicks(child<QLineEdit>(&page, QStringLiteral("actionOwner")), QStringLiteral("Ana"));
        click(&page, QStringLiteral("addAction"));
        QCOMPARE(page.document()->session().actions.size(), 1);
        QCOMPARE(page.document()->session().actions.constFirst().capabilityId, QStringLiteral("adoption"));

        // The radar shows agreed levels and targets.
        tabs->setCurrentIndex(1);
        auto *radar = page.findChild<RadarChartView *>();
        QVERIFY(radar && radar->isVisible());
        QCOMPARE(radar->agreedPoints().size(), 5);
        QCOMPARE(radar->agreedPoints().at(0).y(), 2.0);
        QCOMPARE(radar->agreedPoints().at(1).y(), 2.0);
        QCOMPARE(radar->targetPoints().at(0).y(), 3.0);
        // The same round read in the seed model, through the crosswalk.
        const QString crosswalk = child<QLabel>(&page, QStringLiteral("crosswalkSummary"))->text();
        QVERIFY2(crosswalk.startsWith(QStringLiteral(
                     "Read as Platform Engineering — Platform Engineering: 2 Centralised Shared Services")),
            qPrintable(crosswalk));

        // TARMAC_TEST_SCREENSHOTS=DIR keeps pictures of the tabs, for looking at the layout.
        if (const QString shots = qEnvironmentVariable("TARMAC_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(50);
                page.grab().save(QStringLiteral("%1/assess-tab%2.png").arg(shots).arg(tab));
            }
            tabs->setCurrentIndex(1);
        }

        // Save, export, and compare with the next round.
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("spring.tarmac-assessment.yaml"));
        QVERIFY(page.saveSession(first));
        QVERIFY(!page.document()->isModified());
        const QString csv = dir.filePath(QStringLiteral("spring.csv"));
        QVERIFY(page.exportCsv(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 6);
        QVERIFY(rows.at(1).startsWith("investment,Investment,3,2,1,0,2,1.5,2.5,3,1,2,Operational,3,Scalable,,Bo"));
        const QString pdf = dir.filePath(QStringLiteral("spring.pdf"));
        QVERIFY(page.exportPdf(pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF-"));

        AssessmentPage autumn(nullptr);
        autumn.show();
        QVERIFY(autumn.openSession(first));
        QCOMPARE(autumn.document()->session(), page.document()->session());
        QVERIFY(autumn.loadPreviousRound(first));
        auto *previousRadar = autumn.findChild<RadarChartView *>();
        QCOMPARE(previousRadar->previousPoints().at(0).y(), 2.0);
        // Last round's action, and how its capability moved since.
        auto *previousActions = child<QTableView>(&autumn, QStringLiteral("previousActionTable"));
        QAbstractItemModelTester previousTester(
            previousActions->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(previousActions->model()->rowCount(), 1);
        QCOMPARE(previousActions->model()->index(0, ActionModel::MovedColumn).data().toString(),
            QStringLiteral("2 → 2, no change"));
        autumn.document()->setAgreement(QStringLiteral("adoption"), 3, 3, QString());
        QCOMPARE(previousActions->model()->index(0, ActionModel::MovedColumn).data().toString(),
            QStringLiteral("2 → 3, up"));
        QCOMPARE(previousActions->model()->index(0, 0).data(ActionModel::LevelChangeRole).toInt(), 1);
    }

    void brokenOrNewerFilesAreRefusedWithoutLoss()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.tarmac-assessment.yaml"));
        const QByteArray future = "format: tarmac-assessment/9\nid: x\nsomething: new\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(future);
        file.close();
        AssessmentPage page(nullptr);
        page.show();
        QVERIFY(!page.openSession(path));
        QVERIFY2(page.messageText().contains(QLatin1String("newer Tarmac")), qPrintable(page.messageText()));
        QVERIFY(page.messageText().contains(QLatin1String("future.tarmac-assessment.yaml:1:9")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), future);
    }

    void facilitatorsOwnModelsAndTheRoom()
    {
        AssessmentPage page(nullptr);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("mine.yaml"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("schema: tarmac-maturity-model/1\nid: mine\nversion: '1'\nname: Mine\nlevels:\n  - {value: 1}\n"
                   "capabilities: [{id: a, name: A}]\n");
        file.close();
        QVERIFY(!page.loadModelFile(broken));
        QVERIFY2(page.messageText().contains(broken + QStringLiteral(":6:5: missing required key 'name'")),
            qPrintable(page.messageText()));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("schema: tarmac-maturity-model/1\nid: mine\nversion: '1'\nname: Mine\nlevels:\n"
                   "  - {value: 1, name: Low}\n  - {value: 2, name: High}\ncapabilities: [{id: a, name: A}, {id: b, "
                   "name: B}]\n");
        file.close();
        QVERIFY(page.loadModelFile(broken));
        QCOMPARE(page.document()->model().id, QStringLiteral("mine"));
        QCOMPARE(child<QComboBox>(&page, QStringLiteral("modelChooser"))->currentText(), QStringLiteral("Mine"));
        QVERIFY(child<QPushButton>(&page, QStringLiteral("voteLevel2")));

        // Someone leaves: they and their votes go, and that can be undone.
        addParticipant(&page, QStringLiteral("Eve"), 0);
        addParticipant(&page, QStringLiteral("Fay"), 1);
        selectParticipant(&page, 0);
        click(&page, QStringLiteral("voteLevel1"));
        selectParticipant(&page, 0);
        click(&page, QStringLiteral("removeParticipant"));
        QCOMPARE(page.document()->session().participants.size(), 1);
        QVERIFY(page.document()->session().record(QStringLiteral("a"))->votes.isEmpty());
        page.document()->undoStack()->undo();
        QCOMPARE(page.document()->session().record(QStringLiteral("a"))->votes.size(), 1);
    }

    void presenterModeIsTheRoomsView()
    {
        AssessmentPage page(nullptr);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.newSession(QStringLiteral(":/maturity-models/cncf-platform-engineering.yaml")));
        addParticipant(&page, QStringLiteral("Ana"), 0);
        addParticipant(&page, QStringLiteral("Bo"), 1);
        addParticipant(&page, QStringLiteral("Cy"), 1);
        // Private notes on every capability; the room must never see one.
        const MaturityModel &model = page.document()->model();
        for (qsizetype i = 0; i < model.capabilities.size(); ++i)
            page.document()->setNotes(
                model.capabilities.at(i).id, QStringLiteral("SECRET-%1").arg(i), QStringLiteral("shared %1").arg(i));
        selectParticipant(&page, 0);
        click(&page, QStringLiteral("voteLevel2"));
        selectParticipant(&page, 1);
        click(&page, QStringLiteral("voteLevel3"));

        // F5 on the page opens the room's view, full screen, with the page's capability.
        page.setFocus();
        QTest::keyClick(&page, Qt::Key_F5);
        PresenterView *room = page.presenterView();
        QVERIFY(room);
        QTRY_VERIFY(room->isVisible());
        QVERIFY(room->isFullScreen());
        QCOMPARE(room->capabilityIndex(), 0);
        QVERIFY(room->font().pointSizeF() >= 1.9 * page.font().pointSizeF());
        const QString title = child<QLabel>(room, QStringLiteral("presenterTitle"))->text();
        QCOMPARE(title, model.capabilities.at(0).name);
        QVERIFY(room->visibleText().contains(model.levels.at(0).name));
        QVERIFY2(room->visibleText().contains(QLatin1String("2 of 3 have voted")), qPrintable(room->visibleText()));
        QVERIFY(!child<QWidget>(room, QStringLiteral("presenterChart"))->isVisibleTo(room));

        // R reveals: the answers first, then the median and the histogram.
        QTest::keyClick(room, Qt::Key_R);
        QVERIFY(page.document()->session().record(model.capabilities.at(0).id)->revealed);
        QVERIFY(child<QWidget>(room, QStringLiteral("presenterChart"))->isVisibleTo(room));
        const QString summary = child<QLabel>(room, QStringLiteral("presenterSummary"))->text();
        QVERIFY2(summary.startsWith(QLatin1String("2 answer")), qPrintable(summary)); // plural once translated
        QVERIFY2(summary.contains(QLatin1String("median 2.5")), qPrintable(summary));
        QVERIFY(!room->visibleText().contains(QLatin1String("SECRET")));
        if (const QString shots = qEnvironmentVariable("TARMAC_TEST_SCREENSHOTS"); !shots.isEmpty())
            room->grab().save(shots + QStringLiteral("/assess-presenter.png"));

        // Next and previous move the page too; every capability, revealed or not, keeps notes private.
        for (int step = 1; step < model.capabilities.size(); ++step) {
            QTest::keyClick(room, step % 2 ? Qt::Key_Right : Qt::Key_PageDown);
            QCOMPARE(room->capabilityIndex(), step);
            QCOMPARE(page.currentCapability(), step);
            QCOMPARE(child<QLabel>(room, QStringLiteral("presenterTitle"))->text(), model.capabilities.at(step).name);
            QVERIFY2(!room->visibleText().contains(QLatin1String("SECRET")), qPrintable(room->visibleText()));
            QTest::keyClick(room, Qt::Key_R);
            QVERIFY2(!room->visibleText().contains(QLatin1String("SECRET")), qPrintable(room->visibleText()));
        }
        QTest::keyClick(room, Qt::Key_Left);
        QCOMPARE(page.currentCapability(), int(model.capabilities.size()) - 2);
        QTest::keyClick(room, Qt::Key_PageUp);
        QCOMPARE(room->capabilityIndex(), int(model.capabilities.size()) - 3);

        // Esc leaves: the room's view goes, the page and its action know it.
        QTest::keyClick(room, Qt::Key_Escape);
        QTRY_VERIFY(!room->isVisible());
        QCOMPARE(page.currentCapability(), int(model.capabilities.size()) - 3);
        QVERIFY(page.isVisible());
        // The private notes are still the facilitator's.
        QCOMPARE(
            page.document()->session().record(model.capabilities.at(0).id)->privateNotes, QStringLiteral("SECRET-0"));
    }

    void theWorkbenchOpensSessionFilesOnThisPage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.tarmac-assessment.yaml"));
        AssessmentSession session;
        {
            AssessmentPage page(nullptr);
            session = page.document()->session();
        }
        session.title = QStringLiteral("Opened by the workbench");
        QString error;
        QVERIFY(AssessmentSessionFile::save(session, path, &error));

        PlatformConnection platform;
        MainWindow window(&platform);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openFiles({ path });
        QTRY_COMPARE(window.currentWorkArea(), WorkArea::Assess);
        auto *page = window.findChild<AssessmentPage *>();
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->document()->session().title, QStringLiteral("Opened by the workbench"));
        QCOMPARE(page->document()->filePath(), path);
    }

    void recoversAfterACrash()
    {
        QString sessionId;
        {
            AssessmentPage page(nullptr);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            addParticipant(&page, QStringLiteral("Dee"), 1);
            sessionId = page.document()->session().id;
            page.document()->autosaveNow();
            page.document()->waitForAutosave();
            // No save: the page goes away as in a crash (the destructor only autosaves).
        }
        AssessmentPage restarted(nullptr);
        QCOMPARE(restarted.document()->session().id, sessionId);
        QCOMPARE(restarted.document()->session().participants.size(), 1);
        QVERIFY(restarted.document()->isModified());
        QVERIFY(restarted.messageText().contains(QLatin1String("Recovered")));
    }
};

QTEST_MAIN(TestAssessmentPage)
#include "tst_assessmentpage.moc"
