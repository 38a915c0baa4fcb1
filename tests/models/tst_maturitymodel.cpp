// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/assessmentdocument.h"
#include "assessment/crosswalk.h"
#include "assessment/maturitymodel.h"
#include "assessment/maturitymodelloader.h"
#include "assessment/platformevidence.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Tarmac;

namespace {
// The seed's levels as the seed text has them: name, tagline, summary, then two bullet lists.
struct SeedLevel {
    QString name;
    QString tagline;
    QString summary;
    QStringList characteristics;
    QStringList consequences;
};

QList<SeedLevel> parseSeed(const QString &text)
{
    QList<SeedLevel> levels;
    const QStringList lines = text.split(u'\n');
    static const QRegularExpression tagline(QStringLiteral("^\\((.+)\\)$"));
    int listIndex = 0;
    bool inList = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const auto match = tagline.match(line);
        if (match.hasMatch()) {
            levels.append({ lines.at(i - 1).trimmed(), match.captured(1), {}, {}, {} });
            listIndex = 0;
            inList = false;
            continue;
        }
        if (levels.isEmpty())
            continue;
        SeedLevel &level = levels.last();
        if (line.startsWith(u'•')) {
            if (!inList)
                ++listIndex;
            inList = true;
            (listIndex == 1 ? level.characteristics : level.consequences).append(line.mid(1).trimmed());
        } else {
            inList = false;
            if (!line.isEmpty() && level.summary.isEmpty() && listIndex == 0)
                level.summary = line;
        }
    }
    return levels;
}

MaturityModel loadBuiltin(const QString &name)
{
    const MaturityModelLoadResult result = MaturityModelLoader::load(QStringLiteral(":/maturity-models/") + name);
    if (!result.ok())
        qWarning("%s", qPrintable(joinErrors(result.errors)));
    return result.model;
}
}

class TestMaturityModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtinModelsLoad_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : MaturityModelLoader::builtinModelPaths())
            QTest::newRow(qPrintable(path)) << path;
    }

    void builtinModelsLoad()
    {
        QFETCH(QString, path);
        const MaturityModelLoadResult result = MaturityModelLoader::load(path);
        QVERIFY2(result.ok(), qPrintable(joinErrors(result.errors)));
        QVERIFY(!result.model.id.isEmpty());
        QVERIFY(!result.model.version.isEmpty());
        QVERIFY(result.model.contentHash.startsWith(QLatin1String("sha256:")));
        QCOMPARE(result.model.contentHash.size(), 7 + 64);
    }

    void seedModelIsTheSeedVerbatim()
    {
        QFile seedFile(QStringLiteral(TARMAC_SOURCE_DIR "/tests/models/data/assessment/seed-platform-engineering.txt"));
        QVERIFY(seedFile.open(QIODevice::ReadOnly));
        const QList<SeedLevel> seed = parseSeed(QString::fromUtf8(seedFile.readAll()));
        QCOMPARE(seed.size(), 5);

        const MaturityModel model = loadBuiltin(QStringLiteral("platform-engineering.yaml"));
        QCOMPARE(model.levels.size(), 5);
        QCOMPARE(model.capabilities.size(), 1);
        const Capability &capability = model.capabilities.constFirst();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(model.levels.at(i).value, i + 1);
            QCOMPARE(model.levels.at(i).name, seed.at(i).name);
            QCOMPARE(model.levels.at(i).tagline, seed.at(i).tagline);
            const CapabilityLevelDescription *description = capability.descriptionFor(i + 1);
            QVERIFY(description);
            QCOMPARE(description->summary, seed.at(i).summary);
            QCOMPARE(description->characteristics, seed.at(i).characteristics);
            QCOMPARE(description->consequences, seed.at(i).consequences);
        }
        QCOMPARE(model.levels.constFirst().name, QStringLiteral("Fragmented Tooling and Infrastructure"));
        QCOMPARE(model.levels.constLast().name, QStringLiteral("Strategic Enabling Platform Ecosystem"));
    }

    void cncfModelHasFiveAspectsOnFourLevels()
    {
        const MaturityModel model = loadBuiltin(QStringLiteral("cncf-platform-engineering.yaml"));
        QStringList aspects;
        for (const Capability &capability : model.capabilities) {
            aspects.append(capability.name);
            QVERIFY2(!capability.keyQuestion.isEmpty(), qPrintable(capability.id));
            QCOMPARE(capability.levels.size(), 4);
        }
        QCOMPARE(aspects,
            QStringList({ QStringLiteral("Investment"), QStringLiteral("Adoption"), QStringLiteral("Interfaces"),
                QStringLiteral("Operations"), QStringLiteral("Measurement") }));
        QStringList levels;
        for (const MaturityLevel &level : model.levels)
            levels.append(level.name);
        QCOMPARE(levels,
            QStringList({ QStringLiteral("Provisional"), QStringLiteral("Operational"), QStringLiteral("Scalable"),
                QStringLiteral("Optimizing") }));
    }

    void checklistModelHasTheSeedGuidesItems()
    {
        const MaturityModel model = loadBuiltin(QStringLiteral("minimum-viable-platform.yaml"));
        QCOMPARE(model.kind, MaturityModel::Kind::Checklist);
        QCOMPARE(model.capabilities.size(), 5);
        QCOMPARE(model.capabilities.constFirst().keyQuestion,
            QStringLiteral("Create a new service from a template, with the pipeline and basics already wired in."));
        QCOMPARE(model.capabilities.constLast().keyQuestion,
            QStringLiteral("A clear way to step off the paved path when a team has a genuine reason to."));
    }

    void crosswalkMatchesBothModels()
    {
        const CrosswalkLoadResult loaded = Crosswalk::load(Crosswalk::builtinCrosswalkPaths().constFirst());
        QVERIFY2(loaded.ok(), qPrintable(joinErrors(loaded.errors)));
        const Crosswalk &crosswalk = loaded.crosswalk;
        const MaturityModel seed = loadBuiltin(QStringLiteral("platform-engineering.yaml"));
        const MaturityModel cncf = loadBuiltin(QStringLiteral("cncf-platform-engineering.yaml"));
        const QList<SourceError> errors = crosswalk.validate(seed, cncf);
        QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));

        // Every seed level maps to every aspect, and reading the result back gives the same level.
        for (const MaturityLevel &level : seed.levels) {
            const QMap<QString, int> cncfLevels
                = crosswalk.forward({ { QStringLiteral("platform-engineering"), level.value } });
            QCOMPARE(cncfLevels.size(), 5);
            QCOMPARE(crosswalk.backward(cncfLevels).value(QStringLiteral("platform-engineering")), level.value);
        }
        // A self-service platform reads as Scalable interfaces but Operational investment.
        const QMap<QString, int> selfService = crosswalk.forward({ { QStringLiteral("platform-engineering"), 3 } });
        QCOMPARE(selfService.value(QStringLiteral("interfaces")), 3);
        QCOMPARE(selfService.value(QStringLiteral("investment")), 2);
        // A mixed CNCF profile reads as the nearest seed level.
        QCOMPARE(crosswalk
                     .backward({ { QStringLiteral("investment"), 3 }, { QStringLiteral("adoption"), 3 },
                         { QStringLiteral("interfaces"), 3 }, { QStringLiteral("operations"), 3 },
                         { QStringLiteral("measurement"), 2 } })
                     .value(QStringLiteral("platform-engineering")),
            4);
        // Nothing to read back from nothing.
        QVERIFY(crosswalk.backward({}).isEmpty());

        // A whole session reads in either model.
        AssessmentSession session = AssessmentDocument::newSession(seed);
        session.title = QStringLiteral("Round 1");
        session.ensureRecord(QStringLiteral("platform-engineering")).agreedLevel = 3;
        session.ensureRecord(QStringLiteral("platform-engineering")).targetLevel = 4;
        const std::optional<AssessmentSession> asCncf = crosswalk.translate(session, cncf);
        QVERIFY(asCncf);
        QCOMPARE(asCncf->model.id, cncf.id);
        QCOMPARE(asCncf->model.hash, cncf.contentHash);
        QCOMPARE(asCncf->records.size(), 5);
        QCOMPARE(asCncf->record(QStringLiteral("interfaces"))->agreedLevel, 3);
        QCOMPARE(asCncf->record(QStringLiteral("investment"))->agreedLevel, 2);
        QCOMPARE(asCncf->record(QStringLiteral("investment"))->targetLevel, 3);
        QCOMPARE(asCncf->title, QStringLiteral("Round 1 (read as CNCF Platform Engineering Maturity Model)"));
        const std::optional<AssessmentSession> back = crosswalk.translate(*asCncf, seed);
        QVERIFY(back);
        QCOMPARE(back->record(QStringLiteral("platform-engineering"))->agreedLevel, 3);
        QCOMPARE(back->record(QStringLiteral("platform-engineering"))->targetLevel, 4);
        QVERIFY(!crosswalk.translate(session, seed)); // not a crosswalk from the seed model to itself
    }

    // Which capabilities show the platform's figures is data in the model files.
    void shippedModelsMapPlatformEvidence()
    {
        const auto evidenceOf = [](const QString &path, const QString &capability) {
            const MaturityModelLoadResult loaded = MaturityModelLoader::load(path);
            const Capability *found = loaded.model.capability(capability);
            return found ? found->platformEvidence : QStringList { QStringLiteral("missing") };
        };
        const QString cncf = QStringLiteral(":/maturity-models/cncf-platform-engineering.yaml");
        QCOMPARE(evidenceOf(cncf, QStringLiteral("measurement")), platformEvidenceIds());
        QCOMPARE(evidenceOf(cncf, QStringLiteral("adoption")), QStringList { QStringLiteral("golden-path-share") });
        QCOMPARE(evidenceOf(cncf, QStringLiteral("investment")), QStringList());
        QCOMPARE(evidenceOf(QStringLiteral(":/maturity-models/minimum-viable-platform.yaml"),
                     QStringLiteral("one-deploy-path")),
            (QStringList { QStringLiteral("deployment-frequency"), QStringLiteral("lead-time-for-changes") }));
        QCOMPARE(evidenceOf(QStringLiteral(":/maturity-models/platform-engineering.yaml"),
                     QStringLiteral("platform-engineering")),
            platformEvidenceIds());
    }

    void brokenModelFiles_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");

        const QByteArray head = "schema: tarmac-maturity-model/1\nid: m\nversion: '1'\nname: M\n";
        const QByteArray levels = "levels:\n  - {value: 1, name: Low}\n  - {value: 2, name: High}\n";
        const QByteArray capabilities = "capabilities:\n  - {id: a, name: A}\n";

        QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("broken.yaml:1:1: the file is empty");
        QTest::newRow("not yaml") << QByteArray("schema: x\nid: [unclosed\n")
                                  << QStringLiteral("broken.yaml:3:1: not valid YAML: ");
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n")
                                       << QStringLiteral("broken.yaml:1:1: the top level must be a mapping");
        QTest::newRow("wrong schema") << QByteArray("schema: something/1\n")
                                      << QStringLiteral("broken.yaml:1:9: 'schema' must be tarmac-maturity-model/1");
        QTest::newRow("newer schema") << QByteArray("schema: tarmac-maturity-model/7\n")
                                      << QStringLiteral("broken.yaml:1:9: this file needs a newer Tarmac");
        QTest::newRow("missing id") << QByteArray("schema: tarmac-maturity-model/1\nversion: '1'\nname: M\n" + levels
            + capabilities) << QStringLiteral("broken.yaml:1:1: missing required key 'id'");
        QTest::newRow("levels not a list") << QByteArray(head + "levels: 3\n" + capabilities)
                                           << QStringLiteral("broken.yaml:5:9: 'levels' must be a list");
        QTest::newRow("duplicate level") << QByteArray(
            head + "levels:\n  - {value: 1, name: A}\n  - {value: 1, name: B}\n" + capabilities)
                                         << QStringLiteral("broken.yaml:7:13: level value 1 appears twice");
        QTest::newRow("level not a number") << QByteArray(head + "levels:\n  - {value: one, name: A}\n" + capabilities)
                                            << QStringLiteral("broken.yaml:6:13: 'value' must be a whole number");
        QTest::newRow("unknown kind") << QByteArray(head + "kind: ladder\n" + levels + capabilities)
                                      << QStringLiteral("broken.yaml:5:7: 'kind' must be 'levels' or 'checklist'");
        QTest::newRow("duplicate capability")
            << QByteArray(head + levels + "capabilities:\n  - {id: a, name: A}\n  - {id: a, name: B}\n")
            << QStringLiteral("broken.yaml:10:10: capability id 'a' appears twice");
        QTest::newRow("unknown level in capability")
            << QByteArray(head + levels + "capabilities:\n  - id: a\n    name: A\n    levels:\n      - {level: 9}\n")
            << QStringLiteral("broken.yaml:12:17: level 9 is not one of the model's levels");
        QTest::newRow("characteristics not text")
            << QByteArray(head + levels
                   + "capabilities:\n  - id: a\n    name: A\n    levels:\n      - level: 1\n"
                     "        characteristics:\n          - {nested: map}\n")
            << QStringLiteral("broken.yaml:14:13: every entry of 'characteristics' must be text");
        QTest::newRow("unknown platform evidence")
            << QByteArray(head + levels + "capabilities:\n  - id: a\n    name: A\n    platform-evidence: [uptime]\n")
            << QStringLiteral("broken.yaml:11:24: 'platform-evidence' of 'a' names 'uptime'; the platform measures "
                              "deployment-frequency, ");
        QTest::newRow("no capabilities") << QByteArray(head + levels + "capabilities: []\n")
                                         << QStringLiteral("broken.yaml:8:15: a model needs at least one capability");
    }

    void brokenModelFiles()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const MaturityModelLoadResult result = MaturityModelLoader::parse(yaml, QStringLiteral("broken.yaml"));
        QVERIFY(!result.ok());
        const QString first = result.errors.constFirst().toString();
        QVERIFY2(first.startsWith(expected), qPrintable(first));
    }

    void unreadableFileSaysSo()
    {
        const MaturityModelLoadResult result = MaturityModelLoader::load(QStringLiteral("/nonexistent/model.yaml"));
        QVERIFY(!result.ok());
        QVERIFY(
            result.errors.constFirst().toString().startsWith(QLatin1String("/nonexistent/model.yaml: cannot read")));
    }

    void hashFollowsContent()
    {
        const QByteArray a = "schema: tarmac-maturity-model/1\nid: m\nversion: '1'\nname: M\nlevels:\n  - {value: 1, "
                             "name: L}\ncapabilities:\n  - {id: a, name: A}\n";
        QByteArray b = a;
        b.replace("name: A", "name: B");
        QCOMPARE(
            MaturityModelLoader::parse(a, {}).model.contentHash, MaturityModelLoader::parse(a, {}).model.contentHash);
        QVERIFY(
            MaturityModelLoader::parse(a, {}).model.contentHash != MaturityModelLoader::parse(b, {}).model.contentHash);
    }
};

QTEST_GUILESS_MAIN(TestMaturityModel)
#include "tst_maturitymodel.moc"
