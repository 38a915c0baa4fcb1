// SPDX-License-Identifier: GPL-3.0-or-later
// /templates through a real tarmacd: publishing a template folder's files and reading them back,
// what is read from the manifest, the latest version by semantic version, immutable versions,
// Idempotency-Key retries, roles, pages, and errors that name the path or the manifest's line. On
// SQLite, and on a real PostgreSQL with TARMAC_TEST_POSTGRES=1. With TARMAC_RESPONSE_LOG=FILE every
// response is appended to FILE for the contract check (tests/integration/check_responses.py).
#include "postgresserver.h"
#include "testutils.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace TestUtils;

namespace {
struct Reply {
    int status = 0;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers;
    QJsonObject error() const { return json.value(QLatin1String("error")).toObject(); }
    QString code() const { return error().value(QLatin1String("code")).toString(); }
    QJsonObject details() const { return error().value(QLatin1String("details")).toObject(); }
    QString id() const { return json.value(QLatin1String("id")).toString(); }
    QString version() const { return json.value(QLatin1String("version")).toString(); }
    QJsonArray items() const { return json.value(QLatin1String("items")).toArray(); }
};

QString manifest(const QString &name, const QString &version, const QString &kind = QStringLiteral("service"),
    const QString &url = QStringLiteral("./skeleton"))
{
    return QStringLiteral("apiVersion: scaffolder.backstage.io/v1beta3\n"
                          "kind: Template\n"
                          "metadata:\n"
                          "  name: %1\n"
                          "  title: %1 from the platform\n"
                          "  description: A template the platform team publishes.\n"
                          "  tags: [published, %3]\n"
                          "  tarmac:\n"
                          "    kind: %3\n"
                          "    resourceKind: %1\n"
                          "    version: \"%2\"\n"
                          "spec:\n"
                          "  owner: group:default/platform\n"
                          "  type: service\n"
                          "  parameters:\n"
                          "    - title: Service\n"
                          "      required: [name]\n"
                          "      properties:\n"
                          "        name: { title: Name, type: string }\n"
                          "  steps:\n"
                          "    - id: fetch\n"
                          "      action: fetch:template\n"
                          "      input:\n"
                          "        url: %4\n"
                          "        values:\n"
                          "          name: ${{ parameters.name }}\n")
        .arg(name, version, kind, url);
}

QJsonObject folder(
    const QString &name, const QString &version, const QString &readme = QStringLiteral("# ${{ values.name }}\n"))
{
    return { { QStringLiteral("files"),
        QJsonObject { { QStringLiteral("template.yaml"), manifest(name, version) },
            { QStringLiteral("skeleton/README.md"), readme },
            { QStringLiteral("skeleton/src/main.txt"), QStringLiteral("service ${{ values.name }}\n") } } } };
}
}

class TestTemplatesApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        m_database = QStringLiteral("sqlite:") + m_server.databasePath();
        if (qEnvironmentVariableIntValue("TARMAC_TEST_POSTGRES") == 1) {
            QString error;
            m_postgres = std::make_unique<PostgresServer>();
            QVERIFY2(m_postgres->start(&error), qPrintable(error));
            QVERIFY2(m_postgres->createDatabase(QStringLiteral("templates"), &m_database, &error), qPrintable(error));
        }
        QCOMPARE(tokenCommand({ QStringLiteral("migrate") }).first, 0);
        for (const char *role : { "admin", "owner", "facilitator", "viewer" })
            m_tokens.insert(role, createToken({ QStringLiteral("--role"), QLatin1String(role) }));
        m_tokens.insert("developer",
            createToken({ QStringLiteral("--role"), QStringLiteral("developer"), QStringLiteral("--team"),
                QStringLiteral("payments") }));
        for (const QByteArray &token : std::as_const(m_tokens))
            QVERIFY(!token.isEmpty());
        // A smaller request limit than the default, so that an oversized template is quick to send.
        QFile config(m_state.filePath(QStringLiteral("tarmacd.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({ "maxRequestBytes": 262144 })");
        config.close();
        QVERIFY2(m_server.start({},
                     { QStringLiteral("--database"), m_database, QStringLiteral("--config"), config.fileName(),
                         QStringLiteral("--state-dir"), m_state.filePath(QStringLiteral("state")) }),
            m_server.output().constData());
    }

    void publishesAFolderAndReadsItBack()
    {
        const QJsonObject body = folder(QStringLiteral("orders-api"), QStringLiteral("1.0.0"));
        const Reply published = call("owner", "POST", "/templates", body);
        QCOMPARE(published.status, 201);
        QVERIFY(published.id().startsWith(QLatin1String("tpl_")));
        QCOMPARE(published.headers.value("location"), QByteArray("/api/v1/templates/orders-api?version=1.0.0"));
        // Read from the manifest by the workbench's loader.
        QCOMPARE(published.json.value(QLatin1String("name")).toString(), QStringLiteral("orders-api"));
        QCOMPARE(published.version(), QStringLiteral("1.0.0"));
        QCOMPARE(published.json.value(QLatin1String("kind")).toString(), QStringLiteral("service"));
        QCOMPARE(
            published.json.value(QLatin1String("title")).toString(), QStringLiteral("orders-api from the platform"));
        QCOMPARE(published.json.value(QLatin1String("owner")).toString(), QStringLiteral("group:default/platform"));
        QCOMPARE(published.json.value(QLatin1String("tags")).toArray(),
            (QJsonArray { QStringLiteral("published"), QStringLiteral("service") }));
        QVERIFY(!published.json.value(QLatin1String("publishedBy")).toString().isEmpty());

        // The files come back byte for byte.
        const Reply read = call("viewer", "GET", "/templates/orders-api");
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(QLatin1String("files")).toObject(), body.value(QLatin1String("files")).toObject());
        QCOMPARE(read.json.value(QLatin1String("publishedAt")).toString(),
            published.json.value(QLatin1String("publishedAt")).toString());
        QCOMPARE(call("viewer", "GET", "/templates/no-such-template").status, 404);
        const Reply noVersion = call("viewer", "GET", "/templates/orders-api?version=9.9.9");
        QCOMPARE(noVersion.status, 404);
        QVERIFY(
            noVersion.error().value(QLatin1String("message")).toString().contains(QLatin1String("orders-api@9.9.9")));
    }

    void theLatestIsTheHighestVersion()
    {
        for (const char *version : { "1.2.0", "1.10.0", "1.10.1-rc.1", "1.9.3" })
            QCOMPARE(
                call("owner", "POST", "/templates", folder(QStringLiteral("billing"), QLatin1String(version))).status,
                201);
        // 1.10.0 beats 1.9.3 (published later) and 1.2.0 (a string compare would say otherwise), and a
        // release beats its own pre-release only: 1.10.1-rc.1 is above 1.10.0.
        QCOMPARE(call("viewer", "GET", "/templates/billing").version(), QStringLiteral("1.10.1-rc.1"));
        QCOMPARE(
            call("owner", "POST", "/templates", folder(QStringLiteral("billing"), QStringLiteral("1.10.1"))).status,
            201);
        QCOMPARE(call("viewer", "GET", "/templates/billing").version(), QStringLiteral("1.10.1"));
        const Reply older = call("viewer", "GET", "/templates/billing?version=1.2.0");
        QCOMPARE(older.status, 200);
        QCOMPARE(older.version(), QStringLiteral("1.2.0"));
        QVERIFY(older.json.value(QLatin1String("files")).toObject().contains(QLatin1String("skeleton/README.md")));

        // The list shows each template once, at its latest version.
        int billing = 0;
        for (const QJsonValue &item : list("/templates")) {
            if (item.toObject().value(QLatin1String("name")).toString() == QLatin1String("billing")) {
                ++billing;
                QCOMPARE(item.toObject().value(QLatin1String("version")).toString(), QStringLiteral("1.10.1"));
                QVERIFY(!item.toObject().contains(QLatin1String("files")));
            }
        }
        QCOMPARE(billing, 1);
        // Versions: every one, most recently published first.
        QStringList versions;
        for (const QJsonValue &item : list("/templates/billing/versions"))
            versions.append(item.toObject().value(QLatin1String("version")).toString());
        QCOMPARE(versions,
            (QStringList { QStringLiteral("1.10.1"), QStringLiteral("1.9.3"), QStringLiteral("1.10.1-rc.1"),
                QStringLiteral("1.10.0"), QStringLiteral("1.2.0") }));
        QCOMPARE(call("viewer", "GET", "/templates/nothing/versions").status, 404);
    }

    void versionsAreImmutable()
    {
        const QJsonObject first = folder(QStringLiteral("ledger"), QStringLiteral("2.0.0"));
        const Reply stored = call("admin", "POST", "/templates", first);
        QCOMPARE(stored.status, 201);
        // The very same files again: the stored version, nothing new.
        const Reply same = call("admin", "POST", "/templates", first);
        QCOMPARE(same.status, 200);
        QCOMPARE(same.id(), stored.id());
        // Other files under the same version: refused, and the stored files stay.
        const Reply changed = call("admin", "POST", "/templates",
            folder(QStringLiteral("ledger"), QStringLiteral("2.0.0"), QStringLiteral("# changed\n")));
        QCOMPARE(changed.status, 409);
        QCOMPARE(changed.code(), QStringLiteral("version_exists"));
        QCOMPARE(changed.details().value(QLatin1String("id")).toString(), stored.id());
        QVERIFY(changed.error().value(QLatin1String("message")).toString().contains(QLatin1String("ledger 2.0.0")));
        QCOMPARE(call("viewer", "GET", "/templates/ledger")
                     .json.value(QLatin1String("files"))
                     .toObject()
                     .value(QLatin1String("skeleton/README.md"))
                     .toString(),
            QStringLiteral("# ${{ values.name }}\n"));
        QCOMPARE(list("/templates/ledger/versions").size(), 1);
    }

    void retriesWithTheSameKeyPublishOnce()
    {
        const QJsonObject body = folder(QStringLiteral("search-api"), QStringLiteral("0.1.0"));
        const QHash<QByteArray, QByteArray> key { { "Idempotency-Key", "publish-search-api-0.1.0" } };
        const Reply first = call("owner", "POST", "/templates", body, key);
        QCOMPARE(first.status, 201);
        const Reply again = call("owner", "POST", "/templates", body, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.id(), first.id());
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        // The same key with other files is another request: refused, not published.
        const Reply reused
            = call("owner", "POST", "/templates", folder(QStringLiteral("search-api"), QStringLiteral("0.2.0")), key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.code(), QStringLiteral("idempotency_key_reused"));
        QCOMPARE(list("/templates/search-api/versions").size(), 1);
    }

    void roles_data()
    {
        QTest::addColumn<QByteArray>("who");
        QTest::addColumn<int>("publish");
        QTest::newRow("admin") << QByteArray("admin") << 201;
        QTest::newRow("owner") << QByteArray("owner") << 201;
        QTest::newRow("facilitator") << QByteArray("facilitator") << 403;
        QTest::newRow("developer") << QByteArray("developer") << 403;
        QTest::newRow("viewer") << QByteArray("viewer") << 403;
    }

    void roles()
    {
        QFETCH(QByteArray, who);
        QFETCH(int, publish);
        const QString name = QStringLiteral("by-") + QString::fromLatin1(who);
        const Reply reply = call(who, "POST", "/templates", folder(name, QStringLiteral("1.0.0")));
        QCOMPARE(reply.status, publish);
        if (publish == 403) {
            QCOMPARE(reply.code(), QStringLiteral("forbidden"));
            QCOMPARE(call("viewer", "GET", "/templates/" + name.toLatin1()).status, 404);
        }
        // Every role reads.
        QCOMPARE(call(who, "GET", "/templates").status, 200);
        QCOMPARE(call(who, "GET", "/templates/orders-api").status, 200);
        QCOMPARE(call(who, "GET", "/templates/orders-api/versions").status, 200);
        QCOMPARE(raw({}, "GET", "/templates", {}).status, 401);
    }

    void pathsThatEscapeAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("parent") << QStringLiteral("../x");
        QTest::newRow("parent inside") << QStringLiteral("skeleton/../../etc/passwd");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("drive") << QStringLiteral("C:/Windows/evil.txt");
        QTest::newRow("backslash") << QStringLiteral("skeleton\\..\\..\\x");
    }

    void pathsThatEscapeAreRefused()
    {
        QFETCH(QString, path);
        QJsonObject body = folder(QStringLiteral("escape"), QStringLiteral("1.0.0"));
        QJsonObject files = body.value(QLatin1String("files")).toObject();
        files.insert(path, QStringLiteral("gotcha"));
        body.insert(QStringLiteral("files"), files);
        const Reply reply = call("admin", "POST", "/templates", body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.code(), QStringLiteral("validation_failed"));
        QCOMPARE(reply.details().value(QLatin1String("field")).toString(), QStringLiteral("files"));
        const QJsonObject first = reply.details().value(QLatin1String("errors")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("path")).toString(), path);
        QVERIFY(reply.error().value(QLatin1String("message")).toString().contains(path));
        QCOMPARE(call("viewer", "GET", "/templates/escape").status, 404);
    }

    void badTemplatesSayWhere()
    {
        // A manifest the loader refuses: line and column in template.yaml.
        QJsonObject body = folder(QStringLiteral("broken"), QStringLiteral("1.0.0"));
        QJsonObject files = body.value(QLatin1String("files")).toObject();
        files.insert(QStringLiteral("template.yaml"),
            manifest(QStringLiteral("broken"), QStringLiteral("1.0.0"))
                .replace(QLatin1String("kind: Template"), QLatin1String("kind: Component")));
        body.insert(QStringLiteral("files"), files);
        const Reply wrongKind = call("admin", "POST", "/templates", body);
        QCOMPARE(wrongKind.status, 422);
        const QJsonObject error = wrongKind.details().value(QLatin1String("errors")).toArray().at(0).toObject();
        QCOMPARE(error.value(QLatin1String("path")).toString(), QStringLiteral("template.yaml"));
        QCOMPARE(error.value(QLatin1String("line")).toInt(), 2);
        QVERIFY(error.value(QLatin1String("message")).toString().contains(QLatin1String("Component")));

        files.insert(QStringLiteral("template.yaml"), manifest(QStringLiteral("broken"), QStringLiteral("one")));
        body.insert(QStringLiteral("files"), files);
        const Reply badVersion = call("admin", "POST", "/templates", body);
        QCOMPARE(badVersion.status, 422);
        QVERIFY(badVersion.error().value(QLatin1String("message")).toString().contains(QLatin1String("semantic")));

        // A fetch step reaching outside the published files (a shared folder next to the template).
        files.insert(QStringLiteral("template.yaml"),
            manifest(QStringLiteral("broken"), QStringLiteral("1.0.0"), QStringLiteral("service"),
                QStringLiteral("../_shared/service")));
        body.insert(QStringLiteral("files"), files);
        const Reply outside = call("admin", "POST", "/templates", body);
        QCOMPARE(outside.status, 422);
        QVERIFY(
            outside.error().value(QLatin1String("message")).toString().contains(QLatin1String("../_shared/service")));

        files.remove(QStringLiteral("template.yaml"));
        body.insert(QStringLiteral("files"), files);
        const Reply noManifest = call("admin", "POST", "/templates", body);
        QCOMPARE(noManifest.status, 422);
        QVERIFY(noManifest.error().value(QLatin1String("message")).toString().contains(QLatin1String("template.yaml")));

        QCOMPARE(call("admin", "POST", "/templates", QJsonObject {}).status, 422);
        QCOMPARE(call("admin", "POST", "/templates",
                     { { QStringLiteral("files"), QJsonObject { { QStringLiteral("template.yaml"), 3 } } } })
                     .status,
            422);
        QCOMPARE(raw("admin", "POST", "/templates", "not json").status, 400);
        QCOMPARE(call("viewer", "GET", "/templates/broken").status, 404);
    }

    void oversizedTemplatesAreRefused()
    {
        const Reply tooLarge = call("owner", "POST", "/templates",
            folder(QStringLiteral("huge"), QStringLiteral("1.0.0"), QString(300 * 1024, u'x')));
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(tooLarge.code(), QStringLiteral("payload_too_large"));
        QCOMPARE(tooLarge.details().value(QLatin1String("limit")).toInteger(), 262144);
        QCOMPARE(call("viewer", "GET", "/templates/huge").status, 404);
        // Under the limit the same template is published.
        QCOMPARE(call("owner", "POST", "/templates",
                     folder(QStringLiteral("huge"), QStringLiteral("1.0.0"), QString(200 * 1024, u'x')))
                     .status,
            201);
    }

    void listsPageAndFilter()
    {
        QCOMPARE(
            call("owner", "POST", "/templates",
                [] {
                    QJsonObject body = folder(QStringLiteral("redis-cache"), QStringLiteral("1.0.0"));
                    QJsonObject files = body.value(QLatin1String("files")).toObject();
                    files.insert(QStringLiteral("template.yaml"),
                        manifest(QStringLiteral("redis-cache"), QStringLiteral("1.0.0"), QStringLiteral("resource")));
                    body.insert(QStringLiteral("files"), files);
                    return body;
                }())
                .status,
            201);
        const QJsonArray all = list("/templates");
        QSet<QString> names;
        for (const QJsonValue &item : all)
            names.insert(item.toObject().value(QLatin1String("name")).toString());
        QCOMPARE(names.size(), all.size());
        QVERIFY(names.contains(QStringLiteral("orders-api")));
        QVERIFY(names.contains(QStringLiteral("redis-cache")));
        QVERIFY(!names.contains(QStringLiteral("by-viewer")));
        // Most recently published first.
        QCOMPARE(all.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("redis-cache"));

        // One at a time gives the same items in the same order.
        QJsonArray paged;
        QByteArray cursor;
        for (int page = 0; page < 100; ++page) {
            const Reply reply = call("viewer", "GET",
                QByteArray("/templates?limit=1") + (cursor.isEmpty() ? QByteArray() : "&cursor=" + cursor));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.items().size(), 1);
            paged.append(reply.items().at(0).toObject().value(QLatin1String("id")));
            if (reply.json.value(QLatin1String("nextCursor")).isNull())
                break;
            cursor = reply.json.value(QLatin1String("nextCursor")).toString().toLatin1();
        }
        QJsonArray ids;
        for (const QJsonValue &item : all)
            ids.append(item.toObject().value(QLatin1String("id")));
        QCOMPARE(paged, ids);

        const QJsonArray resources = list("/templates?kind=resource");
        QCOMPARE(resources.size(), 1);
        QCOMPARE(resources.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("redis-cache"));
        QCOMPARE(list("/templates?kind=service").size(), all.size() - 1);
        QCOMPARE(call("viewer", "GET", "/templates?kind=galaxy").status, 400);
        QCOMPARE(call("viewer", "GET", "/templates?cursor=nonsense").status, 400);
        QCOMPARE(call("viewer", "GET", "/templates?limit=0").status, 400);
        QCOMPARE(call("viewer", "GET", "/templates/billing/versions?limit=2").items().size(), 2);
    }

private:
    std::pair<int, QByteArray> tokenCommand(const QStringList &arguments)
    {
        return tarmacdCommand(m_database, arguments, m_state.path());
    }

    QByteArray createToken(const QStringList &options) { return newToken(m_database, options, m_state.path()); }

    Reply raw(const QByteArray &who, const QByteArray &method, const QByteArray &path, const QByteArray &payload,
        const QHash<QByteArray, QByteArray> &extra = {})
    {
        QHash<QByteArray, QByteArray> headers = extra;
        if (!who.isEmpty())
            headers.insert("Authorization", "Bearer " + m_tokens.value(who));
        if (!payload.isEmpty())
            headers.insert("Content-Type", "application/json");
        QUrl url = m_server.url(QStringLiteral("/api/v1") + QString::fromLatin1(path.split('?').constFirst()));
        if (path.contains('?'))
            url.setQuery(QString::fromLatin1(path.mid(path.indexOf('?') + 1)));
        const HttpResult result = httpRequest(method, url, headers, payload);
        recordResponse(method, url, result);
        return { result.status, QJsonDocument::fromJson(result.body).object(), result.headers };
    }

    Reply call(const QByteArray &who, const QByteArray &method, const QByteArray &path, const QJsonObject &payload = {},
        const QHash<QByteArray, QByteArray> &extra = {})
    {
        return raw(who, method, path,
            method == "GET" ? QByteArray() : QJsonDocument(payload).toJson(QJsonDocument::Compact), extra);
    }

    // Every item of the list (limit 200: the test publishes fewer).
    QJsonArray list(const QByteArray &path)
    {
        const Reply reply = call("viewer", "GET", path + (path.contains('?') ? "&" : "?") + "limit=200");
        if (reply.status != 200 || !reply.json.value(QLatin1String("nextCursor")).isNull())
            return {};
        return reply.items();
    }

    QTemporaryDir m_state;
    std::unique_ptr<PostgresServer> m_postgres;
    Tarmacd m_server;
    QString m_database;
    QHash<QByteArray, QByteArray> m_tokens;
};

QTEST_GUILESS_MAIN(TestTemplatesApi)
#include "tst_templatesapi.moc"
