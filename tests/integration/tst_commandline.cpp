// SPDX-License-Identifier: GPL-3.0-or-later
// The three programs as a user or a script calls them.
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace TestUtils;

namespace {
using Run = ProgramRun;

Run run(const QString &name, const QStringList &arguments, const QString &home)
{
    return runProgram(name, arguments, isolatedEnvironment(home));
}
}

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("tarmac") << "tarmac";
        QTest::newRow("tarmacctl") << "tarmacctl";
        QTest::newRow("tarmacd") << "tarmacd";
    }

    void versions()
    {
        QFETCH(QString, name);
        QTemporaryDir home;
        const Run result = run(name, { QStringLiteral("--version") }, home.path());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), name + QStringLiteral(" 0.1.0"));
    }

    void workbenchHelpListsItsOptions()
    {
        QTemporaryDir home;
        const Run result = run(QStringLiteral("tarmac"), { QStringLiteral("--help") }, home.path());
        QCOMPARE(result.exitCode, 0);
        for (const char *option : { "--page", "--platform-url", "--screenshot", "compose, deploy, metrics, assess" })
            QVERIFY2(result.out.contains(QLatin1String(option)), option);
    }

    void workbenchSpeaksTheUsersLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English") << "en_GB.UTF-8" << "the workbench for internal developer platforms";
        QTest::newRow("German") << "de_DE.UTF-8" << "die Werkbank für interne Entwicklerplattformen";
        QTest::newRow("French") << "fr_FR.UTF-8" << "l’atelier des plateformes de développement internes";
    }

    void workbenchSpeaksTheUsersLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment env = isolatedEnvironment(home.path());
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), locale);
        process.setProcessEnvironment(env);
        process.start(program(QStringLiteral("tarmac")), { QStringLiteral("--help") });
        QVERIFY(process.waitForFinished(30000));
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(help.contains(expected), qPrintable(help));
    }

    // The language chosen in View > Language wins over the system's.
    void workbenchSpeaksTheChosenLanguage()
    {
        QTemporaryDir home;
        QDir(home.path()).mkpath(QStringLiteral("config/Tarmac"));
        QFile settings(home.filePath(QStringLiteral("config/Tarmac/tarmac.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[appearance]\nlanguage=fr\n");
        settings.close();
        QProcess process;
        QProcessEnvironment env = isolatedEnvironment(home.path());
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(program(QStringLiteral("tarmac")), { QStringLiteral("--help") });
        QVERIFY(process.waitForFinished(30000));
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(
            help.contains(QStringLiteral("l’atelier des plateformes de développement internes")), qPrintable(help));
    }

    void workbenchRejectsUnknownPage()
    {
        QTemporaryDir home;
        const Run result
            = run(QStringLiteral("tarmac"), { QStringLiteral("--page"), QStringLiteral("dashboard") }, home.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(
            result.err.contains(QStringLiteral("unknown page 'dashboard'; pages are compose, deploy, metrics, assess")),
            qPrintable(result.err));
    }

    void workbenchRejectsBadPlatformUrl()
    {
        QTemporaryDir home;
        const Run result = run(
            QStringLiteral("tarmac"), { QStringLiteral("--platform-url"), QStringLiteral("ftp://x") }, home.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("is not an http or https URL")), qPrintable(result.err));
    }

    void screenshotIsAPictureOfTheWindow()
    {
        QTemporaryDir home;
        const QString png = home.filePath(QStringLiteral("window.png"));
        const Run result = run(QStringLiteral("tarmac"),
            { QStringLiteral("--page"), QStringLiteral("metrics"), QStringLiteral("--screenshot"), png,
                QStringLiteral("--wait-for-platform") },
            home.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // Not a blank canvas: the sidebar, text and status bar put many colours on it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void screenshotToAnUnwritablePlaceFails()
    {
        QTemporaryDir home;
        const Run result = run(QStringLiteral("tarmac"),
            { QStringLiteral("--screenshot"), QStringLiteral("/proc/version/x.png") }, home.path());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("cannot write the screenshot to /proc/version/x.png")),
            qPrintable(result.err));
    }

    // The workbench's local platform must not outlive it, however it ends.
    void localPlatformStopsWithTheWorkbench_data()
    {
        QTest::addColumn<bool>("killed");
        QTest::newRow("terminated") << false;
        QTest::newRow("killed") << true;
    }

    void localPlatformStopsWithTheWorkbench()
    {
        QFETCH(bool, killed);
        QTemporaryDir home;
        QProcess workbench;
        workbench.setProcessEnvironment(isolatedEnvironment(home.path()));
        workbench.start(program(QStringLiteral("tarmac")));
        const QByteArray marker = QByteArrayLiteral("local platform listening on \"");
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += workbench.readAllStandardError()).contains(marker), 20000);
        const qsizetype start = log.indexOf(marker) + marker.size();
        const QUrl base(QString::fromUtf8(log.mid(start, log.indexOf('"', start) - start)));
        QVERIFY2(base.port() > 0, log.constData());
        const QUrl health = base.resolved(QUrl(QStringLiteral("/api/v1/health")));
        QCOMPARE(httpRequest("GET", health).status, 200);

        if (killed) {
            workbench.kill();
        } else {
            workbench.terminate();
            QVERIFY(workbench.waitForFinished(10000));
            QCOMPARE(workbench.exitStatus(), QProcess::NormalExit);
            QCOMPARE(workbench.exitCode(), 0);
        }
        workbench.waitForFinished(10000);
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest("GET", health).status, 0, 10000);
    }

    // A second start hands its page and files to the running workbench instead of opening a window.
    void secondStartJoinsTheRunningWorkbench()
    {
        QTemporaryDir home;
        QProcess first;
        first.setProcessEnvironment(isolatedEnvironment(home.path()));
        first.start(program(QStringLiteral("tarmac")));
        QByteArray log;
        QTRY_VERIFY_WITH_TIMEOUT((log += first.readAllStandardError()).contains("local platform listening"), 20000);

        const QString session = home.filePath(QStringLiteral("team.tarmac-assessment.yaml"));
        const Run second = run(
            QStringLiteral("tarmac"), { QStringLiteral("--page"), QStringLiteral("metrics"), session }, home.path());
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains(QStringLiteral("handed over to the workbench that is already running")),
            qPrintable(second.err));
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += first.readAllStandardError()).contains("another start asked for page \"metrics\""), 10000);
        QVERIFY2(log.contains(session.toUtf8()), log.constData());

        // A workbench in another configuration is a separate one.
        QTemporaryDir elsewhere;
        QProcess other;
        other.setProcessEnvironment(isolatedEnvironment(elsewhere.path()));
        other.start(program(QStringLiteral("tarmac")));
        QVERIFY(!other.waitForFinished(1500));
        other.terminate();
        QVERIFY(other.waitForFinished(10000));
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }

    void ctlHelpListsSubcommands()
    {
        QTemporaryDir home;
        const Run result = run(QStringLiteral("tarmacctl"), { QStringLiteral("--help") }, home.path());
        QCOMPARE(result.exitCode, 0);
        for (const char *command :
            { "render", "validate", "templates", "drift", "deploy", "deployments", "metrics", "assessment" })
            QVERIFY2(result.out.contains(QLatin1String("  ") + QLatin1String(command) + QLatin1Char(' ')), command);
    }

    // A command's help names it as typed, whichever of the two programs answers and however it was
    // started (here by its full path): "Usage: tarmacctl deployments [options] list".
    void ctlCommandHelpNamesTheCommand()
    {
        QTemporaryDir home;
        for (const char *command : { "render", "deployments", "metrics" }) {
            const Run result
                = run(QStringLiteral("tarmacctl"), { QLatin1String(command), QStringLiteral("--help") }, home.path());
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(result.out.startsWith(QLatin1String("Usage: tarmacctl ") + QLatin1String(command) + u' '),
                qPrintable(result.out.section(u'\n', 0, 0)));
        }
    }

    void ctlSaysWhatItCannotDoYet()
    {
        QTemporaryDir home;
        // deploy has landed: without --env it says how to use it.
        Run result = run(QStringLiteral("tarmacctl"), { QStringLiteral("deploy"), QStringLiteral("x") }, home.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("usage: tarmacctl deploy SERVICE --env ENV")));
        result = run(QStringLiteral("tarmacctl"), { QStringLiteral("frobnicate") }, home.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("unknown command 'frobnicate'")));
        result = run(QStringLiteral("tarmacctl"), {}, home.path());
        QCOMPARE(result.exitCode, 2);
    }

    // tarmacctl renders and validates by itself and hands every other command to tarmacctl-backend,
    // beside it or, as installed on Linux, in ../libexec/tarmac.
    void ctlFindsItsBackendWhereItIsInstalled()
    {
        QTemporaryDir home;
        const QString bin = home.filePath(QStringLiteral("prefix/bin"));
        const QString libexec = home.filePath(QStringLiteral("prefix/libexec/tarmac"));
        QVERIFY(QDir().mkpath(bin) && QDir().mkpath(libexec));
        const QString front = bin + QStringLiteral("/tarmacctl");
        QVERIFY(QFile::copy(program(QStringLiteral("tarmacctl")), front));

        // Alone, it still renders; any other command says what is missing.
        const QString out = home.filePath(QStringLiteral("out"));
        Run result = run(front,
            { QStringLiteral("render"), QStringLiteral("go-http-service"), QStringLiteral("--set"),
                QStringLiteral("name=orders"), QStringLiteral("--set"), QStringLiteral("owner=group:team-a"),
                QStringLiteral("--set"), QStringLiteral("system=shop"), QStringLiteral("-o"), out },
            home.path());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(out + QStringLiteral("/Dockerfile")));
        result = run(front, { QStringLiteral("deploy"), QStringLiteral("x") }, home.path());
        QCOMPARE(result.exitCode, 127);
        QVERIFY2(result.err.contains(QStringLiteral("cannot find tarmacctl-backend")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("installation is incomplete")), qPrintable(result.err));

        // With the backend installed, the same command reaches it, and its exit status comes back.
        QVERIFY(
            QFile::copy(program(QStringLiteral("tarmacctl-backend")), libexec + QStringLiteral("/tarmacctl-backend")));
        result = run(front, { QStringLiteral("deploy"), QStringLiteral("x") }, home.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(
            result.err.contains(QStringLiteral("usage: tarmacctl deploy SERVICE --env ENV")), qPrintable(result.err));
        result = run(front, { QStringLiteral("--version") }, home.path());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("tarmacctl 0.1.0"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
