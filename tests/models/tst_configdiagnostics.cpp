// SPDX-License-Identifier: GPL-3.0-or-later
// The config checks (models/config): YAML syntax at the exact position, JSON, Kubernetes and Dockerfile
// rules, the worker that runs them for the editor, and the list model that shows them.
#include "config/configchecker.h"
#include "config/diagnosticsmodel.h"
#include "config/diagnosticsrunner.h"
#include "config/unifieddiff.h"
#include "templates/templatelinter.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Tarmac;

namespace {

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

QStringList expect(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

// "3:7 error: fragment" lines, for readable comparisons and failure messages.
QStringList describe(const TemplateDiagnostics &diagnostics)
{
    QStringList out;
    for (const TemplateDiagnostic &d : diagnostics)
        out.append(QStringLiteral("%1:%2 %3: %4")
                .arg(d.line)
                .arg(d.column)
                .arg(d.isError() ? QStringLiteral("error") : QStringLiteral("warning"), d.message));
    return out;
}

// Each expected entry is "LINE:COL SEVERITY: fragment"; every diagnostic must match one, in order.
void compareDiagnostics(const TemplateDiagnostics &actual, const QStringList &expected)
{
    const QStringList got = describe(actual);
    const QString both = QStringLiteral("\nexpected:\n  ") + expected.join(QStringLiteral("\n  "))
        + QStringLiteral("\ngot:\n  ") + got.join(QStringLiteral("\n  "));
    QVERIFY2(got.size() == expected.size(), qPrintable(both));
    for (qsizetype i = 0; i < got.size(); ++i) {
        const QString &want = expected.at(i);
        const qsizetype colon = want.indexOf(QStringLiteral(": "));
        QVERIFY2(
            got.at(i).startsWith(want.left(colon + 2)) && got.at(i).contains(want.mid(colon + 2)), qPrintable(both));
    }
}

const char *validManifests = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: registry.example/api:1.4.2
          ports:
            - name: http
              containerPort: 8080
          livenessProbe:
            httpGet: {path: /healthz, port: http}
          readinessProbe:
            httpGet: {path: /readyz, port: http}
          resources:
            requests: {cpu: 100m, memory: 64Mi}
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: api
  ports:
    - port: 80
      targetPort: http
    - port: 8080
)";

}

class TestConfigDiagnostics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindOf_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("kind");
        using K = ConfigChecker::Kind;
        QTest::newRow("yaml") << "deploy/k8s/service.yaml" << "" << int(K::Yaml);
        QTest::newRow("yml") << "ci.YML" << "" << int(K::Yaml);
        QTest::newRow("json") << "package.json" << "" << int(K::Json);
        QTest::newRow("dockerfile") << "Dockerfile" << "" << int(K::Dockerfile);
        QTest::newRow("containerfile") << "build/Containerfile" << "" << int(K::Dockerfile);
        QTest::newRow("dockerfile suffix") << "api.Dockerfile" << "" << int(K::Dockerfile);
        QTest::newRow("dockerfile.dev") << "Dockerfile.dev" << "" << int(K::Dockerfile);
        QTest::newRow("go") << "main.go" << "FROM x" << int(K::Plain);
        QTest::newRow("content: FROM") << "Buildfile" << "# base\n\nFROM alpine:3.20\n" << int(K::Dockerfile);
        QTest::newRow("content: json") << "settings" << "  {\"a\": 1}" << int(K::Json);
        QTest::newRow("content: yaml") << "manifest" << "apiVersion: v1\n" << int(K::Yaml);
        QTest::newRow("content: text") << "NOTES" << "hello\n" << int(K::Plain);
    }

    void kindOf()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, content);
        QFETCH(int, kind);
        QCOMPARE(int(ConfigChecker::kindOf(fileName, content)), kind);
    }

    void brokenYaml_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(TARMAC_SOURCE_DIR "/tests/models/data/config/broken-yaml"));
        const QStringList cases = dir.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
        QVERIFY(cases.size() >= 10);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    // Every file of the corpus gives exactly the diagnostics its .expected sidecar lists.
    void brokenYaml()
    {
        QFETCH(QString, path);
        const QString sidecar = path.chopped(5) + QStringLiteral(".expected");
        QVERIFY2(QFile::exists(sidecar), qPrintable(sidecar));
        QStringList expected = readFile(sidecar).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &line : expected)
            line.replace(line.indexOf(QStringLiteral(": ")), 2, QStringLiteral(" error: ")); // syntax errors
        const TemplateDiagnostics diagnostics = ConfigChecker::check(path, readFile(path));
        compareDiagnostics(diagnostics, expected);
        for (const TemplateDiagnostic &d : diagnostics)
            QCOMPARE(d.file, path);
    }

    void kubernetes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString valid = QString::fromUtf8(validManifests);
        QTest::newRow("valid deployment and service") << valid << QStringList {};
        QTest::newRow("missing apiVersion") << "kind: ConfigMap\nmetadata:\n  name: settings\n"
                                            << expect({ "1:1 error: ConfigMap: apiVersion is missing" });
        QTest::newRow("missing kind") << "apiVersion: v1\nmetadata:\n  name: settings\n"
                                      << expect({ "1:1 error: kind is missing" });
        QTest::newRow("missing name") << "apiVersion: v1\nkind: Service\nmetadata: {}\nspec:\n  ports: [{port: 80}]\n"
                                      << expect({ "1:1 error: Service: metadata.name is missing" });
        QTest::newRow("name not DNS-1123")
            << "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: My_Settings\n"
            << expect({ "4:9 error: metadata.name 'My_Settings' is not a DNS-1123 name" });
        QTest::newRow("not kubernetes") << "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {}\n"
                                        << QStringList {};
        QTest::newRow("plain yaml") << "name: ci\non: [push]\n" << QStringList {};

        QString selector = valid;
        selector.replace(QStringLiteral("      labels:\n        app: api\n"),
            QStringLiteral("      labels:\n        app: api-v2\n"));
        QTest::newRow("selector value differs")
            << selector
            << expect({ "8:12 error: Deployment: the selector wants app=api but the pod template has app=api-v2" });
        QString missingLabel = valid;
        missingLabel.replace(QStringLiteral("    matchLabels:\n      app: api\n"),
            QStringLiteral("    matchLabels:\n      app: api\n      tier: web\n"));
        QTest::newRow("selector label missing")
            << missingLabel << expect({ "9:7 error: the selector label 'tier' is not on the pod template" });

        QString port = valid;
        port.replace(QStringLiteral("      targetPort: http\n"), QStringLiteral("      targetPort: 9090\n"));
        QTest::newRow("targetPort number matches no container port")
            << port
            << expect({ "36:19 error: Service: targetPort 9090 matches no container port of Deployment 'api'" });
        QString portName = valid;
        portName.replace(QStringLiteral("      targetPort: http\n"), QStringLiteral("      targetPort: web\n"));
        QTest::newRow("targetPort name matches no container port")
            << portName << expect({ "36:19 error: (its ports: 8080/http)" });
        QString portNoTarget = valid;
        portNoTarget.replace(QStringLiteral("    - port: 8080\n"), QStringLiteral("    - port: 8081\n"));
        QTest::newRow("port without targetPort") << portNoTarget << expect({ "37:13 error: targetPort 8081" });
        QString otherPods = port;
        otherPods.replace(QStringLiteral("  selector:\n    app: api\n"), QStringLiteral("  selector:\n    app: web\n"));
        QTest::newRow("service selects pods of another file") << otherPods << QStringList {};

        QString bare = valid;
        const qsizetype probes = bare.indexOf(QStringLiteral("          livenessProbe:"));
        bare.remove(probes, bare.indexOf(QStringLiteral("---")) - probes);
        QTest::newRow("no probes, no resources") << bare
                                                 << expect({ "15:11 warning: container 'api' has no livenessProbe",
                                                        "15:11 warning: container 'api' has no readinessProbe",
                                                        "15:11 warning: container 'api' sets no resources.requests" });
        QTest::newRow("job needs no probes")
            << "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  template:\n    spec:\n"
               "      containers:\n        - name: migrate\n          image: migrate:1.0\n"
               "          resources:\n            limits: {cpu: 1}\n"
            << expect({ "11:11 warning: Job: container 'migrate' sets no resources.requests" });
        QTest::newRow("deployment without template")
            << "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 1\n"
            << expect({ "5:1 error: spec.selector and spec.template are required" });
        QTest::newRow("service without ports")
            << "apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  ports: []\n"
            << expect({ "6:3 error: spec.ports must list at least one port" });
        // A syntax error in one document leaves the checks of the others.
        QTest::newRow("error in one document of three")
            << "apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n---\nkey: [unclosed\n---\napiVersion: v1\n"
               "kind: Secret\nmetadata:\n  name: Bad_Name\n"
            << expect({ "1:1 error: ConfigMap: metadata.name is missing",
                   "5:6 error: not valid YAML: the '[' list that starts here is not closed",
                   "10:9 error: Secret: metadata.name 'Bad_Name'" });
    }

    void kubernetes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        compareDiagnostics(ConfigChecker::check(QStringLiteral("k8s.yaml"), text), expected);
    }

    void dockerfile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("pinned, non-root") << "FROM docker.io/library/python:3.12-slim\nUSER 10001\n" << QStringList {};
        QTest::newRow("multi-stage") << "FROM golang:1.22 AS build\nRUN go build\n\n"
                                        "FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out /app\n"
                                        "USER 65532:65532\n"
                                     << QStringList {};
        QTest::newRow("no USER") << "FROM alpine:3.20\nRUN apk add curl\n"
                                 << expect({ "1:1 error: the final stage sets no USER" });
        QTest::newRow("USER only in the build stage")
            << "FROM golang:1.22 AS build\nUSER 1000\nFROM alpine:3.20\nCOPY --from=build /a /a\n"
            << expect({ "3:1 error: the final stage sets no USER" });
        QTest::newRow("final USER is root") << "FROM alpine:3.20\nUSER app\nRUN true\nuser   root\n"
                                            << expect({ "4:8 error: the container runs as root (USER root)" });
        QTest::newRow("final USER is uid 0") << "FROM alpine:3.20\nUSER 0:0\n"
                                             << expect({ "2:6 error: runs as root (USER 0:0)" });
        QTest::newRow("latest") << "FROM node:latest AS build\nFROM build\nUSER node\n"
                                << expect({ "1:6 error: base image 'node:latest' uses the 'latest' tag" });
        QTest::newRow("no tag") << "# syntax=docker/dockerfile:1\nFROM --platform=$BUILDPLATFORM ubuntu\nUSER 1000\n"
                                << expect({ "2:32 error: base image 'ubuntu' has no tag" });
        QTest::newRow("registry port is not a tag")
            << "FROM localhost:5000/team/app\nUSER 1000\n"
            << expect({ "1:6 error: base image 'localhost:5000/team/app' has no tag" });
        QTest::newRow("digest, scratch and build argument")
            << "ARG BASE=alpine:3.20\nFROM alpine@sha256:0123456789abcdef AS a\nFROM ${BASE} AS b\nFROM scratch\n"
               "USER 1000\n"
            << QStringList {};
        QTest::newRow("continuation lines") << "FROM \\\n  alpine:3.20\nRUN a \\\n    && b\nUSER \\\n  root\n"
                                            << expect({ "5:6 error: runs as root" });
    }

    void dockerfile()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        compareDiagnostics(ConfigChecker::check(QStringLiteral("Dockerfile"), text), expected);
    }

    void json_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("valid") << "{\"name\": \"api\", \"ports\": [80]}\n" << QStringList {};
        QTest::newRow("empty while typing") << "  \n" << QStringList {};
        QTest::newRow("missing value") << "{\n  \"name\": \"api\",\n  \"port\": \n}\n"
                                       << expect({ "4:1 error: not valid JSON" });
        QTest::newRow("missing comma") << "{\n  \"a\": 1\n  \"b\": 2\n}\n" << expect({ "3:3 error: not valid JSON" });
        // Columns count UTF-16 code units, as the editor does.
        QTest::newRow("after non-ASCII text") << "{\"grüße\": \"世界\" x}" << expect({ "1:16 error: not valid JSON" });
    }

    void json()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        compareDiagnostics(ConfigChecker::check(QStringLiteral("package.json"), text), expected);
    }

    // `tarmacctl validate` and the template linter use these checks, not a copy of them.
    void linterDelegates()
    {
        const TemplateDiagnostics d = TemplateLinter::checkGeneratedFile(
            QStringLiteral("out/Dockerfile"), QByteArrayLiteral("FROM node:latest\nUSER node\n"));
        compareDiagnostics(d, { QStringLiteral("1:6 error: uses the 'latest' tag") });
        QCOMPARE(d.at(0).file, QStringLiteral("out/Dockerfile"));
    }

    void runnerDeliversTheNewestRevision()
    {
        DiagnosticsRunner runner;
        QSignalSpy finished(&runner, &DiagnosticsRunner::finished);
        // A large first text keeps the worker busy while newer revisions arrive.
        QString large;
        for (int i = 0; i < 400; ++i)
            large += QString::fromUtf8(validManifests) + QStringLiteral("---\n");
        runner.check(1, QStringLiteral("a.yaml"), large);
        runner.check(2, QStringLiteral("a.yaml"), QStringLiteral("x: [\n"));
        runner.check(3, QStringLiteral("a.yaml"), QStringLiteral("x: {\n"));
        QTRY_COMPARE(finished.size(), 1);
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<quint64>(), quint64(3));
        const auto diagnostics = finished.at(0).at(1).value<TemplateDiagnostics>();
        compareDiagnostics(
            diagnostics, { QStringLiteral("1:4 error: the '{' mapping that starts here is not closed") });
        QVERIFY(finished.at(0).at(2).toDouble() >= 0);
    }

    void runnerCancels()
    {
        DiagnosticsRunner runner;
        QSignalSpy finished(&runner, &DiagnosticsRunner::finished);
        runner.check(1, QStringLiteral("a.yaml"), QStringLiteral("x: [\n"));
        runner.cancel();
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(finished.size(), 0);
        runner.check(2, QStringLiteral("a.yaml"), QStringLiteral("x: 1\n"));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<quint64>(), quint64(2));
    }

    // A runner destroyed while its worker runs: the worker's result goes nowhere, nothing crashes.
    void runnerDestroyedWhileRunning()
    {
        QString large;
        for (int i = 0; i < 200; ++i)
            large += QString::fromUtf8(validManifests) + QStringLiteral("---\n");
        auto runner = std::make_unique<DiagnosticsRunner>();
        runner->check(1, QStringLiteral("a.yaml"), large);
        runner.reset();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
    }

    void unifiedDiff()
    {
        // A removed "-- x" line is content of the hunk, not the next file's header.
        const UnifiedDiff diff = UnifiedDiff::parse(QStringLiteral("--- a/deployment.yaml\n+++ b/deployment.yaml\n"
                                                                   "@@ -3,4 +3,5 @@ metadata:\n"
                                                                   " spec:\n"
                                                                   "-  replicas: 2\n"
                                                                   "--- x\n"
                                                                   "+  replicas: 3\n"
                                                                   "+  paused: false\n"
                                                                   "+  minReadySeconds: 5\n"
                                                                   "   selector:\n"
                                                                   "\\ No newline at end of file\n"));
        using Kind = UnifiedDiff::Line::Kind;
        const QList<UnifiedDiff::Line> &lines = diff.lines();
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines.at(10).kind, Kind::Note);
        QCOMPARE(lines.at(0).kind, Kind::FileHeader);
        QCOMPARE(lines.at(2).kind, Kind::HunkHeader);
        QCOMPARE(lines.at(3).kind, Kind::Context);
        QCOMPARE(lines.at(3).oldLine, 3);
        QCOMPARE(lines.at(3).newLine, 3);
        QCOMPARE(lines.at(4).kind, Kind::Removed);
        QCOMPARE(lines.at(5).kind, Kind::Removed);
        QCOMPARE(lines.at(5).text, QStringLiteral("-- x"));
        QCOMPARE(lines.at(5).oldLine, 5);
        QCOMPARE(lines.at(8).kind, Kind::Added);
        QCOMPARE(lines.at(8).newLine, 6);
        QCOMPARE(lines.at(9).kind, Kind::Context);
        QCOMPARE(lines.at(9).oldLine, 6);
        QCOMPARE(lines.at(9).newLine, 7);
        QCOMPARE(diff.added(), 3);
        QCOMPARE(diff.removed(), 2);
        // Side by side: two removed lines beside three added ones, the third with nothing left of it.
        const QList<UnifiedDiff::Row> rows = diff.sideBySide();
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows.at(4).left, 4);
        QCOMPARE(rows.at(4).right, 6);
        QCOMPARE(rows.at(5).left, 5);
        QCOMPARE(rows.at(5).right, 7);
        QCOMPARE(rows.at(6).left, -1);
        QCOMPARE(rows.at(6).right, 8);
        QCOMPARE(rows.at(7).left, 9);
    }

    void model()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDiagnostics(
            ConfigChecker::check(QStringLiteral("Dockerfile"), QStringLiteral("FROM alpine\nRUN true\n")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DiagnosticsModel::ColumnCount));
        QCOMPARE(model.errorCount(), 2);
        const QModelIndex position = model.index(0, DiagnosticsModel::PositionColumn);
        QCOMPARE(position.data().toString(), QStringLiteral("1:1"));
        QCOMPARE(position.data(DiagnosticsModel::LineRole).toInt(), 1);
        QCOMPARE(model.index(0, DiagnosticsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QVERIFY(!model.index(0, DiagnosticsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.index(1, DiagnosticsModel::MessageColumn).data().toString().contains(QStringLiteral("no tag")));
        QCOMPARE(model.index(1, DiagnosticsModel::PositionColumn).data(DiagnosticsModel::ColumnRole).toInt(), 6);
        QCOMPARE(
            model.headerData(DiagnosticsModel::PositionColumn, Qt::Horizontal).toString(), QStringLiteral("Line:Col"));
        model.setDiagnostics(
            { { QStringLiteral("a"), 3, 4, TemplateDiagnostic::Severity::Warning, QStringLiteral("careful") } });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.errorCount(), 0);
        QCOMPARE(model.index(0, DiagnosticsModel::SeverityColumn).data().toString(), QStringLiteral("Warning"));
        model.setDiagnostics({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConfigDiagnostics)
#include "tst_configdiagnostics.moc"
