// SPDX-License-Identifier: GPL-3.0-or-later
// tarmacctl compose and drift as CI runs them: the example composition generated, drift clean, a
// hand edit found with its diff, kept as an override, merged on the next generate; broken input.
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestUtils;

namespace {

ProgramRun ctl(const QStringList &arguments, const QString &home)
{
    return runProgram(QStringLiteral("tarmacctl"), arguments, isolatedEnvironment(home));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QString example()
{
    return QStringLiteral(TARMAC_SOURCE_DIR "/examples/shop.tarmac.yaml");
}

}

class TestComposeCtl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void composeDriftOverride()
    {
        QTemporaryDir home;
        const QString out = home.filePath(QStringLiteral("shop"));
        ProgramRun r = ctl({ QStringLiteral("compose"), example(), QStringLiteral("-o"), out }, home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("for 3 services")));
        for (const QString &path : { QStringLiteral("compose.yaml"), QStringLiteral("deploy/kustomization.yaml"),
                 QStringLiteral("services/api/.tarmac/service.yaml"), QStringLiteral("services/web/Dockerfile"),
                 QStringLiteral("services/worker/main.go") })
            QVERIFY2(QFile::exists(out + QLatin1Char('/') + path), qPrintable(path));

        r = ctl({ QStringLiteral("drift"), out }, home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.startsWith(QStringLiteral("no drift: 3 service")), qPrintable(r.err));

        // A hand edit is drift, shown as a unified diff on stdout.
        const QString deployment = out + QStringLiteral("/services/api/deploy/k8s/deployment.yaml");
        QByteArray text = readFile(deployment);
        QVERIFY(text.contains("cpu: 100m"));
        text.replace("cpu: 100m", "cpu: 500m");
        QVERIFY(writeFile(deployment, text));
        r = ctl({ QStringLiteral("drift"), out }, home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.out.startsWith(QStringLiteral("diff --git a/deploy/k8s/deployment.yaml b/deploy/k8s/deployment.yaml\n")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\n-              cpu: 100m\n+              cpu: 500m\n")));
        QVERIFY(r.err.contains(QStringLiteral("changed: deploy/k8s/deployment.yaml")));

        // Generating again refuses to overwrite it, and says which file.
        r = ctl({ QStringLiteral("compose"), example(), QStringLiteral("-o"), out }, home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral(
                     "services/api/deploy/k8s/deployment.yaml was edited by hand and is not an override")),
            qPrintable(r.err));
        QCOMPARE(readFile(deployment), text);

        // Kept as an override: clean again.
        r = ctl({ QStringLiteral("drift"), out + QStringLiteral("/services/api"), QStringLiteral("--record"),
                    QStringLiteral("deploy/k8s/deployment.yaml") },
            home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        r = ctl({ QStringLiteral("drift"), out }, home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));

        // A parameter change merges into the override.
        QByteArray composition = readFile(example());
        QVERIFY(composition.contains("      name: api\n"));
        composition.replace("      name: api\n", "      name: api\n      replicas: 3\n");
        const QString changed = home.filePath(QStringLiteral("shop.tarmac.yaml"));
        QVERIFY(writeFile(changed, composition));
        r = ctl({ QStringLiteral("compose"), changed, QStringLiteral("-o"), out }, home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("merged your override of services/api/deploy/k8s/deployment.yaml")));
        const QByteArray merged = readFile(deployment);
        QVERIFY(merged.contains("cpu: 500m"));
        QVERIFY(merged.contains("replicas: 3"));
        r = ctl({ QStringLiteral("drift"), out }, home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    }

    void brokenInput()
    {
        QTemporaryDir home;
        const QString broken = home.filePath(QStringLiteral("broken.tarmac.yaml"));
        QVERIFY(writeFile(broken,
            "apiVersion: tarmac.dev/v1\nkind: Composition\nmetadata:\n  name: shop\nservices:\n  - id: api\n"
            "    template: [python-web-api\n"));
        ProgramRun r
            = ctl({ QStringLiteral("compose"), broken, QStringLiteral("-o"), home.filePath(QStringLiteral("out")) },
                home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(broken + QStringLiteral(":8:1: ")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("out"))));

        r = ctl({ QStringLiteral("drift"), home.path() }, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("has no service record")));

        const QString out = home.filePath(QStringLiteral("shop"));
        QCOMPARE(ctl({ QStringLiteral("compose"), example(), QStringLiteral("-o"), out }, home.path()).exitCode, 0);
        const QString record = out + QStringLiteral("/services/web/.tarmac/service.yaml");
        QByteArray text = readFile(record);
        QVERIFY(text.contains("  version: 1.0.0\n"));
        text.replace(
            "  name: typescript-service\n  version: 1.0.0\n", "  name: typescript-service\n  version: 0.9.0\n");
        QVERIFY(writeFile(record, text));
        r = ctl({ QStringLiteral("drift"), out }, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("template typescript-service version 0.9.0 is not available")),
            qPrintable(r.err));

        QCOMPARE(ctl({ QStringLiteral("compose"), example() }, home.path()).exitCode, 2);
        QCOMPARE(ctl({ QStringLiteral("drift") }, home.path()).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestComposeCtl)
#include "tst_composectl.moc"
