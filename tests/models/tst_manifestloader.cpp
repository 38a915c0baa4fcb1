// SPDX-License-Identifier: GPL-3.0-or-later
// Broken manifests give the errors a user needs: where, what is wrong, what is expected.
#include "templates/manifestloader.h"
#include "templates/parameterschema.h"
#include "templates/pathguard.h"

#include <QJsonDocument>
#include <QTest>

using namespace Tarmac;

namespace {
const QByteArray head = "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\n";
const QByteArray steps
    = "  steps:\n    - id: fetch\n      action: fetch:template\n      input:\n        url: ./skeleton\n";
}

class TestManifestLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void brokenManifests_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected"); // "line:col: error: message" (a prefix of the message)
        QTest::newRow("not yaml") << QByteArray("apiVersion: [unclosed\n") << "2:1: error: not valid YAML";
        QTest::newRow("tab indentation") << QByteArray("a:\n\t- b\n") << "2:2: error: not valid YAML";
        QTest::newRow("a list") << QByteArray("- a\n- b\n")
                                << "1:1: error: the document is a list; expected a Backstage Template";
        QTest::newRow("wrong apiVersion") << QByteArray(
            "apiVersion: backstage.io/v1beta2\nkind: Template\nmetadata:\n  name: t\nspec:\n  type: service\n"
            + steps) << "1:13: error: apiVersion is 'backstage.io/v1beta2'; expected scaffolder.backstage.io/v1beta3";
        QTest::newRow("wrong kind") << QByteArray("apiVersion: scaffolder.backstage.io/v1beta3\nkind: "
                                                  "Component\nmetadata:\n  name: t\nspec:\n  type: service\n"
            + steps) << "2:7: error: kind is 'Component'; expected Template";
        QTest::newRow("missing name") << QByteArray("apiVersion: scaffolder.backstage.io/v1beta3\nkind: "
                                                    "Template\nmetadata:\n  title: T\nspec:\n  type: service\n"
            + steps) << "4:3: error: 'name' is missing; expected a string";
        QTest::newRow("bad name") << QByteArray("apiVersion: scaffolder.backstage.io/v1beta3\nkind: "
                                                "Template\nmetadata:\n  name: -bad name\nspec:\n  type: service\n"
            + steps) << "4:9: error: name '-bad name' is not a valid entity name";
        QTest::newRow("missing type") << QByteArray(head + "spec:\n  owner: me\n" + steps)
                                      << "6:3: error: 'type' is missing";
        QTest::newRow("no steps") << QByteArray(head + "spec:\n  type: service\n")
                                  << "6:3: error: 'steps' is nothing; expected a list of steps";
        QTest::newRow("step without action") << QByteArray(head + "spec:\n  type: service\n  steps:\n    - id: x\n")
                                             << "8:7: error: 'action' is missing";
        QTest::newRow("duplicate step id") << QByteArray(head
            + "spec:\n  type: service\n  steps:\n    - id: x\n      action: debug:log\n    - id: x\n      action: "
              "debug:log\n") << "10:11: error: step id 'x' is used twice";
        QTest::newRow("each not a list") << QByteArray(
            head + "spec:\n  type: service\n  steps:\n    - id: x\n      action: debug:log\n      each: 5\n")
                                         << "10:13: error: 'each' is a number; expected a list, a mapping";
        QTest::newRow("fetch without url") << QByteArray(head
            + "spec:\n  type: service\n  steps:\n    - id: x\n      action: fetch:template\n      input:\n        "
              "values: {}\n") << "11:9: error: 'url' is missing; expected a string";
        QTest::newRow("copyWithoutTemplating not a list")
            << QByteArray(head + "spec:\n  type: service\n" + steps + "        copyWithoutTemplating: static\n")
            << "12:32: error: 'copyWithoutTemplating' is a string; expected a list of glob patterns";
        QTest::newRow("both copy inputs")
            << QByteArray(head + "spec:\n  type: service\n" + steps
                   + "        copyWithoutTemplating: [a]\n        copyWithoutRender: [b]\n")
            << "11:9: error: copyWithoutRender and copyWithoutTemplating cannot be used at the same time";
        QTest::newRow("extension with compat") << QByteArray(head + "spec:\n  type: service\n" + steps
            + "        templateFileExtension: true\n        cookiecutterCompat: true\n")
                                               << "12:32: error: templateFileExtension cannot be combined";
        QTest::newRow("unknown parameter type") << QByteArray(head
            + "spec:\n  type: service\n  parameters:\n    - properties:\n        port:\n          type: int\n" + steps)
                                                << "10:17: error: field 'port' has type 'int'; expected one of: "
                                                   "string, number, integer, boolean, array, object";
        QTest::newRow("bad pattern") << QByteArray(head
            + "spec:\n  type: service\n  parameters:\n    - properties:\n        name:\n          type: string\n       "
              "   pattern: '^[a-z'\n"
            + steps) << "11:20: error: field 'name' has a pattern that is not a valid regular expression";
        QTest::newRow("required not a field") << QByteArray(head
            + "spec:\n  type: service\n  parameters:\n    - required: [nmae]\n      properties:\n        name:\n       "
              "   type: string\n"
            + steps) << "8:17: error: required field 'nmae' is not among the page's properties; expected one of: name";
        QTest::newRow("default outside enum") << QByteArray(head
            + "spec:\n  type: service\n  parameters:\n    - properties:\n        lang:\n          type: string\n       "
              "   enum: [go, rust]\n          default: java\n"
            + steps) << "12:20: error: field 'lang' has a default that is not one of its enum values";
        QTest::newRow("version not semver") << QByteArray(
            "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\n  tarmac:\n    "
            "version: v1\nspec:\n  type: service\n"
            + steps) << "6:14: error: version 'v1' is not a semantic version; expected MAJOR.MINOR.PATCH";
        QTest::newRow("version as number") << QByteArray(
            "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\n  tarmac:\n    "
            "version: 1.2\nspec:\n  type: service\n"
            + steps) << "6:14: error: version is a number; expected a semantic version in quotes";
        QTest::newRow("unknown tarmac kind") << QByteArray(
            "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\n  tarmac:\n    kind: "
            "database\nspec:\n  type: service\n"
            + steps) << "6:11: error: kind 'database' is unknown; expected service or resource";
        QTest::newRow("duplicate key") << QByteArray(head + "  name: u\nspec:\n  type: service\n" + steps)
                                       << "5:3: error: duplicate key 'name'";
    }

    void brokenManifests()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const ManifestLoader::Result result = ManifestLoader::loadFromData(yaml, QStringLiteral("t/template.yaml"));
        QVERIFY(!result.manifest);
        QStringList all;
        for (const TemplateDiagnostic &d : result.diagnostics)
            all.append(d.toString());
        const QString wanted = QStringLiteral("t/template.yaml:") + expected;
        QVERIFY2(std::any_of(all.cbegin(), all.cend(), [&](const QString &s) { return s.startsWith(wanted); }),
            qPrintable(
                QStringLiteral("wanted: ") + wanted + QStringLiteral("\ngot: ") + all.join(QStringLiteral("\n     "))));
    }

    void goodManifest()
    {
        const ManifestLoader::Result result = ManifestLoader::loadFromData(head
                + "  title: T\n  tags: [a, b]\n  tarmac:\n    version: \"1.2.3\"\n    resources: [postgres]\nspec:\n  "
                  "type: service\n"
                  "  parameters:\n    title: One page\n    properties:\n      zeta:\n        type: string\n      "
                  "alpha:\n        type: integer\n"
                + steps,
            QStringLiteral("t/template.yaml"));
        QVERIFY2(result.manifest, qPrintable(result.diagnostics.value(0).toString()));
        QCOMPARE(result.manifest->version, QStringLiteral("1.2.3"));
        QCOMPARE(result.manifest->tags, QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(result.manifest->attachableResources, QStringList { QStringLiteral("postgres") });
        // Fields keep the manifest's order, not JSON's sorted keys.
        const QList<ParameterField> fields = ParameterSchema(result.manifest->parameterPages).fields();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).name, QStringLiteral("zeta"));
        QCOMPARE(fields.at(1).type, QStringLiteral("integer"));
    }

    void parameterValidation_data()
    {
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("required") << QJsonObject {} << "name" << "Name is required";
        QTest::newRow("pattern") << QJsonObject { { QStringLiteral("name"), QStringLiteral("Bad") } } << "name"
                                 << "Name must match the pattern ^[a-z]+$";
        QTest::newRow("too short") << QJsonObject { { QStringLiteral("name"), QStringLiteral("a") } } << "name"
                                   << "Name must be at least 2 characters long";
        QTest::newRow("enum") << QJsonObject { { QStringLiteral("name"), QStringLiteral("ab") },
            { QStringLiteral("db"), QStringLiteral("oracle") } }
                              << "db" << "Database must be one of: postgres, mysql";
        QTest::newRow("maximum") << QJsonObject { { QStringLiteral("name"), QStringLiteral("ab") },
            { QStringLiteral("replicas"), 20 } }
                                 << "replicas" << "Replicas must be at most 10";
        QTest::newRow("integer") << QJsonObject { { QStringLiteral("name"), QStringLiteral("ab") },
            { QStringLiteral("replicas"), 1.5 } }
                                 << "replicas" << "Replicas must be of type integer";
        QTest::newRow("dependency makes a field required") << QJsonObject {
            { QStringLiteral("name"), QStringLiteral("ab") }, { QStringLiteral("db"), QStringLiteral("postgres") }
        } << "dbVersion" << "Database version is required";
    }

    void parameterValidation()
    {
        QFETCH(QJsonObject, values);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QJsonObject page = QJsonDocument::fromJson(R"({
            "required": ["name"],
            "properties": {
                "name": {"title": "Name", "type": "string", "pattern": "^[a-z]+$", "minLength": 2},
                "replicas": {"title": "Replicas", "type": "integer", "minimum": 1, "maximum": 10},
                "db": {"title": "Database", "type": "string", "enum": ["postgres", "mysql"]}
            },
            "dependencies": {"db": {"oneOf": [
                {"properties": {"db": {"enum": ["postgres"]}, "dbVersion": {"title": "Database version", "type": "string"}},
                 "required": ["dbVersion"]},
                {"properties": {"db": {"enum": ["mysql"]}}}
            ]}}
        })")
                                     .object();
        const ParameterSchema schema(QJsonArray { page });
        const QHash<QString, QString> problems = schema.validate(values);
        QCOMPARE(problems.value(field), message);
    }

    void pathGuard_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("normalised"); // empty when refused
        QTest::newRow("plain") << "a/b.txt" << "a/b.txt";
        QTest::newRow("dots inside") << "a/./b/../c" << "a/c";
        QTest::newRow("escape") << "../x" << "";
        QTest::newRow("escape later") << "a/../../x" << "";
        QTest::newRow("absolute") << "/etc/passwd" << "";
        QTest::newRow("drive") << "C:/x" << "";
        QTest::newRow("backslash") << "a\\..\\..\\x" << "";
        QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << "";
    }

    void pathGuard()
    {
        QFETCH(QString, path);
        QFETCH(QString, normalised);
        QString error;
        QCOMPARE(PathGuard::normalise(path, &error), normalised);
        QCOMPARE(error.isEmpty(), !normalised.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestManifestLoader)
#include "tst_manifestloader.moc"
