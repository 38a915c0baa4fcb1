// SPDX-License-Identifier: GPL-3.0-or-later
// tarmacctl templates list, render and validate, as a script calls them.
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestUtils;

namespace {
using Run = ProgramRun;

Run ctl(const QStringList &arguments, const QString &home, const QString &templatePath = {})
{
    QProcessEnvironment env = isolatedEnvironment(home);
    if (!templatePath.isEmpty())
        env.insert(QStringLiteral("TARMAC_TEMPLATE_PATH"), templatePath);
    return runProgram(QStringLiteral("tarmacctl"), arguments, env);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

const QByteArray userTemplate
    = "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: mine\n"
      "spec:\n  type: service\n  parameters:\n    - properties:\n        name:\n          type: string\n"
      "  steps:\n    - id: fetch\n      action: fetch:template\n      input:\n        url: ./skeleton\n"
      "        values:\n          name: ${{ parameters.name }}\n";
}

class TestTemplateCtl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsTemplates()
    {
        QTemporaryDir home;
        Run r = ctl({ QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--json") }, home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(list.size() >= 8);
        QSet<QString> kinds;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("version")).toString().isEmpty());
            kinds.insert(o.value(QStringLiteral("kind")).toString());
        }
        QCOMPARE(kinds, (QSet<QString> { QStringLiteral("service"), QStringLiteral("resource") }));
        r = ctl({ QStringLiteral("templates"), QStringLiteral("list") }, home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("go-http-service")));
        QCOMPARE(ctl({ QStringLiteral("templates") }, home.path()).exitCode, 2);
    }

    void rendersAndValidates()
    {
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("orders"));
        Run r = ctl({ QStringLiteral("render"), QStringLiteral("python-web-api"), QStringLiteral("--set"),
                        QStringLiteral("name=orders"), QStringLiteral("--set"), QStringLiteral("owner=group:team-a"),
                        QStringLiteral("--set"), QStringLiteral("system=shop"), QStringLiteral("--set"),
                        QStringLiteral("port=9000"), QStringLiteral("--resource"), QStringLiteral("postgres:orders-db"),
                        QStringLiteral("--resource"), QStringLiteral("queue"), QStringLiteral("-o"), out },
            home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("step publish (publish:github) skipped")));
        QFile deployment(out + QStringLiteral("/deploy/k8s/deployment.yaml"));
        QVERIFY(deployment.open(QIODevice::ReadOnly));
        const QByteArray text = deployment.readAll();
        QVERIFY(text.contains("containerPort: 9000"));
        QVERIFY(text.contains("name: AMQP_URL"));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/app/main.py")));

        r = ctl({ QStringLiteral("validate"), out }, home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A non-empty folder is not overwritten by accident.
        r = ctl({ QStringLiteral("render"), QStringLiteral("python-web-api"), QStringLiteral("--set"),
                    QStringLiteral("name=orders"), QStringLiteral("--set"), QStringLiteral("owner=t"),
                    QStringLiteral("--set"), QStringLiteral("system=s"), QStringLiteral("-o"), out },
            home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("is not empty")));
    }

    void reportsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown template") << QStringList { QStringLiteral("render"), QStringLiteral("nope"),
            QStringLiteral("-o"), QStringLiteral("x") }
                                          << 1 << "no template 'nope'";
        QTest::newRow("unknown parameter") << QStringList { QStringLiteral("render"), QStringLiteral("go-http-service"),
            QStringLiteral("--set"), QStringLiteral("colour=red"), QStringLiteral("-o"), QStringLiteral("x") }
                                           << 2 << "'colour' is not a parameter of go-http-service";
        QTest::newRow("invalid value") << QStringList { QStringLiteral("render"), QStringLiteral("go-http-service"),
            QStringLiteral("--set"), QStringLiteral("name=Bad Name"), QStringLiteral("--set"),
            QStringLiteral("owner=t"), QStringLiteral("--set"), QStringLiteral("system=s"), QStringLiteral("-o"),
            QStringLiteral("x") } << 1 << "parameter 'name': Name must match the pattern";
        QTest::newRow("unknown resource") << QStringList { QStringLiteral("render"), QStringLiteral("go-http-service"),
            QStringLiteral("--set"), QStringLiteral("name=ok-name"), QStringLiteral("--set"), QStringLiteral("owner=t"),
            QStringLiteral("--set"), QStringLiteral("system=s"), QStringLiteral("--resource"),
            QStringLiteral("mainframe"), QStringLiteral("-o"), QStringLiteral("x") }
                                          << 1 << "resource kind 'mainframe' cannot attach";
        QTest::newRow("missing output") << QStringList { QStringLiteral("render"), QStringLiteral("go-http-service") }
                                        << 2 << "usage:";
    }

    void reportsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir home;
        QDir::setCurrent(home.path());
        const Run r = ctl(arguments, home.path());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("x"))));
    }

    void pathEscapeWritesNothing()
    {
        QTemporaryDir home;
        const QString templates = home.filePath(QStringLiteral("templates"));
        writeFile(templates + QStringLiteral("/mine/template.yaml"), userTemplate);
        writeFile(templates + QStringLiteral("/mine/skeleton/safe.txt"), "safe");
        writeFile(templates + QStringLiteral("/mine/skeleton/${{ values.name }}/evil.txt"), "evil");
        const QString out = home.filePath(QStringLiteral("out"));
        const Run r = ctl({ QStringLiteral("render"), QStringLiteral("mine"), QStringLiteral("--set"),
                              QStringLiteral("name=../../escaped"), QStringLiteral("-o"), out },
            home.path(), templates);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("leads outside the output folder")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("escaped"))));
    }

    void validateFindsTemplateProblems()
    {
        QTemporaryDir home;
        const QString dir = home.filePath(QStringLiteral("t"));
        writeFile(dir + QStringLiteral("/template.yaml"), userTemplate);
        writeFile(dir + QStringLiteral("/skeleton/.github/workflows/ci.yaml"),
            "name: ci\njobs:\n  a:\n    steps:\n      - run: echo ${{ github.sha }}\n");
        writeFile(dir + QStringLiteral("/skeleton/config.yaml"),
            "name: ${{ values.name | shout }}\npassword: hunter2hunter2\n");
        const Run r = ctl({ QStringLiteral("validate"), dir }, home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(dir
                + QStringLiteral(
                    "/skeleton/.github/workflows/ci.yaml:5:19: error: GitHub Actions expression '${{ github.sha }}'")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(dir + QStringLiteral("/skeleton/config.yaml:1:25: error: unknown filter 'shout'")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("config.yaml:2:1: error: this looks like a literal secret value")),
            qPrintable(r.err));

        // Generated files: broken YAML and a Kubernetes object without its name.
        const QString generated = home.filePath(QStringLiteral("generated"));
        writeFile(generated + QStringLiteral("/a.yaml"), "key: [unclosed\n");
        writeFile(generated + QStringLiteral("/k8s.yaml"),
            "apiVersion: v1\nkind: Service\nmetadata: {}\nspec:\n  ports: []\n");
        const Run g = ctl({ QStringLiteral("validate"), generated }, home.path());
        QCOMPARE(g.exitCode, 1);
        QVERIFY2(g.err.contains(QStringLiteral("a.yaml:1:6: error: not valid YAML")), qPrintable(g.err));
        QVERIFY2(g.err.contains(QStringLiteral("k8s.yaml:1:1: error: Service: metadata.name is missing")),
            qPrintable(g.err));
    }
};

QTEST_GUILESS_MAIN(TestTemplateCtl)
#include "tst_templatectl.moc"
