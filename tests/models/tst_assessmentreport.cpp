// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/assessmentdocument.h"
#include "assessment/assessmentreport.h"
#include "assessment/maturitymodelloader.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Tarmac;

namespace {
MaturityModel load(const QString &name)
{
    return MaturityModelLoader::load(QStringLiteral(":/maturity-models/") + name).model;
}

AssessmentSession finishedRound(const MaturityModel &model)
{
    AssessmentSession session = AssessmentDocument::newSession(model);
    session.title = QStringLiteral("Spring round");
    session.scope = { QStringLiteral("unit"), QStringLiteral("Retail, Inc.") };
    session.participants = { { QStringLiteral("p1"), QStringLiteral("Ana"), QStringLiteral("platform-team") },
        { QStringLiteral("p2"), QStringLiteral("Bo"), QStringLiteral("app-team") } };
    CapabilityRecord &first = session.ensureRecord(model.capabilities.constFirst().id);
    first.votes
        = { { QStringLiteral("p1"), Vote::Kind::Level, 3, 0 }, { QStringLiteral("p2"), Vote::Kind::Level, 1, 0 } };
    first.revealed = true;
    first.agreedLevel = 2;
    first.targetLevel = 3;
    first.dissent = QStringLiteral("Bo, \"not yet\"");
    first.privateNotes = QStringLiteral("SECRET facilitator note");
    CapabilityRecord &second = session.ensureRecord(model.capabilities.at(1).id);
    second.votes = { { QStringLiteral("p1"), Vote::Kind::Level, 4, 0 } }; // not revealed
    session.actions = { { QStringLiteral("a1"), model.capabilities.constFirst().id,
        QStringLiteral("Fund a product owner"), QStringLiteral("Kim"), QDate(2026, 6, 30),
        AssessmentAction::Status::Open, QStringLiteral("golden-path-share") } };
    return session;
}

int countPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}
}

class TestAssessmentReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvHasOneRowPerCapability()
    {
        const MaturityModel model = load(QStringLiteral("cncf-platform-engineering.yaml"));
        const QList<QByteArray> lines = AssessmentReport(model, finishedRound(model)).csv().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 5);
        QVERIFY(lines.at(0).startsWith("capability_id,capability,responses,level_votes"));
        QCOMPARE(lines.at(1),
            QByteArray(
                "investment,Investment,2,2,0,0,2,1.5,2.5,3,1,2,Operational,3,Scalable,,\"Bo, \"\"not yet\"\"\""));
        // Votes that were never revealed are counted but not summarised.
        QCOMPARE(lines.at(2), QByteArray("adoption,Adoption,1,1,0,0,,,,,,,,,,,"));
        QVERIFY(lines.at(5).startsWith("measurement,Measurement,0,"));
        QVERIFY(!AssessmentReport(model, finishedRound(model)).csv().contains("SECRET"));
    }

    void csvShowsThePreviousRound()
    {
        const MaturityModel model = load(QStringLiteral("cncf-platform-engineering.yaml"));
        AssessmentSession previous = finishedRound(model);
        previous.ensureRecord(QStringLiteral("investment")).agreedLevel = 1;
        const QList<QByteArray> lines = AssessmentReport(model, finishedRound(model), previous).csv().split('\n');
        QVERIFY2(lines.at(1).contains(",3,Scalable,1,"), lines.at(1).constData());
    }

    void markdownFollowsUpLastRoundsActions()
    {
        const MaturityModel model = load(QStringLiteral("cncf-platform-engineering.yaml"));
        AssessmentSession previous = finishedRound(model);
        previous.ensureRecord(QStringLiteral("investment")).agreedLevel = 1;
        previous.actions.first().status = AssessmentAction::Status::Done;
        const QString text = AssessmentReport(model, finishedRound(model), previous).markdown();
        QVERIFY2(text.contains(QLatin1String(
                     "## Last round's actions\n\n- Fund a product owner (Done): Investment went from 1 to 2")),
            qPrintable(text));
    }

    void markdownSummarises()
    {
        const MaturityModel model = load(QStringLiteral("cncf-platform-engineering.yaml"));
        const QString text = AssessmentReport(model, finishedRound(model)).markdown();
        QVERIFY(text.startsWith(QLatin1String("# Spring round")));
        QVERIFY(text.contains(QLatin1String("|Investment|2|2|1|Operational|Scalable|")));
        QVERIFY(text.contains(QLatin1String("Fund a product owner")));
        QVERIFY(!text.contains(QLatin1String("SECRET")));
    }

    void pdfIsAPdfWithAPagePerCapability_data()
    {
        QTest::addColumn<QString>("modelFile");
        QTest::addColumn<int>("pages");
        QTest::newRow("cncf") << QStringLiteral("cncf-platform-engineering.yaml") << 6;
        QTest::newRow("seed") << QStringLiteral("platform-engineering.yaml") << 2;
        QTest::newRow("checklist") << QStringLiteral("minimum-viable-platform.yaml") << 6;
    }

    void pdfIsAPdfWithAPagePerCapability()
    {
        QFETCH(QString, modelFile);
        QFETCH(int, pages);
        const MaturityModel model = load(modelFile);
        AssessmentSession session = AssessmentDocument::newSession(model);
        session.participants = { { QStringLiteral("p1"), QStringLiteral("Ana"), QStringLiteral("app-team") } };
        session.ensureRecord(model.capabilities.constFirst().id).agreedLevel = 2;
        const AssessmentReport report(model, session);
        QCOMPARE(report.pdfPageCount(), pages);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(report.writePdf(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-1."));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(countPages(pdf), pages);
    }

    void pdfToAnUnwritablePlaceFails()
    {
        const MaturityModel model = load(QStringLiteral("cncf-platform-engineering.yaml"));
        QString error;
        QVERIFY(!AssessmentReport(model, finishedRound(model)).writePdf(QStringLiteral("/nonexistent/r.pdf"), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/r.pdf")));
    }

    void radarPaintsTheAgreedShape()
    {
        const MaturityModel model = load(QStringLiteral("cncf-platform-engineering.yaml"));
        QImage image(400, 400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        AssessmentReport::paintRadar(&painter, QRectF(0, 0, 400, 400), model, finishedRound(model), std::nullopt);
        painter.end();
        if (const QString shots = qEnvironmentVariable("TARMAC_TEST_SCREENSHOTS"); !shots.isEmpty())
            image.save(shots + QStringLiteral("/assess-radar.png"));
        // Something blue was drawn for the agreed level on the first (upward) spoke.
        bool blue = false;
        for (int y = 60; y < 200 && !blue; ++y) {
            const QColor c = image.pixelColor(200, y);
            blue = c.blue() > c.red() + 40;
        }
        QVERIFY(blue);
    }
};

QTEST_MAIN(TestAssessmentReport)
#include "tst_assessmentreport.moc"
