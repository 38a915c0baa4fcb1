// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/actionmodel.h"
#include "assessment/assessmentdocument.h"
#include "assessment/assessmentsessionfile.h"
#include "assessment/capabilityresultsmodel.h"
#include "assessment/maturitymodelloader.h"
#include "assessment/participantmodel.h"
#include "assessment/platformevidence.h"
#include "assessment/spreadmodel.h"
#include "assessment/votestatistics.h"
#include "metrics/doraseries.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace Tarmac;

namespace {
MaturityModel cncf()
{
    return MaturityModelLoader::load(QStringLiteral(":/maturity-models/cncf-platform-engineering.yaml")).model;
}

// A small finished round: three participants, two capabilities voted, one action.
AssessmentSession sampleSession()
{
    AssessmentSession session = AssessmentDocument::newSession(cncf());
    session.title = QStringLiteral("Payments, spring round");
    session.scope = { QStringLiteral("team"), QStringLiteral("Payments") };
    session.date = QDate(2026, 3, 31);
    session.facilitator = QStringLiteral("Kim");
    session.participants = { { QStringLiteral("p1"), QStringLiteral("Ana"), QStringLiteral("platform-team") },
        { QStringLiteral("p2"), QStringLiteral("Bo"), QStringLiteral("app-team") },
        { QStringLiteral("p3"), QStringLiteral("Cy: \"lead\""), QStringLiteral("leadership") } };
    CapabilityRecord &investment = session.ensureRecord(QStringLiteral("investment"));
    investment.votes = { { QStringLiteral("p1"), Vote::Kind::Level, 3, 3 },
        { QStringLiteral("p2"), Vote::Kind::Level, 1, 1 }, { QStringLiteral("p3"), Vote::Kind::DontKnow, 0, 0 } };
    investment.revealed = true;
    investment.agreedLevel = 2;
    investment.targetLevel = 3;
    investment.dissent = QStringLiteral("Bo: app teams still wait for tickets,\nevery week");
    investment.privateNotes = QStringLiteral("Ana dominated");
    investment.sharedNotes = QStringLiteral("Funding is yearly");
    investment.evidence
        = { { QStringLiteral("link"), QStringLiteral("Budget"), QStringLiteral("https://wiki/budget"), {}, {}, {} } };
    Evidence measured;
    measured.kind = QStringLiteral("metric");
    measured.text = QStringLiteral("Deployment frequency: high (2 deploy days a week, 40 deployments)");
    measured.metric = QStringLiteral("deployment-frequency");
    measured.source = QStringLiteral("http://127.0.0.1:8470, team:payments, 2026-01-01 to 2026-03-31");
    measured.at = QDateTime(QDate(2026, 3, 31), QTime(9, 30, 5, 120), QTimeZone::UTC);
    investment.evidence.append(measured);
    CapabilityRecord &adoption = session.ensureRecord(QStringLiteral("adoption"));
    adoption.votes = { { QStringLiteral("p1"), Vote::Kind::NotApplicable, 0, 0 } };
    session.actions = { { QStringLiteral("a1"), QStringLiteral("investment"), QStringLiteral("Fund a product owner"),
        QStringLiteral("Kim"), QDate(2026, 6, 30), AssessmentAction::Status::InProgress,
        QStringLiteral("self-service-share") } };
    return session;
}
}

class TestAssessmentSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        const AssessmentSession session = sampleSession();
        const QByteArray bytes = AssessmentSessionFile::serialize(session);
        const SessionLoadResult loaded = AssessmentSessionFile::parse(bytes, QStringLiteral("round.yaml"));
        QVERIFY2(loaded.ok(), qPrintable(joinErrors(loaded.errors)));
        QCOMPARE(loaded.session, session);
        // Byte-stable, so that saving an unchanged session does not change the file.
        QCOMPARE(AssessmentSessionFile::serialize(loaded.session), bytes);
        // Plain and diffable: one vote per line, no statistics stored.
        QVERIFY(bytes.contains("{participant: p1, level: 3, confidence: high}"));
        QVERIFY(!bytes.contains("median"));
        QVERIFY(bytes.contains("hash: sha256:"));
        // Platform evidence keeps its figure, source and time.
        QVERIFY(bytes.contains("at: 2026-03-31T09:30:05.120Z"));
        QVERIFY(bytes.contains("metric: deployment-frequency"));
    }

    void platformFiguresReadTheSeries()
    {
        Metrics::DoraSeries dora;
        dora.total.deployments = 40;
        dora.medianDeployDaysPerWeek = 2.0;
        dora.deploymentFrequencyBand = Metrics::Band::High;
        dora.total.changeFailureRate = 0.125;
        dora.changeFailureRateBand = Metrics::Band::Medium;
        Metrics::AdoptionSeries adoption;
        adoption.services = 8;
        adoption.goldenPathShare = 0.75;
        const QList<PlatformFigure> figures = platformFigures(platformEvidenceIds(), dora, adoption);
        QCOMPARE(figures.size(), 5);
        QCOMPARE(figures.at(0).band, QStringLiteral("high"));
        QVERIFY2(figures.at(0).text().contains(QLatin1String("40 deployments")), qPrintable(figures.at(0).text()));
        // Nothing measured is said, not left out.
        QCOMPARE(figures.at(1).metric, QStringLiteral("lead-time-for-changes"));
        QCOMPARE(figures.at(1).value, QStringLiteral("nothing measured in the range"));
        QVERIFY2(figures.at(2).text().contains(QLatin1String("medium")), qPrintable(figures.at(2).text()));
        QVERIFY2(figures.at(2).text().contains(QLatin1String("12.5")), qPrintable(figures.at(2).text()));
        QCOMPARE(figures.at(4).text(), QStringLiteral("Golden-path share: 75% of 8 services"));
        // Only what is asked, in the order asked.
        const QList<PlatformFigure> one = platformFigures({ QStringLiteral("golden-path-share") }, dora, adoption);
        QCOMPARE(one.size(), 1);

        CapabilityRecord record;
        QVERIFY(!hasEvidence(record, one.at(0)));
        const QDateTime at(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::UTC);
        record.evidence.append(evidenceFrom(one.at(0), QStringLiteral("platform"), at));
        QVERIFY(hasEvidence(record, one.at(0)));
        QCOMPARE(record.evidence.at(0).at, at);
        QCOMPARE(record.evidence.at(0).kind, QStringLiteral("metric"));

        QCOMPARE(metricsScopeOf({ QStringLiteral("organisation"), QStringLiteral("Acme") }), QStringLiteral("all"));
        QCOMPARE(
            metricsScopeOf({ QStringLiteral("team"), QStringLiteral(" payments ") }), QStringLiteral("team:payments"));
        QCOMPARE(metricsScopeOf({ QStringLiteral("unit"), QStringLiteral("Retail") }), QString());
    }

    void sharedCopyLeavesPrivateNotesBehind()
    {
        const AssessmentSession session = sampleSession();
        const AssessmentSession shared = sharedCopy(session);
        QVERIFY(!AssessmentSessionFile::serialize(shared).contains("Ana dominated"));
        QCOMPARE(shared.record(QStringLiteral("investment"))->sharedNotes, QStringLiteral("Funding is yearly"));
        AssessmentSession withoutNotes = session;
        withoutNotes.ensureRecord(QStringLiteral("investment")).privateNotes.clear();
        QCOMPARE(shared, withoutNotes);
    }

    void saveIsAtomicAndLoadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.tarmac-assessment.yaml"));
        QString error;
        const AssessmentSession session = sampleSession();
        QVERIFY(AssessmentSessionFile::save(session, path, &error));
        const SessionLoadResult loaded = AssessmentSessionFile::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.session, session);
        QVERIFY(!AssessmentSessionFile::save(sampleSession(), QStringLiteral("/nonexistent/dir/x.yaml"), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/dir/x.yaml")));
    }

    void brokenSessions_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("newer");
        const QByteArray head = "format: tarmac-assessment/1\nid: s\nmodel: {id: m, version: '1'}\n";
        QTest::newRow("newer format") << QByteArray("format: tarmac-assessment/2\nid: s\n")
                                      << QStringLiteral("s.yaml:1:9: this session was written by a newer Tarmac")
                                      << true;
        QTest::newRow("not a session") << QByteArray("format: other/1\n")
                                       << QStringLiteral("s.yaml:1:9: 'format' must be tarmac-assessment/1") << false;
        QTest::newRow("bad yaml") << QByteArray("format: tarmac-assessment/1\nid: [\n")
                                  << QStringLiteral("s.yaml:3:1: not valid YAML") << false;
        QTest::newRow("missing model") << QByteArray("format: tarmac-assessment/1\nid: s\n")
                                       << QStringLiteral("s.yaml:1:1: missing required key 'model'") << false;
        QTest::newRow("bad date") << QByteArray(head + "date: yesterday\n")
                                  << QStringLiteral("s.yaml:4:7: 'date' must be a date") << false;
        QTest::newRow("unknown voter") << QByteArray(
            head + "participants: []\ncapabilities:\n  - id: a\n    votes:\n      - {participant: x, level: 1}\n")
                                       << QStringLiteral(
                                              "s.yaml:8:23: vote from 'x', who is not among the participants")
                                       << false;
        QTest::newRow("bad answer") << QByteArray(head
            + "participants: [{id: p, name: P}]\ncapabilities:\n  - id: a\n    votes:\n"
              "      - {participant: p, answer: maybe}\n")
                                    << QStringLiteral("s.yaml:8:34: 'answer' must be dont-know or not-applicable")
                                    << false;
        QTest::newRow("bad evidence time")
            << QByteArray(head + "capabilities:\n  - id: a\n    evidence:\n      - {text: T, at: noon}\n")
            << QStringLiteral("s.yaml:7:23: 'at' must be a time like") << false;
        QTest::newRow("bad status") << QByteArray(head + "actions:\n  - {title: T, status: someday}\n")
                                    << QStringLiteral("s.yaml:5:24: 'status' must be open") << false;
    }

    void brokenSessions()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        QFETCH(bool, newer);
        const SessionLoadResult result = AssessmentSessionFile::parse(yaml, QStringLiteral("s.yaml"));
        QVERIFY(!result.ok());
        QCOMPARE(result.newerFormat, newer);
        const QString first = result.errors.constFirst().toString();
        QVERIFY2(first.startsWith(expected), qPrintable(first));
    }

    void quartiles_data()
    {
        QTest::addColumn<QList<int>>("levels");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("q1");
        QTest::addColumn<double>("q3");
        QTest::newRow("one") << QList<int> { 2 } << 2.0 << 2.0 << 2.0;
        QTest::newRow("two") << QList<int> { 1, 4 } << 2.5 << 1.75 << 3.25;
        QTest::newRow("three unsorted") << QList<int> { 3, 1, 2 } << 2.0 << 1.5 << 2.5;
        QTest::newRow("four") << QList<int> { 1, 2, 3, 4 } << 2.5 << 1.75 << 3.25;
        QTest::newRow("five agreeing") << QList<int> { 3, 3, 3, 3, 3 } << 3.0 << 3.0 << 3.0;
        QTest::newRow("split room") << QList<int> { 1, 1, 1, 4, 4, 4 } << 2.5 << 1.0 << 4.0;
    }

    void quartiles()
    {
        QFETCH(QList<int>, levels);
        QFETCH(double, median);
        QFETCH(double, q1);
        QFETCH(double, q3);
        const VoteSpread spread = VoteStatistics::spread(levels);
        QCOMPARE(spread.levelVotes, levels.size());
        QCOMPARE(spread.median, median);
        QCOMPARE(spread.lowerQuartile, q1);
        QCOMPARE(spread.upperQuartile, q3);
    }

    void spreadCountsEveryAnswerButAveragesLevelsOnly()
    {
        const AssessmentSession session = sampleSession();
        const CapabilityRecord &record = *session.record(QStringLiteral("investment"));
        const VoteSpread spread = VoteStatistics::forRecord(record);
        QCOMPARE(spread.responses, 3);
        QCOMPARE(spread.levelVotes, 2);
        QCOMPARE(spread.dontKnow, 1);
        QCOMPARE(spread.median, 2.0);
        QCOMPARE(spread.histogram.value(1), 1);
        QCOMPARE(spread.histogram.value(3), 1);
        QCOMPARE(spread.meanConfidence, 2.0);
        const QMap<QString, VoteSpread> byRole = VoteStatistics::byRole(record, session);
        QCOMPARE(byRole.value(QStringLiteral("platform-team")).median, 3.0);
        QCOMPARE(byRole.value(QStringLiteral("app-team")).median, 1.0);
        QCOMPARE(byRole.value(QStringLiteral("leadership")).dontKnow, 1);
        QVERIFY(!byRole.value(QStringLiteral("leadership")).hasLevels());
        QVERIFY(!VoteStatistics::forRecord(CapabilityRecord {}).hasLevels());
    }

    void documentEditsUndoAndModels()
    {
        AssessmentDocument document;
        ParticipantModel participants(&document);
        CapabilityResultsModel results(&document);
        SpreadModel spread(&document);
        ActionModel actions(&document);
        QAbstractItemModelTester t1(&participants, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&spread, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&actions, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const MaturityModel model = cncf();
        document.reset(model, AssessmentDocument::newSession(model));
        QCOMPARE(results.rowCount(), 5);
        QCOMPARE(spread.rowCount(), 4);
        participants.setCapability(QStringLiteral("investment"));
        spread.setCapability(QStringLiteral("investment"));

        document.addParticipant(QStringLiteral("Ana"), QStringLiteral("platform-team"));
        document.addParticipant(QStringLiteral("Bo"), QStringLiteral("app-team"));
        QCOMPARE(participants.rowCount(), 2);
        document.setVote(QStringLiteral("investment"), { QStringLiteral("p1"), Vote::Kind::Level, 3, 2 });
        document.setVote(QStringLiteral("investment"), { QStringLiteral("p2"), Vote::Kind::Level, 1, 0 });
        // Who voted shows; what they voted does not, until the reveal.
        QCOMPARE(participants.index(0, ParticipantModel::StatusColumn).data().toString(), QStringLiteral("voted"));
        QCOMPARE(results.index(0, CapabilityResultsModel::ResponsesColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(results.index(0, CapabilityResultsModel::MedianColumn).data().toString(), QStringLiteral("hidden"));
        QCOMPARE(spread.index(2, SpreadModel::PlatformTeamColumn).data().toInt(), 0);
        document.setRevealed(QStringLiteral("investment"), true);
        QCOMPARE(results.index(0, CapabilityResultsModel::MedianColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(spread.index(2, SpreadModel::PlatformTeamColumn).data().toInt(), 1);
        QCOMPARE(spread.index(0, SpreadModel::AppTeamColumn).data().toInt(), 1);
        QVERIFY(participants.index(0, ParticipantModel::StatusColumn).data().toString().startsWith(u'3'));

        document.setAgreement(QStringLiteral("investment"), 2, 3, QString());
        document.setAgreement(QStringLiteral("investment"), 2, 3, QStringLiteral("Bo"));
        QCOMPARE(results.index(0, CapabilityResultsModel::AgreedColumn)
                     .data(CapabilityResultsModel::AgreedLevelRole)
                     .toInt(),
            2);
        document.addAction({ {}, QStringLiteral("investment"), QStringLiteral("Fund it"), QStringLiteral("Kim"), {},
            AssessmentAction::Status::Open, {} });
        QCOMPARE(actions.rowCount(), 1);
        QVERIFY(actions.setData(actions.index(0, ActionModel::StatusColumn), int(AssessmentAction::Status::Done)));
        QCOMPARE(document.session().actions.constFirst().status, AssessmentAction::Status::Done);

        // Two agreement edits in a row are one undo step.
        QUndoStack *undo = document.undoStack();
        QCOMPARE(undo->count(), 8);
        undo->undo(); // status
        undo->undo(); // action
        QCOMPARE(actions.rowCount(), 0);
        undo->undo(); // agreement
        QCOMPARE(document.session().record(QStringLiteral("investment"))->agreedLevel, 0);
        undo->undo(); // reveal
        QCOMPARE(results.index(0, CapabilityResultsModel::MedianColumn).data().toString(), QStringLiteral("hidden"));
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(participants.rowCount(), 0);
        while (undo->canRedo())
            undo->redo();
        QCOMPARE(participants.rowCount(), 2);
        QCOMPARE(document.session().actions.size(), 1);

        // The previous round shows beside this one.
        AssessmentSession previous = document.session();
        previous.ensureRecord(QStringLiteral("investment")).agreedLevel = 1;
        document.setPreviousRound(previous);
        QCOMPARE(results.index(0, CapabilityResultsModel::PreviousColumn)
                     .data(CapabilityResultsModel::PreviousLevelRole)
                     .toInt(),
            1);
        QCOMPARE(results.index(0, CapabilityResultsModel::ChangeColumn).data().toString(), QStringLiteral("up 1"));

        // Last round's actions, read-only, with how their capability moved.
        ActionModel previousActions(&document, ActionModel::Source::PreviousRound);
        QAbstractItemModelTester t5(&previousActions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(previousActions.rowCount(), 1);
        QCOMPARE(previousActions.index(0, ActionModel::MovedColumn).data().toString(), QStringLiteral("1 → 2, up"));
        QVERIFY(!(previousActions.flags(previousActions.index(0, ActionModel::StatusColumn)) & Qt::ItemIsEditable));
        document.setPreviousRound(std::nullopt);
        QCOMPARE(previousActions.rowCount(), 0);
    }

    void autosaveAndRecovery()
    {
        QTemporaryDir dir;
        const MaturityModel model = cncf();
        QString autosavePath;
        {
            AssessmentDocument document;
            document.setAutosaveDirectory(dir.path());
            document.reset(
                model, AssessmentDocument::newSession(model), QStringLiteral("/work/round.tarmac-assessment.yaml"));
            document.addParticipant(QStringLiteral("Ana"), QStringLiteral("app-team"));
            document.setNotes(QStringLiteral("adoption"), QStringLiteral("private"), QStringLiteral("shared"));
            document.autosaveNow();
            document.waitForAutosave();
            autosavePath = document.autosavePath();
            QVERIFY(QFile::exists(autosavePath));
            // The document "crashes" here: it is gone without a save.
        }
        const QStringList recoverable = AssessmentDocument::recoverableFiles(dir.path());
        QCOMPARE(recoverable, QStringList { autosavePath });
        QCOMPARE(
            AssessmentDocument::originalPathOf(autosavePath), QStringLiteral("/work/round.tarmac-assessment.yaml"));
        const SessionLoadResult recovered = AssessmentSessionFile::load(autosavePath);
        QVERIFY(recovered.ok());
        QCOMPARE(recovered.session.participants.size(), 1);
        QCOMPARE(recovered.session.record(QStringLiteral("adoption"))->privateNotes, QStringLiteral("private"));

        // A clean save removes the autosave.
        AssessmentDocument document;
        document.setAutosaveDirectory(dir.path());
        document.reset(model, recovered.session);
        document.addParticipant(QStringLiteral("Bo"), QStringLiteral("app-team"));
        QString error;
        QVERIFY(document.save(dir.filePath(QStringLiteral("saved.tarmac-assessment.yaml")), &error));
        document.waitForAutosave();
        QVERIFY(!QFile::exists(autosavePath));
        QVERIFY(!document.isModified());
    }
};

QTEST_MAIN(TestAssessmentSession)
#include "tst_assessmentsession.moc"
