// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/assessmentdocument.h"
#include "assessment/assessmentsessionfile.h"
#include "assessment/maturitymodelloader.h"
#include "testutils.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;

namespace {
using Run = TestUtils::ProgramRun;

Run tarmacctl(const QStringList &arguments, const QString &home, const QString &language = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment environment = TestUtils::isolatedEnvironment(home);
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // tarmacctl must not need it
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("TARMAC_PLATFORM"));
    for (const QString &variable : { QStringLiteral("LANG"), QStringLiteral("LC_ALL"), QStringLiteral("LANGUAGE") })
        environment.insert(variable, language);
    return TestUtils::runProgram(
        QStringLiteral("tarmacctl"), QStringList { QStringLiteral("assessment") } + arguments, environment, 30000);
}

QString writeSession(const QString &dir)
{
    const MaturityModel model
        = MaturityModelLoader::load(QStringLiteral(":/maturity-models/cncf-platform-engineering.yaml")).model;
    AssessmentSession session = AssessmentDocument::newSession(model);
    session.title = QStringLiteral("Checkout team, round 1");
    session.participants = { { QStringLiteral("p1"), QStringLiteral("Ana"), QStringLiteral("platform-team") } };
    CapabilityRecord &record = session.ensureRecord(QStringLiteral("interfaces"));
    record.votes = { { QStringLiteral("p1"), Vote::Kind::Level, 3, 2 } };
    record.revealed = true;
    record.agreedLevel = 3;
    record.targetLevel = 4;
    const QString path = dir + QStringLiteral("/checkout.tarmac-assessment.yaml");
    QString error;
    if (!AssessmentSessionFile::save(session, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}
}

class TestAssessmentCtl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsTheModels()
    {
        QTemporaryDir home;
        const Run run = tarmacctl({ QStringLiteral("models") }, home.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(
            QLatin1String("platform-engineering\t1.0.0\tPlatform Engineering\t1 capabilities x 5 levels")));
        QVERIFY(run.out.contains(QLatin1String("cncf-platform-engineering\t")));
        QVERIFY(run.out.contains(QLatin1String("minimum-viable-platform\t")));
    }

    void validatesModelFiles()
    {
        QTemporaryDir home;
        const QString good = home.filePath(QStringLiteral("good.yaml"));
        QVERIFY(QFile::copy(
            QStringLiteral(TARMAC_SOURCE_DIR "/resources/maturity-models/minimum-viable-platform.yaml"), good));
        const QString broken = home.filePath(QStringLiteral("broken.yaml"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("schema: tarmac-maturity-model/1\nid: x\nversion: '1'\nname: X\nlevels: 3\ncapabilities: []\n");
        file.close();
        const Run ok = tarmacctl({ QStringLiteral("validate"), good }, home.path());
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.out, good + QStringLiteral(": ok\n"));
        const Run run = tarmacctl({ QStringLiteral("validate"), good, broken }, home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(broken + QStringLiteral(":5:9: 'levels' must be a list")), qPrintable(run.err));
        QCOMPARE(tarmacctl({ QStringLiteral("validate"),
                               QStringLiteral(TARMAC_SOURCE_DIR
                                   "/resources/maturity-models/crosswalk-platform-engineering-cncf.yaml") },
                     home.path())
                     .exitCode,
            0);
    }

    // What a reader of the PDF sees: the agreed levels, dissent and actions, and never the private notes.
    void pdfReportReadsAsText()
    {
        QTemporaryDir home;
        const QString path = writeSession(home.path());
        const SessionLoadResult loaded = AssessmentSessionFile::load(path);
        QVERIFY(loaded.ok());
        AssessmentSession session = loaded.session;
        CapabilityRecord &record = session.ensureRecord(QStringLiteral("interfaces"));
        record.dissent = QStringLiteral("Ana thinks the portal is not self-service yet");
        record.privateNotes = QStringLiteral("facilitator-only remark");
        session.actions.append({ QStringLiteral("a1"), QStringLiteral("interfaces"),
            QStringLiteral("Publish the service template catalogue"), QStringLiteral("Platform team"),
            QDate(2027, 1, 31), AssessmentAction::Status::Open, QStringLiteral("lead-time-for-changes") });
        QString error;
        QVERIFY2(AssessmentSessionFile::save(session, path, &error), qPrintable(error));

        const QString pdf = home.filePath(QStringLiteral("report.pdf"));
        const Run run = tarmacctl({ QStringLiteral("export"), path, QStringLiteral("--pdf"), pdf }, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY2(pdftotext.waitForFinished(30000) && pdftotext.exitCode() == 0, "pdftotext failed");
        // Line breaks in the PDF fall where the layout puts them; compare with single spaces.
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        for (const char *expected : { "Checkout team, round 1", "Interfaces", "Scalable", "Optimizing",
                 "Ana thinks the portal is not self-service yet", "Publish the service template catalogue",
                 "Platform team" })
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY(!text.contains(QLatin1String("facilitator-only remark")));
    }

    void exportsCsvAndPdf()
    {
        QTemporaryDir home;
        const QString session = writeSession(home.path());
        const Run csv = tarmacctl(
            { QStringLiteral("export"), session, QStringLiteral("--format"), QStringLiteral("csv") }, home.path());
        QCOMPARE(csv.exitCode, 0);
        const QStringList rows = csv.out.trimmed().split(u'\n');
        QCOMPARE(rows.size(), 6);
        QVERIFY2(rows.at(3).startsWith(QLatin1String("interfaces,Interfaces,1,1,0,0,3,3,3,3,,3,Scalable,4,Optimizing")),
            qPrintable(rows.at(3)));

        const QString pdf = home.filePath(QStringLiteral("report.pdf"));
        const QString md = home.filePath(QStringLiteral("report.md"));
        const Run both
            = tarmacctl({ QStringLiteral("export"), session, QStringLiteral("--pdf"), pdf, QStringLiteral("--md"), md },
                home.path());
        QVERIFY2(both.exitCode == 0, qPrintable(both.err));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))), 6);
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QVERIFY(mdFile.readAll().startsWith("# Checkout team, round 1"));

        // The CNCF results read in the seed model, through the crosswalk.
        const Run seed = tarmacctl(
            { QStringLiteral("export"), session, QStringLiteral("--as"), QStringLiteral("platform-engineering") },
            home.path());
        QVERIFY2(seed.exitCode == 0, qPrintable(seed.err));
        const QStringList seedRows = seed.out.trimmed().split(u'\n');
        QCOMPARE(seedRows.size(), 2);
        QVERIFY2(seedRows.at(1).startsWith(QLatin1String(
                     "platform-engineering,Platform Engineering,0,0,0,0,,,,,,3,Self-Service Internal Platform")),
            qPrintable(seedRows.at(1)));

        // -o with a .pdf name is a PDF too.
        const QString inferred = home.filePath(QStringLiteral("inferred.pdf"));
        QCOMPARE(
            tarmacctl({ QStringLiteral("export"), session, QStringLiteral("-o"), inferred }, home.path()).exitCode, 0);
        QFile inferredFile(inferred);
        QVERIFY(inferredFile.open(QIODevice::ReadOnly));
        QVERIFY(inferredFile.readAll().startsWith("%PDF-"));
    }

    // tarmacctl speaks the user's language: its words are looked up under the context the
    // translations (translations/*.ts) have them in.
    void speaksTheUsersLanguage()
    {
        QTemporaryDir home;
        const Run english = tarmacctl({ QStringLiteral("publish") }, home.path());
        QCOMPARE(english.exitCode, 2);
        QVERIFY2(english.err.startsWith(QLatin1String("usage: tarmacctl assessment publish")), qPrintable(english.err));
        const Run german = tarmacctl({ QStringLiteral("publish") }, home.path(), QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(german.exitCode, 2);
        // (after Qt's word on a locale the system lacks, where it lacks it)
        QVERIFY2(german.err.contains(QLatin1String("Aufruf: tarmacctl assessment publish")), qPrintable(german.err));
        QVERIFY2(!german.err.contains(QLatin1String("usage:")), qPrintable(german.err));
        // The platform options' words too (their own context).
        const Run noPlatform = tarmacctl({ QStringLiteral("list") }, home.path(), QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(noPlatform.exitCode, 2);
        QVERIFY2(noPlatform.err.contains(QLatin1String("keine Plattform: ")), qPrintable(noPlatform.err));
        // The usage of the command comes once, with no blank line after it.
        const Run usage = tarmacctl({ QStringLiteral("validate") }, home.path());
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.startsWith(QLatin1String("Usage:\n  tarmacctl assessment models\n")), qPrintable(usage.err));
        QVERIFY2(usage.err.endsWith(QLatin1String("newest first\n")), qPrintable(usage.err));
    }

    void refusesWhatItCannotRead()
    {
        QTemporaryDir home;
        const QString future = home.filePath(QStringLiteral("future.tarmac-assessment.yaml"));
        QFile file(future);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("format: tarmac-assessment/2\n");
        file.close();
        const Run run = tarmacctl({ QStringLiteral("export"), future }, home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("newer Tarmac")), qPrintable(run.err));

        QString session = writeSession(home.path());
        QFile sessionFile(session);
        QVERIFY(sessionFile.open(QIODevice::ReadOnly));
        QByteArray text = sessionFile.readAll();
        sessionFile.close();
        text.replace("id: cncf-platform-engineering", "id: somebody-elses-model");
        QVERIFY(sessionFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        sessionFile.write(text);
        sessionFile.close();
        const Run unknown = tarmacctl({ QStringLiteral("export"), session }, home.path());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("'somebody-elses-model', which is not installed")),
            qPrintable(unknown.err));
        QCOMPARE(tarmacctl({ QStringLiteral("frobnicate") }, home.path()).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentCtl)
#include "tst_assessmentctl.moc"
