// SPDX-License-Identifier: GPL-3.0-or-later
// Workshop sessions on a real tarmacd (loopback, SQLite): the PlatformClient's typed calls, the
// publisher (stored, then replaced; private notes never leave the machine), the list model under
// QAbstractItemModelTester, the Assess page publishing and opening a stored session through its
// dialog with real clicks, clear errors for a refused token and an unreachable platform, and
// tarmacctl assessment publish/list.
#include "assessment/assessmentdocument.h"
#include "assessment/assessmentpage.h"
#include "assessment/assessmentsessionfile.h"
#include "assessment/maturitymodelloader.h"
#include "assessment/platformevidencepanel.h"
#include "assessment/storedsessionsdialog.h"
#include "platform/assessmentpublisher.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"
#include "platform/storedassessmentsmodel.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QUndoStack>

using namespace Tarmac;
using namespace TestUtils;

namespace {
const QByteArray SessionToken = "assessment-platform-token";
const QString Secret = QStringLiteral("only-the-facilitator-knows-this");

MaturityModel cncf()
{
    return MaturityModelLoader::load(QStringLiteral(":/maturity-models/cncf-platform-engineering.yaml")).model;
}

AssessmentSession workshop(const QString &team, int agreed)
{
    AssessmentSession session = AssessmentDocument::newSession(cncf());
    session.title = QStringLiteral("%1, round 1").arg(team);
    session.scope = { QStringLiteral("team"), team };
    session.date = QDate(2026, 3, 2);
    session.participants = { { QStringLiteral("p1"), QStringLiteral("Ana"), QStringLiteral("platform-team") } };
    CapabilityRecord &record = session.ensureRecord(QStringLiteral("interfaces"));
    record.votes = { { QStringLiteral("p1"), Vote::Kind::Level, agreed, 2 } };
    record.revealed = true;
    record.agreedLevel = agreed;
    record.targetLevel = agreed + 1;
    record.privateNotes = Secret;
    record.sharedNotes = QStringLiteral("shared with the room");
    return session;
}

// A port nothing listens on.
// An address that refuses connections for the whole run: a port bound exclusively and never
// listened on. A port only probed free could be taken meanwhile by another test's server that
// accepts and never answers (ctest runs two at once), and every attempt then waited out its
// timeout: the test's rare 120 s timeouts, stuck after the third refused attempt.
QUrl deadPlatform()
{
    static QTcpSocket *const reserved = [] {
        auto *socket = new QTcpSocket; // kept to the end of the process
        socket->bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress);
        return socket;
    }();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(reserved->localPort()));
}
}

class TestAssessmentPlatform : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A few months of history, so that the platform has figures to show as evidence.
        const ProgramRun demo = runProgram(QStringLiteral("tarmacd"),
            { QStringLiteral("demo-data"), QStringLiteral("--days"), QStringLiteral("120"),
                QStringLiteral("--deployments"), QStringLiteral("800"), QStringLiteral("--end"),
                QDate::currentDate().addDays(1).toString(Qt::ISODate), QStringLiteral("--database"),
                QStringLiteral("sqlite:") + m_server.databasePath() },
            isolatedEnvironment(m_home.path()));
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY2(m_server.start(SessionToken), m_server.output().constData());
        m_base = m_server.url(QString()).adjusted(QUrl::RemovePath);
        m_connection.setRemote(m_base);
        m_connection.setToken(SessionToken);
        const ProgramRun viewer = createToken(
            m_server.databasePath(), { QStringLiteral("--role"), QStringLiteral("viewer") }, m_home.path());
        QCOMPARE(viewer.exitCode, 0);
        m_viewerToken = viewer.out.trimmed().toLatin1();
    }

    void cleanup() { QDir(AssessmentDocument::defaultAutosaveDirectory()).removeRecursively(); }

    void publishesThenReplacesWithoutPrivateNotes()
    {
        PlatformClient client(&m_connection);
        AssessmentPublisher publisher(&client);
        QSignalSpy published(&publisher, &AssessmentPublisher::published);
        QSignalSpy failed(&publisher, &AssessmentPublisher::failed);
        AssessmentSession session = workshop(QStringLiteral("checkout"), 2);
        QVERIFY(publisher.publish(session));
        QVERIFY(!publisher.publish(session)); // one at a time
        QTRY_COMPARE(published.size() + failed.size(), 1);
        QCOMPARE(failed.size(), 0);
        const auto first = published.at(0).at(0).value<StoredAssessment>();
        QCOMPARE(published.at(0).at(1).toBool(), false);
        QCOMPARE(first.sessionId, session.id);
        QCOMPARE(first.scope.name, QStringLiteral("checkout"));

        session.records.first().agreedLevel = 3;
        QVERIFY(publisher.publish(session));
        QTRY_COMPARE(published.size() + failed.size(), 2);
        QCOMPARE(failed.size(), 0);
        const auto second = published.at(1).at(0).value<StoredAssessment>();
        QCOMPARE(published.at(1).at(1).toBool(), true);
        QCOMPARE(second.id, first.id);

        // What the platform keeps: this state of the session, without the private notes.
        // The reply deletes itself after finished(): take its answer there.
        ApiReply *reply = client.assessment(first.id);
        bool done = false;
        ApiError error;
        QJsonObject json;
        connect(reply, &ApiReply::finished, this, [&] {
            done = true;
            error = reply->error();
            json = reply->json().toObject();
        });
        QTRY_VERIFY(done);
        QVERIFY2(!error.isError(), qPrintable(error.describe()));
        QString why;
        const auto stored = StoredAssessment::fromJson(json, &why);
        QVERIFY2(stored, qPrintable(why));
        QVERIFY(!stored->sessionText.contains(Secret.toUtf8()));
        QVERIFY(stored->sessionText.contains("shared with the room"));
        const SessionLoadResult parsed = AssessmentSessionFile::parse(stored->sessionText, stored->id);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.session, sharedCopy(session));
        QCOMPARE(stored->capabilities.size(), session.records.size());
    }

    void failuresSayWhatHappened()
    {
        // A token whose role may not store sessions.
        PlatformConnection viewerConnection;
        viewerConnection.setRemote(m_base);
        viewerConnection.setToken(m_viewerToken);
        PlatformClient viewerClient(&viewerConnection);
        AssessmentPublisher refused(&viewerClient);
        QSignalSpy refusal(&refused, &AssessmentPublisher::failed);
        QVERIFY(refused.publish(workshop(QStringLiteral("refused"), 1)));
        QTRY_COMPARE(refusal.size(), 1);
        const auto forbidden = refusal.at(0).at(0).value<ApiError>();
        QCOMPARE(forbidden.httpStatus, 403);
        QVERIFY2(forbidden.describe().contains(QLatin1String("facilitator")), qPrintable(forbidden.describe()));

        // Nobody at the address.
        PlatformConnection deadConnection;
        deadConnection.setRemote(deadPlatform());
        PlatformClient deadClient(&deadConnection);
        deadClient.setOptions(
            { std::chrono::milliseconds(5000), 1, std::chrono::milliseconds(1), std::chrono::milliseconds(1) });
        AssessmentPublisher unreachable(&deadClient);
        QSignalSpy unreachableFailure(&unreachable, &AssessmentPublisher::failed);
        QVERIFY(unreachable.publish(workshop(QStringLiteral("nowhere"), 1)));
        QTRY_COMPARE(unreachableFailure.size(), 1);
        QCOMPARE(unreachableFailure.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Network);
    }

    void theListModelPagesThroughStoredSessions()
    {
        PlatformClient client(&m_connection);
        AssessmentPublisher publisher(&client);
        QSignalSpy published(&publisher, &AssessmentPublisher::published);
        for (const QString &team : { QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma") }) {
            const qsizetype before = published.size();
            QVERIFY(publisher.publish(workshop(team, 1)));
            QTRY_COMPARE(published.size(), before + 1);
        }
        StoredAssessmentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        model.setPageSize(1); // every row its own page, to exercise fetchMore
        QSignalSpy loaded(&model, &PlatformListModel::loaded);
        model.refresh();
        // The tester asks for more pages itself as it probes; ask until the list is whole.
        QTRY_VERIFY(loaded.size() >= 1);
        while (model.isLoading() || model.canFetchMore({})) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
        QVERIFY(loaded.size() >= 3); // a page a row
        QVERIFY(model.rowCount() >= 3);
        QStringList scopes;
        for (int row = 0; row < model.rowCount(); ++row)
            scopes.append(model.index(row, StoredAssessmentsModel::ScopeColumn).data().toString());
        QVERIFY2(scopes.contains(QStringLiteral("team gamma")), qPrintable(scopes.join(u',')));
        const int row = int(scopes.indexOf(QStringLiteral("team gamma")));
        QCOMPARE(model.index(row, StoredAssessmentsModel::DateColumn).data().toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(model.index(row, StoredAssessmentsModel::ModelColumn).data().toString(),
            QStringLiteral("cncf-platform-engineering"));
        QCOMPARE(model.index(row, StoredAssessmentsModel::AgreedColumn).data().toString(),
            QStringLiteral("1 of %1").arg(cncf().capabilities.size()));
        QCOMPARE(model.headerData(StoredAssessmentsModel::ScopeColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Scope"));
    }

    void thePagePublishesAndOpensAStoredSession()
    {
        AssessmentPage page(nullptr, &m_connection);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const AssessmentSession mine = workshop(QStringLiteral("ledger"), 3);
        page.document()->reset(cncf(), mine);
        QVERIFY(page.publishToPlatform());
        QVERIFY(page.messageText().contains(QLatin1String("Publishing")));
        QTRY_VERIFY2(page.messageText().startsWith(QLatin1String("Published to")), qPrintable(page.messageText()));
        QVERIFY(page.messageText().contains(QLatin1String("Private notes stay on this machine")));

        // Start over, then open it back from the platform through the dialog.
        QVERIFY(page.newSession(QStringLiteral(":/maturity-models/cncf-platform-engineering.yaml")));
        QVERIFY(page.document()->session().id != mine.id);
        page.openFromPlatform();
        StoredSessionsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<StoredSessionsDialog *>()));
        QTRY_VERIFY(dialog->model()->rowCount() > 0);
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("storedSessions"));
        int row = -1;
        for (int r = 0; r < dialog->model()->rowCount(); ++r) {
            if (dialog->model()->index(r, StoredAssessmentsModel::ScopeColumn).data().toString() == u"team ledger")
                row = r;
        }
        QVERIFY(row >= 0);
        const QRect cell = table->visualRect(dialog->model()->index(row, StoredAssessmentsModel::TitleColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openStoredSession")), Qt::LeftButton);
        QTRY_COMPARE(page.document()->session().id, mine.id);
        QCOMPARE(page.document()->session(), sharedCopy(mine));
        QVERIFY(page.document()->isModified()); // not in a file yet
        QVERIFY2(page.messageText().contains(QLatin1String("Save it")), qPrintable(page.messageText()));
    }

    void thePageSaysWhenThePlatformIsUnreachable()
    {
        PlatformConnection dead;
        dead.setRemote(deadPlatform());
        AssessmentPage page(nullptr, &dead);
        page.document()->reset(cncf(), workshop(QStringLiteral("offline"), 1));
        const AssessmentSession before = page.document()->session();
        QVERIFY(page.publishToPlatform());
        QTRY_VERIFY_WITH_TIMEOUT(page.messageText().contains(QLatin1String("not published")), 60000);
        QVERIFY(page.messageText().contains(QLatin1String("Cannot reach the platform")));
        QCOMPARE(page.document()->session(), before); // nothing lost

        page.openFromPlatform();
        StoredSessionsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<StoredSessionsDialog *>()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QLatin1String("could not be loaded")), 60000);
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("retryStoredSessions"))->isVisibleTo(dialog));
        dialog->reject();
    }

    void platformEvidenceBesideTheVotes()
    {
        AssessmentPage page(nullptr, &m_connection);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        AssessmentSession session = AssessmentDocument::newSession(cncf());
        session.scope = { QStringLiteral("organisation"), QStringLiteral("Acme") };
        page.document()->reset(cncf(), session);
        auto *panel = page.findChild<PlatformEvidencePanel *>();
        QVERIFY(panel);
        // Investment is not measured by the platform: no panel there.
        page.goToCapability(0);
        QVERIFY(!panel->isVisible());
        // Measurement names all five figures in the model file.
        const int measurement = cncf().capabilityIndex(QStringLiteral("measurement"));
        page.goToCapability(measurement);
        QVERIFY(panel->isVisible());
        QTRY_VERIFY2_WITH_TIMEOUT(
            panel->statusText().startsWith(QLatin1String("Measured at")), qPrintable(panel->statusText()), 30000);
        QCOMPARE(panel->figures().size(), 5);
        const PlatformFigure frequency = panel->figures().at(0);
        QCOMPARE(frequency.metric, QStringLiteral("deployment-frequency"));
        QVERIFY2(QStringList({ QStringLiteral("elite"), QStringLiteral("high"), QStringLiteral("medium"),
                                 QStringLiteral("low") })
                     .contains(frequency.band),
            qPrintable(frequency.text()));
        QVERIFY(panel->figures().at(4).text().startsWith(QLatin1String("Golden-path share: ")));

        // One click attaches it, with its source and time; the button then says so.
        auto *attach = panel->findChild<QPushButton *>(QStringLiteral("attach-deployment-frequency"));
        QVERIFY(attach && attach->isEnabled());
        QTest::mouseClick(attach, Qt::LeftButton);
        const CapabilityRecord *record = page.document()->session().record(QStringLiteral("measurement"));
        QCOMPARE(record->evidence.size(), 1);
        const Evidence evidence = record->evidence.constFirst();
        QCOMPARE(evidence.kind, QStringLiteral("metric"));
        QCOMPARE(evidence.metric, QStringLiteral("deployment-frequency"));
        QCOMPARE(evidence.text, frequency.text());
        QVERIFY2(evidence.source.contains(m_base.toDisplayString()), qPrintable(evidence.source));
        QVERIFY(evidence.source.contains(QLatin1String("all")));
        QVERIFY(evidence.at.isValid());
        QVERIFY(qAbs(evidence.at.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        QTRY_COMPARE(panel->findChild<QPushButton *>(QStringLiteral("attach-deployment-frequency"))->text(),
            QStringLiteral("Attached"));
        // For people to look at: TARMAC_TEST_SCREENSHOTS=DIR keeps a picture of the page.
        if (const QString shots = qEnvironmentVariable("TARMAC_TEST_SCREENSHOTS"); !shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/assess-evidence.png"));
        // It is in the file, and read back the same.
        const SessionLoadResult reread = AssessmentSessionFile::parse(
            AssessmentSessionFile::serialize(page.document()->session()), QStringLiteral("reread"));
        QVERIFY(reread.ok());
        QCOMPARE(reread.session.record(QStringLiteral("measurement"))->evidence.constFirst(), evidence);
        // Undo takes it back.
        page.document()->undoStack()->undo();
        QVERIFY(page.document()->session().record(QStringLiteral("measurement"))->evidence.isEmpty());
    }

    void evidenceSaysWhenThePlatformIsGoneOrCached()
    {
        // A platform of its own, answered once, then stopped: the figures come from the offline cache.
        auto server = std::make_unique<Tarmacd>();
        QVERIFY(runProgram(QStringLiteral("tarmacd"),
                    { QStringLiteral("demo-data"), QStringLiteral("--days"), QStringLiteral("30"),
                        QStringLiteral("--deployments"), QStringLiteral("100"), QStringLiteral("--database"),
                        QStringLiteral("sqlite:") + server->databasePath() },
                    isolatedEnvironment(m_home.path()))
                    .exitCode
            == 0);
        QVERIFY(server->start(SessionToken));
        PlatformConnection connection;
        connection.setRemote(server->url(QString()).adjusted(QUrl::RemovePath));
        connection.setToken(SessionToken);
        AssessmentPage page(nullptr, &connection);
        page.show();
        AssessmentSession session = AssessmentDocument::newSession(cncf());
        session.scope = { QStringLiteral("organisation"), QString() };
        page.document()->reset(cncf(), session);
        page.goToCapability(cncf().capabilityIndex(QStringLiteral("adoption")));
        auto *panel = page.findChild<PlatformEvidencePanel *>();
        QTRY_VERIFY2_WITH_TIMEOUT(
            panel->statusText().startsWith(QLatin1String("Measured at")), qPrintable(panel->statusText()), 30000);
        server.reset();
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("refreshPlatformEvidence")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            panel->statusText().contains(QLatin1String("cached")), qPrintable(panel->statusText()), 60000);
        QCOMPARE(panel->figures().size(), 1);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("attach-golden-path-share")), Qt::LeftButton);
        const Evidence cached = page.document()->session().record(QStringLiteral("adoption"))->evidence.constFirst();
        QVERIFY2(cached.source.contains(QLatin1String("offline cache")), qPrintable(cached.source));

        // Nobody at the address and nothing cached: said plainly, nothing to attach.
        PlatformConnection dead;
        dead.setRemote(deadPlatform());
        AssessmentPage offline(nullptr, &dead);
        offline.show();
        offline.document()->reset(cncf(), session);
        offline.goToCapability(cncf().capabilityIndex(QStringLiteral("adoption")));
        auto *offlinePanel = offline.findChild<PlatformEvidencePanel *>();
        QTRY_VERIFY2_WITH_TIMEOUT(offlinePanel->statusText().contains(QLatin1String("could not be asked")),
            qPrintable(offlinePanel->statusText()), 90000);
        QVERIFY(offlinePanel->figures().isEmpty());
        QVERIFY(!offlinePanel->findChild<QPushButton *>(QStringLiteral("attach-golden-path-share")));
    }

    void tarmacctlPublishesAndLists()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("search.tarmac-assessment.yaml"));
        QString error;
        QVERIFY2(AssessmentSessionFile::save(workshop(QStringLiteral("search"), 2), path, &error), qPrintable(error));
        QProcessEnvironment env = isolatedEnvironment(dir.path());
        env.insert(QStringLiteral("TARMAC_TOKEN"), QString::fromLatin1(SessionToken));
        const QString platform = m_base.toString();
        const ProgramRun published = runProgram(QStringLiteral("tarmacctl"),
            { QStringLiteral("assessment"), QStringLiteral("publish"), path, QStringLiteral("--platform"), platform },
            env);
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        const QString id = published.out.trimmed();
        QVERIFY(id.startsWith(QLatin1String("asm_")));
        QVERIFY(published.err.contains(QLatin1String("stored as")));
        // Again: the same session, replaced in place.
        const ProgramRun again = runProgram(QStringLiteral("tarmacctl"),
            { QStringLiteral("assessment"), QStringLiteral("publish"), path, QStringLiteral("--platform"), platform },
            env);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.trimmed(), id);
        QVERIFY(again.err.contains(QLatin1String("replaced")));

        const ProgramRun json = runProgram(QStringLiteral("tarmacctl"),
            { QStringLiteral("assessment"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--scope"),
                QStringLiteral("team:search"), QStringLiteral("--platform"), platform },
            env);
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray items = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("id")).toString(), id);
        const ProgramRun table = runProgram(QStringLiteral("tarmacctl"),
            { QStringLiteral("assessment"), QStringLiteral("list"), QStringLiteral("--platform"), platform }, env);
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith(QLatin1String("ID")));
        const QStringList lines = table.out.split(u'\n').filter(id);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().contains(QLatin1String(" 2026-03-02 ")), qPrintable(lines.constFirst()));
        QVERIFY2(lines.constFirst().contains(QLatin1String(" team search ")), qPrintable(lines.constFirst()));

        // A broken file says where; a refused token says what to do; no platform is a usage error.
        const QString broken = dir.filePath(QStringLiteral("broken.tarmac-assessment.yaml"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("format: tarmac-assessment/1\nid: x\nmodel: {id: m, version: '1'}\nscope: {kind: galaxy}\n");
        file.close();
        const ProgramRun bad = runProgram(QStringLiteral("tarmacctl"),
            { QStringLiteral("assessment"), QStringLiteral("publish"), broken, QStringLiteral("--platform"), platform },
            env);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(broken + QStringLiteral(":4:")), qPrintable(bad.err));
        env.insert(QStringLiteral("TARMAC_TOKEN"), QString::fromLatin1(m_viewerToken));
        const ProgramRun refused = runProgram(QStringLiteral("tarmacctl"),
            { QStringLiteral("assessment"), QStringLiteral("list"), QStringLiteral("--platform"), platform }, env);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("403")) || refused.err.contains(QLatin1String("role")),
            qPrintable(refused.err));
        env.remove(QStringLiteral("TARMAC_PLATFORM"));
        QCOMPARE(runProgram(QStringLiteral("tarmacctl"), { QStringLiteral("assessment"), QStringLiteral("list") }, env)
                     .exitCode,
            2);
    }

private:
    QTemporaryDir m_home;
    Tarmacd m_server;
    QUrl m_base;
    PlatformConnection m_connection;
    QByteArray m_viewerToken;
};

QTEST_MAIN(TestAssessmentPlatform)
#include "tst_assessmentplatform.moc"
