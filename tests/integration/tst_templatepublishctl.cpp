// SPDX-License-Identifier: GPL-3.0-or-later
// tarmacctl templates publish FOLDER and templates list --platform against a real tarmacd: a shipped,
// self-contained template folder published and read back file for file, a republish of the same
// version, a changed file under the same version refused, and errors that say what and where.
#include "testutils.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TestUtils;

namespace {
// Copies a folder (also from the source tree, which the test must not change).
bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target))
            return false;
    }
    return true;
}

bool replaceIn(const QString &path, const QString &before, const QString &after)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    if (!text.contains(before))
        return false;
    text.replace(before, after);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) > 0;
}
}

class TestTemplatePublishCtl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_server.start(m_token), m_server.output().constData());
        m_env = isolatedEnvironment(m_home.path());
        m_env.insert(QStringLiteral("TARMAC_TOKEN"), QString::fromLatin1(m_token));
        m_platform = m_server.url({}).toString();
        m_folder = m_home.filePath(QStringLiteral("redis"));
        QVERIFY(copyFolder(QStringLiteral(TARMAC_SOURCE_DIR "/resources/templates/redis"), m_folder));
    }

    void publishesAShippedTemplateFolder()
    {
        const ProgramRun run = ctl({ QStringLiteral("publish"), m_folder });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString id = run.out.trimmed();
        QVERIFY2(id.startsWith(QLatin1String("tpl_")), qPrintable(run.out));
        QVERIFY2(run.err.contains(m_folder + QStringLiteral(": published redis 1.0.0 (")), qPrintable(run.err));
        QVERIFY2(run.err.trimmed().endsWith(QStringLiteral(" as ") + id), qPrintable(run.err));

        // What the platform stores is the folder, file for file.
        const HttpResult read = httpRequest("GET", m_server.url(QStringLiteral("/api/v1/templates/redis")),
            { { "Authorization", "Bearer " + m_token } });
        QCOMPARE(read.status, 200);
        const QJsonObject stored = QJsonDocument::fromJson(read.body).object();
        QCOMPARE(stored.value(QLatin1String("id")).toString(), id);
        QCOMPARE(stored.value(QLatin1String("kind")).toString(), QStringLiteral("resource"));
        QCOMPARE(stored.value(QLatin1String("owner")).toString(), QStringLiteral("group:default/platform"));
        const QJsonObject files = stored.value(QLatin1String("files")).toObject();
        QCOMPARE(files.keys(),
            (QStringList {
                QStringLiteral("skeleton/docs/resources/${{ values.name }}.md"), QStringLiteral("template.yaml") }));
        QFile manifest(m_folder + QStringLiteral("/template.yaml"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QCOMPARE(files.value(QLatin1String("template.yaml")).toString(), QString::fromUtf8(manifest.readAll()));

        // The same folder again is the same version: the stored one, not an error.
        const ProgramRun again = ctl({ QStringLiteral("publish"), m_folder });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.out.trimmed(), id);
    }

    void listsWhatThePlatformHas()
    {
        const ProgramRun table = ctl({ QStringLiteral("list"), QStringLiteral("--platform"), m_platform });
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the heading and redis: the platform's templates only
        QVERIFY(lines.at(1).startsWith(QLatin1String("redis ")));
        QVERIFY(lines.at(1).contains(QLatin1String("1.0.0")));
        const ProgramRun json
            = ctl({ QStringLiteral("list"), QStringLiteral("--platform"), m_platform, QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("redis"));
        // Without --platform the list is still the local one, built-in templates included.
        const ProgramRun local = ctl({ QStringLiteral("list") });
        QCOMPARE(local.exitCode, 0);
        QVERIFY(local.out.contains(QLatin1String("go-http-service")));
    }

    void aChangedFileNeedsANewVersion()
    {
        QVERIFY(replaceIn(m_folder + QStringLiteral("/skeleton/docs/resources/${{ values.name }}.md"),
            QStringLiteral("Redis"), QStringLiteral("Valkey")));
        const ProgramRun changed = ctl({ QStringLiteral("publish"), m_folder });
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(changed.err.contains(QLatin1String("redis 1.0.0")), qPrintable(changed.err));
        QVERIFY2(changed.err.contains(QLatin1String("409"))
                || changed.err.contains(QLatin1String("new metadata.tarmac.version")),
            qPrintable(changed.err));
        QVERIFY(replaceIn(m_folder + QStringLiteral("/template.yaml"), QStringLiteral("version: \"1.0.0\""),
            QStringLiteral("version: \"1.1.0\"")));
        const ProgramRun bumped = ctl({ QStringLiteral("publish"), m_folder });
        QVERIFY2(bumped.exitCode == 0, qPrintable(bumped.err));
        QVERIFY(bumped.err.contains(QLatin1String("redis 1.1.0")));
    }

    void errorsSayWhatAndWhere()
    {
        // A template that fetches a shared folder next to it cannot be published as it is.
        const ProgramRun shared = ctl(
            { QStringLiteral("publish"), QStringLiteral(TARMAC_SOURCE_DIR "/resources/templates/go-http-service") });
        QCOMPARE(shared.exitCode, 1);
        // Said at the step's line in the folder's own template.yaml.
        QVERIFY2(shared.err.contains(QStringLiteral(TARMAC_SOURCE_DIR
                     "/resources/templates/go-http-service/template.yaml:113:7: error: step 'fetch-platform' fetches "
                     "'../_shared/service'")),
            qPrintable(shared.err));

        // A broken manifest: its file, line and column, before anything is sent.
        const QString broken = m_home.filePath(QStringLiteral("broken"));
        QVERIFY(copyFolder(m_folder, broken));
        QVERIFY(replaceIn(broken + QStringLiteral("/template.yaml"), QStringLiteral("kind: Template"),
            QStringLiteral("kind: Component")));
        const ProgramRun bad = ctl({ QStringLiteral("publish"), broken });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(broken + QStringLiteral("/template.yaml:5:")), qPrintable(bad.err));

        const ProgramRun missing = ctl({ QStringLiteral("publish"), m_home.filePath(QStringLiteral("nowhere")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("nowhere")), qPrintable(missing.err));

        // A file that is not text is named.
        const QString binary = m_home.filePath(QStringLiteral("binary"));
        QVERIFY(copyFolder(m_folder, binary));
        QFile blob(binary + QStringLiteral("/skeleton/logo.png"));
        QVERIFY(blob.open(QIODevice::WriteOnly));
        blob.write(QByteArray("\x89PNG\r\n\x1a\n\xff\xfe", 10));
        blob.close();
        const ProgramRun notText = ctl({ QStringLiteral("publish"), binary });
        QCOMPARE(notText.exitCode, 1);
        QVERIFY2(notText.err.contains(QLatin1String("logo.png")), qPrintable(notText.err));

        // A platform that does not answer: which platform, and nothing else.
        QProcessEnvironment env = m_env;
        const ProgramRun down = runProgram(QStringLiteral("tarmacctl"),
            { QStringLiteral("templates"), QStringLiteral("publish"), m_folder, QStringLiteral("--platform"),
                QStringLiteral("http://127.0.0.1:9") },
            env);
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains(QLatin1String("127.0.0.1:9")), qPrintable(down.err));

        // A token that may not publish.
        env.insert(QStringLiteral("TARMAC_TOKEN"), QStringLiteral("not-a-token"));
        const ProgramRun refused = runProgram(QStringLiteral("tarmacctl"),
            { QStringLiteral("templates"), QStringLiteral("publish"), m_folder, QStringLiteral("--platform"),
                m_platform },
            env);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("401")) || refused.err.contains(QLatin1String("token")),
            qPrintable(refused.err));
    }

private:
    ProgramRun ctl(const QStringList &arguments)
    {
        QStringList all = QStringList { QStringLiteral("templates") } + arguments;
        if (arguments.value(0) == QLatin1String("publish"))
            all << QStringLiteral("--platform") << m_platform;
        return runProgram(QStringLiteral("tarmacctl"), all, m_env);
    }

    QTemporaryDir m_home;
    Tarmacd m_server;
    QByteArray m_token = QByteArrayLiteral("publish-test-session-token");
    QProcessEnvironment m_env;
    QString m_platform;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestTemplatePublishCtl)
#include "tst_templatepublishctl.moc"
