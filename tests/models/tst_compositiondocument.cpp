// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/compositiondocument.h"
#include "composition/compositionfile.h"
#include "composition/compositionnodemodel.h"
#include "composition/ports.h"
#include "templates/parameterschema.h"
#include "templates/templatecatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Tarmac;
using namespace Qt::StringLiterals;

class TestCompositionDocument : public QObject {
    Q_OBJECT

private:
    static TemplateManifest manifest(
        const QString &name, const QStringList &attachable, const QString &resourceKind = {})
    {
        TemplateManifest m;
        m.name = name;
        m.kind = resourceKind.isEmpty() ? TemplateManifest::Kind::Service : TemplateManifest::Kind::Resource;
        m.resourceKind = resourceKind;
        m.attachableResources = attachable;
        return m;
    }

    static PortRules rules()
    {
        return PortRules({ manifest(u"api-template"_s, { u"postgres"_s, u"redis"_s }), manifest(u"bare"_s, {}),
            manifest(u"postgres"_s, {}, u"postgres"_s), manifest(u"queue"_s, {}, u"queue"_s) });
    }

    static ServiceNode service(const QString &id, const QString &templateName = u"api-template"_s)
    {
        return { id, templateName, u"1.0.0"_s, QJsonObject { { u"name"_s, id } } };
    }

    static ResourceNode resource(const QString &id, const QString &kind)
    {
        return { id, kind, kind, u"1.0.0"_s, QJsonObject { { u"name"_s, id } } };
    }

    // A document with api, web (bare), db (postgres), jobs (queue); web calls api, api uses db.
    static void fill(CompositionDocument &document)
    {
        document.setPortRules(rules());
        QCOMPARE(document.addService(service(u"api"_s), { 0, 0 }), QString());
        QCOMPARE(document.addService(service(u"web"_s, u"bare"_s), { -200, 0 }), QString());
        QCOMPARE(document.addResource(resource(u"db"_s, u"postgres"_s), { 200, 0 }), QString());
        QCOMPARE(document.addResource(resource(u"jobs"_s, u"queue"_s), { 200, 100 }), QString());
        QCOMPARE(document.connectNodes(u"web"_s, u"api"_s), QString());
        QCOMPARE(document.connectNodes(u"api"_s, u"db"_s), QString());
    }

private Q_SLOTS:
    void portRules_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("reason"); // empty: allowed
        QTest::addColumn<bool>("calls");
        QTest::newRow("service uses attachable resource") << u"api"_s << u"db"_s << QString() << false;
        QTest::newRow("dragged from the resource side") << u"db"_s << u"api"_s << QString() << false;
        QTest::newRow("service calls service") << u"api"_s << u"web"_s << QString() << true;
        QTest::newRow("kind not attachable") << u"api"_s << u"jobs"_s << u"takes postgres, redis, not queue"_s << false;
        QTest::newRow("template takes nothing") << u"web"_s << u"db"_s << u"'web' (bare) takes no resources"_s << false;
        QTest::newRow("unknown template") << u"odd"_s << u"db"_s << u"is not in the catalog"_s << false;
        QTest::newRow("self") << u"api"_s << u"api"_s << u"cannot connect to itself"_s << true;
        QTest::newRow("resource to resource") << u"db"_s << u"jobs"_s << u"two resources"_s << false;
        QTest::newRow("missing node") << u"api"_s << u"ghost"_s << u"there is no node 'ghost'"_s << false;
    }

    void portRules()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, reason);
        QFETCH(bool, calls);
        Composition composition;
        composition.services = { service(u"api"_s), service(u"web"_s, u"bare"_s), service(u"odd"_s, u"gone"_s) };
        composition.resources = { resource(u"db"_s, u"postgres"_s), resource(u"jobs"_s, u"queue"_s) };
        const PortRules::Verdict verdict = rules().check(composition, from, to);
        if (reason.isEmpty()) {
            QVERIFY2(verdict.allowed(), qPrintable(verdict.reason));
            QCOMPARE(verdict.connection.kind, calls ? Connection::Kind::Calls : Connection::Kind::Uses);
            QVERIFY(composition.services.end()
                != std::ranges::find(composition.services, verdict.connection.from, &ServiceNode::id));
        } else {
            QVERIFY(!verdict.allowed());
            QVERIFY2(verdict.reason.contains(reason), qPrintable(verdict.reason));
        }
        // A duplicate is refused whichever way it is drawn.
        if (verdict.allowed()) {
            composition.connections.append(verdict.connection);
            QVERIFY(rules().check(composition, from, to).reason.contains(u"already connected"_s));
            QVERIFY(rules().check(composition, to, from).reason.contains(u"already connected"_s)
                || verdict.connection.kind == Connection::Kind::Calls);
            QVERIFY(rules().problems(composition).isEmpty());
        }
    }

    void addConnectAndUndo()
    {
        CompositionDocument document;
        fill(document);
        QCOMPARE(document.composition().services.size(), 2);
        QCOMPARE(document.composition().connections.size(), 2);
        QVERIFY(document.isModified());
        QCOMPARE(document.connectNodes(u"api"_s, u"jobs"_s).isEmpty(), false);
        QCOMPARE(document.composition().connections.size(), 2);
        QCOMPARE(document.undoStack()->count(), 6);

        const Composition full = document.composition();
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(document.composition(), Composition());
        QVERIFY(document.layout().positions.isEmpty());
        QVERIFY(!document.isModified());
        while (document.undoStack()->canRedo())
            document.undoStack()->redo();
        QCOMPARE(document.composition(), full);
    }

    void removeRestoresConnections()
    {
        CompositionDocument document;
        fill(document);
        const Composition before = document.composition();
        const CompositionLayout layoutBefore = document.layout();
        QSignalSpy removed(&document, &CompositionDocument::connectionRemoved);
        document.removeNodes({ u"api"_s });
        QCOMPARE(removed.size(), 2);
        QVERIFY(!document.contains(u"api"_s));
        QVERIFY(document.composition().connections.isEmpty());
        QVERIFY(!document.layout().positions.contains(u"api"_s));
        document.undoStack()->undo();
        QCOMPARE(document.composition(), before);
        QCOMPARE(document.layout(), layoutBefore);

        // Several at once are one step.
        document.removeNodes({ u"api"_s, u"db"_s, u"web"_s });
        QCOMPARE(document.composition().services.size(), 0);
        QCOMPARE(document.composition().resources.size(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.composition(), before);
    }

    void disconnect()
    {
        CompositionDocument document;
        fill(document);
        const Composition before = document.composition();
        document.disconnectNodes(before.connections.constFirst());
        QCOMPARE(document.composition().connections.size(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.composition(), before);
    }

    void movesMerge()
    {
        CompositionDocument document;
        fill(document);
        const int steps = document.undoStack()->count();
        document.moveNodes({ { u"api"_s, QPointF(10, 0) } });
        document.moveNodes({ { u"api"_s, QPointF(20, 0) } });
        document.moveNodes({ { u"api"_s, QPointF(30, 0) } });
        QCOMPARE(document.undoStack()->count(), steps + 1);
        document.moveNodes({ { u"db"_s, QPointF(1, 1) } });
        QCOMPARE(document.undoStack()->count(), steps + 2);
        QCOMPARE(document.position(u"api"_s), QPointF(30, 0));
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.position(u"api"_s), QPointF(0, 0));
        QCOMPARE(document.position(u"db"_s), QPointF(200, 0));
        // Moving changes the layout only: the bundle renderer is not told.
        QSignalSpy changed(&document, &CompositionDocument::changed);
        document.undoStack()->redo();
        QCOMPARE(changed.size(), 0);
    }

    void rename()
    {
        CompositionDocument document;
        fill(document);
        const Composition before = document.composition();
        QVERIFY(document.renameNode(u"api"_s, u"Bad Id"_s).contains(u"not a valid id"_s));
        QVERIFY(document.renameNode(u"api"_s, u"db"_s).contains(u"already in the composition"_s));
        QCOMPARE(document.renameNode(u"api"_s, u"orders"_s), QString());
        QVERIFY(document.service(u"orders"_s));
        QCOMPARE(document.service(u"orders"_s)->parameters.value(u"name"_s).toString(), u"orders"_s);
        QCOMPARE(document.position(u"orders"_s), QPointF(0, 0));
        QCOMPARE(document.connectionsOf(u"orders"_s).size(), 2);
        QVERIFY(document.connectionsOf(u"api"_s).isEmpty());
        document.undoStack()->undo();
        QCOMPARE(document.composition(), before);
    }

    void parametersMerge()
    {
        CompositionDocument document;
        fill(document);
        const int steps = document.undoStack()->count();
        QJsonObject values = document.service(u"api"_s)->parameters;
        values.insert(u"owner"_s, u"t"_s);
        document.setParameters(u"api"_s, values);
        values.insert(u"owner"_s, u"te"_s);
        document.setParameters(u"api"_s, values);
        values.insert(u"owner"_s, u"team"_s);
        document.setParameters(u"api"_s, values);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QCOMPARE(document.service(u"api"_s)->parameters.value(u"owner"_s).toString(), u"team"_s);
        document.undoStack()->undo();
        QVERIFY(!document.service(u"api"_s)->parameters.contains(u"owner"_s));
    }

    void uniqueIds()
    {
        CompositionDocument document;
        fill(document);
        QCOMPARE(document.uniqueId(u"api"_s), u"api-2"_s);
        QCOMPARE(document.uniqueId(u"Go HTTP service"_s), u"go-http-service"_s);
        QCOMPARE(document.uniqueId(u"3d"_s), u"node-3d"_s);
        QCOMPARE(CompositionFile::idProblem(document.uniqueId(u"___"_s)), QString());
    }

    void saveMarksClean()
    {
        QTemporaryDir dir;
        CompositionDocument document;
        fill(document);
        QSignalSpy modified(&document, &CompositionDocument::modifiedChanged);
        const QString path = dir.filePath(u"x.tarmac.yaml"_s);
        QString error;
        QVERIFY2(document.save(path, &error), qPrintable(error));
        QVERIFY(!document.isModified());
        QCOMPARE(document.filePath(), path);
        QCOMPARE(modified.size(), 1);
        const CompositionLoadResult loaded = CompositionFile::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.composition, CompositionFile::sorted(document.composition()));
        QCOMPARE(loaded.layout, document.layout());
        document.moveNodes({ { u"api"_s, QPointF(5, 5) } });
        QVERIFY(document.isModified());
        document.undoStack()->undo();
        QVERIFY(!document.isModified());
    }

    void nodeModel()
    {
        CompositionDocument document;
        CompositionNodeModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(document);
        QCOMPARE(model.rowCount(), 4);
        // Services first, then resources.
        QCOMPARE(model.index(1).data(CompositionNodeModel::IdRole).toString(), u"web"_s);
        QCOMPARE(model.index(2).data(CompositionNodeModel::IdRole).toString(), u"db"_s);
        QCOMPARE(model.index(2).data(CompositionNodeModel::ResourceKindRole).toString(), u"postgres"_s);
        QCOMPARE(model.index(0).data(CompositionNodeModel::ConnectionCountRole).toInt(), 2);
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"uses db"_s));

        document.removeNodes({ u"web"_s, u"db"_s });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(CompositionNodeModel::IdRole).toString(), u"jobs"_s);
        document.undoStack()->undo();
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            const QString id = model.index(row).data(CompositionNodeModel::IdRole).toString();
            QCOMPARE(model.indexOf(id).row(), row);
        }
        QCOMPARE(model.index(1).data(CompositionNodeModel::IdRole).toString(), u"web"_s);
        document.renameNode(u"web"_s, u"front"_s);
        QCOMPARE(model.index(1).data(CompositionNodeModel::IdRole).toString(), u"front"_s);
        document.reset({});
        QCOMPARE(model.rowCount(), 0);
    }

    void catalogRules()
    {
        // The built-in templates: the rules see what their manifests say.
        TemplateCatalog catalog;
        catalog.loadNow();
        QList<TemplateManifest> manifests;
        for (const TemplateCatalog::Entry &entry : catalog.entries())
            manifests.append(entry.manifest);
        const PortRules catalogRules(manifests);
        Composition composition;
        composition.services = { service(u"api"_s, u"typescript-service"_s) };
        composition.resources = { resource(u"db"_s, u"postgres"_s) };
        QVERIFY(catalogRules.attachableKinds(composition.services.constFirst()).contains(u"postgres"_s));
        QVERIFY(catalogRules.check(composition, u"api"_s, u"db"_s).allowed());
    }

    void shopExample()
    {
        const QString path = QStringLiteral(TARMAC_SOURCE_DIR "/examples/shop.tarmac.yaml");
        const CompositionLoadResult loaded = CompositionFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(joinErrors(loaded.errors)));
        QCOMPARE(loaded.composition.services.size(), 3);
        QCOMPARE(loaded.composition.resources.size(), 4);
        QCOMPARE(loaded.layout.positions.size(), 7);

        TemplateCatalog catalog;
        catalog.loadNow();
        QList<TemplateManifest> manifests;
        for (const TemplateCatalog::Entry &entry : catalog.entries())
            manifests.append(entry.manifest);
        // Every connection is one the canvas would have allowed.
        const QStringList problems = PortRules(manifests).problems(loaded.composition);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(loaded.composition.connections.size(), 7);

        // Real built-in templates at their real versions, with parameters their forms accept.
        const auto checkNode = [&](const QString &id, const QString &templateName, const QString &version,
                                   const QJsonObject &parameters) {
            const std::optional<TemplateCatalog::Entry> entry = catalog.find(templateName);
            QVERIFY2(entry, qPrintable(id + u": no template "_s + templateName));
            QCOMPARE(version, entry->manifest.version);
            const QHash<QString, QString> errors = ParameterSchema(entry->manifest.parameterPages).validate(parameters);
            QVERIFY2(errors.isEmpty(), qPrintable(id + u": "_s + QStringList(errors.values()).join(u"; "_s)));
        };
        for (const ServiceNode &service : loaded.composition.services)
            checkNode(service.id, service.templateName, service.templateVersion, service.parameters);
        for (const ResourceNode &resource : loaded.composition.resources) {
            checkNode(resource.id, resource.templateName, resource.templateVersion, resource.parameters);
            QCOMPARE(resource.kind, catalog.find(resource.templateName)->manifest.resourceKind);
        }

        // The file is in the form Tarmac writes, so saving it unchanged changes nothing.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(CompositionFile::serialize(loaded.composition, loaded.layout), file.readAll());
    }
};

QTEST_GUILESS_MAIN(TestCompositionDocument)
#include "tst_compositiondocument.moc"
