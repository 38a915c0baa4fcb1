// SPDX-License-Identifier: GPL-3.0-or-later
// Debian's nunjucks in QJSEngine, set up as Backstage's scaffolder sets it up.
#include "templates/nunjucksengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using Tarmac::NunjucksEngine;

class TestNunjucksEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_engine.loadError().isEmpty(), qPrintable(m_engine.loadError())); }

    void renders_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "no template here {{ x }}" << "no template here {{ x }}";
        QTest::newRow("variable") << "${{ values.name }}" << "orders";
        QTest::newRow("concatenation") << "${{ values.owner + \"/\" + values.name }}" << "team-a/orders";
        QTest::newRow("dump") << "${{ values.tags | dump }}" << "[\"go\",\"http\"]";
        QTest::newRow("if trim") << "a\n{%- if values.ok %}\nyes\n{%- endif %}\nb" << "a\nyes\nb";
        QTest::newRow("undefined is empty") << "[${{ values.missing }}]" << "[]";
        QTest::newRow("parseRepoUrl")
            << "${{ (values.repoUrl | parseRepoUrl).owner }}/${{ (values.repoUrl | parseRepoUrl).repo }}"
            << "acme/orders";
        QTest::newRow("parseRepoUrl host") << "${{ (values.repoUrl | parseRepoUrl).host }}" << "github.com";
        QTest::newRow("projectSlug") << "${{ values.repoUrl | projectSlug }}" << "acme/orders";
        QTest::newRow("parseEntityRef") << "${{ (values.ownerRef | parseEntityRef).name }}:${{ (values.ownerRef | "
                                           "parseEntityRef).namespace }}:${{ (values.ownerRef | parseEntityRef).kind }}"
                                        << "team-a:default:group";
        QTest::newRow("parseEntityRef context")
            << "${{ (\"team-b\" | parseEntityRef({ defaultKind: \"Group\", defaultNamespace: \"x\" })) | dump }}"
            << "{\"kind\":\"Group\",\"namespace\":\"x\",\"name\":\"team-b\"}";
        QTest::newRow("pick") << "${{ values | pick('nested.deep[0]') }}" << "z";
        QTest::newRow("raw keeps GitHub expressions")
            << "{% raw %}${{ github.sha }}{% endraw %}" << "${{ github.sha }}";
    }

    void renders()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const QJsonObject values { { QStringLiteral("name"), QStringLiteral("orders") },
            { QStringLiteral("owner"), QStringLiteral("team-a") }, { QStringLiteral("ok"), true },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("go"), QStringLiteral("http") } },
            { QStringLiteral("repoUrl"), QStringLiteral("github.com?owner=acme&repo=orders") },
            { QStringLiteral("ownerRef"), QStringLiteral("group:team-a") },
            { QStringLiteral("nested"),
                QJsonObject { { QStringLiteral("deep"), QJsonArray { QStringLiteral("z") } } } } };
        m_engine.setContext({ { QStringLiteral("values"), values } });
        const NunjucksEngine::Result result = m_engine.render(source);
        QVERIFY2(result.ok, qPrintable(result.text));
        QCOMPARE(result.text, expected);
    }

    void cookiecutterCompat()
    {
        m_engine.setContext(
            { { QStringLiteral("cookiecutter"), QJsonObject { { QStringLiteral("name"), QStringLiteral("x") } } } });
        const NunjucksEngine::Result result
            = m_engine.render(QStringLiteral("{{ cookiecutter.name }} {{ cookiecutter | jsonify }}"),
                NunjucksEngine::Mode::CookiecutterCompat);
        QVERIFY2(result.ok, qPrintable(result.text));
        QCOMPARE(result.text, QStringLiteral("x {\"name\":\"x\"}"));
        // And back to Backstage's syntax afterwards.
        m_engine.setContext({ { QStringLiteral("values"), QJsonObject { { QStringLiteral("n"), 1 } } } });
        QCOMPARE(m_engine.render(QStringLiteral("${{ values.n }}")).text, QStringLiteral("1"));
    }

    void errorsCarryPositions()
    {
        m_engine.setContext({});
        // A syntax error is found when compiling, with its position.
        NunjucksEngine::Result result = m_engine.render(QStringLiteral("line one\n  {% if values.x %}x{% endfor %}"));
        QVERIFY(!result.ok);
        QVERIFY2(result.text.contains(QStringLiteral("endfor")), qPrintable(result.text));
        QCOMPARE(result.line, 2);
        QVERIFY(result.column > 0);
        // An unknown filter is found when rendering, as in Backstage: no position from nunjucks.
        result = m_engine.render(QStringLiteral("line one\n  ${{ values.x | nosuchfilter }}"));
        QVERIFY(!result.ok);
        QVERIFY2(result.text.contains(QStringLiteral("filter not found: nosuchfilter")), qPrintable(result.text));
    }

    void strictUndefined()
    {
        m_engine.setContext({ { QStringLiteral("values"), QJsonObject() } });
        QVERIFY(m_engine.render(QStringLiteral("${{ values.nope }}")).ok);
        const NunjucksEngine::Result result
            = m_engine.render(QStringLiteral("${{ values.nope }}"), NunjucksEngine::Mode::StrictUndefined);
        QVERIFY(!result.ok);
    }

    void singleExpression()
    {
        QVERIFY(m_engine.isSingleExpression(QStringLiteral("${{ parameters.name }}")));
        QVERIFY(!m_engine.isSingleExpression(QStringLiteral("x-${{ parameters.name }}")));
        QVERIFY(!m_engine.isSingleExpression(QStringLiteral("plain")));
    }

    void parseRepoUrlErrors()
    {
        m_engine.setContext({ { QStringLiteral("values"),
            QJsonObject { { QStringLiteral("r"), QStringLiteral("github.com?repo=x") } } } });
        const NunjucksEngine::Result result = m_engine.render(QStringLiteral("${{ values.r | parseRepoUrl }}"));
        QVERIFY(!result.ok);
        QVERIFY2(result.text.contains(QStringLiteral("missing owner")), qPrintable(result.text));
    }

private:
    NunjucksEngine m_engine;
};

QTEST_GUILESS_MAIN(TestNunjucksEngine)
#include "tst_nunjucksengine.moc"
