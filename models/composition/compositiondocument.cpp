// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/compositiondocument.h"

#include "composition/compositioncommands.h"
#include "composition/compositionfile.h"
#include "core/autosavefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>

namespace Tarmac {

QString NodeSnapshot::id() const
{
    return std::visit([](const auto &node) { return node.id; }, node);
}

CompositionDocument::CompositionDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_writer.setMaxThreadCount(1); // writes land in the order they were made
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(2000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &CompositionDocument::autosaveNow);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (!m_autosaveDirectory.isEmpty())
            m_autosaveTimer.start();
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            discardAutosave();
        Q_EMIT modifiedChanged(!clean);
    });
}

CompositionDocument::~CompositionDocument()
{
    m_writer.waitForDone();
}

namespace {
Q_LOGGING_CATEGORY(lcComposition, "tarmac.composition")
}

QString CompositionDocument::autosavePath() const
{
    if (m_autosaveDirectory.isEmpty())
        return {};
    return m_autosaveDirectory + u'/' + m_session + QLatin1String(CompositionFile::Suffix);
}

void CompositionDocument::autosaveNow()
{
    m_autosaveTimer.stop();
    const QString path = autosavePath();
    if (path.isEmpty() || !isModified())
        return;
    const Composition composition = m_composition;
    const CompositionLayout layout = m_layout;
    const QString directory = m_autosaveDirectory;
    const QString origin = m_filePath;
    m_writer.start([composition, layout, directory, path, origin] {
        QDir().mkpath(directory);
        QString error;
        if (!CompositionFile::save(composition, layout, path, &error)) {
            qCWarning(lcComposition) << "autosave failed:" << error;
            return;
        }
        AutosaveFiles::recordOrigin(path, origin);
    });
}

void CompositionDocument::discardAutosave()
{
    m_autosaveTimer.stop();
    const QString path = autosavePath();
    if (path.isEmpty())
        return;
    m_writer.start([path] { AutosaveFiles::remove(path); });
}

void CompositionDocument::adoptAutosave(const QString &autosavePath)
{
    const QString name = QFileInfo(autosavePath).fileName();
    m_session = name.left(name.size() - qsizetype(qstrlen(CompositionFile::Suffix)));
    m_autosaveDirectory = QFileInfo(autosavePath).path();
    // Unsaved until the user saves: so it is saved, and autosaved again, before it can be lost.
    m_undoStack->resetClean();
}

QStringList CompositionDocument::recoverableFiles(const QString &autosaveDirectory)
{
    return AutosaveFiles::inDirectory(autosaveDirectory, QLatin1String(CompositionFile::Suffix));
}

QString CompositionDocument::originalPathOf(const QString &autosavePath)
{
    return AutosaveFiles::originOf(autosavePath);
}

QString CompositionDocument::defaultAutosaveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/composition-autosave");
}

bool CompositionDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void CompositionDocument::reset(
    const Composition &composition, const CompositionLayout &layout, const QString &filePath)
{
    // What was being edited is dropped on purpose (the page asked first): so is its autosave.
    discardAutosave();
    m_session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_undoStack->clear();
    m_composition = composition;
    m_layout = layout;
    m_filePath = filePath;
    Q_EMIT compositionReset();
    Q_EMIT changed();
    Q_EMIT filePathChanged(m_filePath);
}

bool CompositionDocument::save(const QString &path, QString *errorMessage)
{
    if (!CompositionFile::save(m_composition, m_layout, path, errorMessage))
        return false;
    m_undoStack->setClean();
    if (m_filePath != path) {
        m_filePath = path;
        Q_EMIT filePathChanged(m_filePath);
    }
    return true;
}

bool CompositionDocument::contains(const QString &id) const
{
    return service(id) || resource(id);
}

const ServiceNode *CompositionDocument::service(const QString &id) const
{
    for (const ServiceNode &service : m_composition.services) {
        if (service.id == id)
            return &service;
    }
    return nullptr;
}

const ResourceNode *CompositionDocument::resource(const QString &id) const
{
    for (const ResourceNode &resource : m_composition.resources) {
        if (resource.id == id)
            return &resource;
    }
    return nullptr;
}

QList<Connection> CompositionDocument::connectionsOf(const QString &id) const
{
    QList<Connection> result;
    for (const Connection &connection : m_composition.connections) {
        if (connection.from == id || connection.to == id)
            result.append(connection);
    }
    return result;
}

QString CompositionDocument::uniqueId(const QString &base) const
{
    // Template names are valid ids already; anything else is folded into one.
    QString stem;
    for (const QChar c : base.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            stem.append(c);
        else if (!stem.isEmpty() && !stem.endsWith(u'-'))
            stem.append(u'-');
    }
    while (stem.endsWith(u'-'))
        stem.chop(1);
    if (stem.isEmpty())
        stem = QStringLiteral("node");
    else if (!stem.at(0).isLetter())
        stem.prepend(QStringLiteral("node-"));
    stem.truncate(56);
    QString id = stem;
    for (int n = 2; contains(id); ++n)
        id = stem + u'-' + QString::number(n);
    return id;
}

QString CompositionDocument::addService(const ServiceNode &service, const QPointF &position)
{
    if (const QString problem = CompositionFile::idProblem(service.id); !problem.isEmpty())
        return problem;
    if (contains(service.id))
        return tr("'%1' is already in the composition").arg(service.id);
    auto *command = new AddNodeCommand(this, { service, -1, position });
    command->setText(tr("Add service %1").arg(service.id));
    m_undoStack->push(command);
    return {};
}

QString CompositionDocument::addResource(const ResourceNode &resource, const QPointF &position)
{
    if (const QString problem = CompositionFile::idProblem(resource.id); !problem.isEmpty())
        return problem;
    if (contains(resource.id))
        return tr("'%1' is already in the composition").arg(resource.id);
    auto *command = new AddNodeCommand(this, { resource, -1, position });
    command->setText(tr("Add resource %1").arg(resource.id));
    m_undoStack->push(command);
    return {};
}

void CompositionDocument::removeNodes(const QStringList &ids)
{
    QStringList present;
    for (const QString &id : ids) {
        if (contains(id) && !present.contains(id))
            present.append(id);
    }
    if (present.isEmpty())
        return;
    auto *command = new QUndoCommand(present.size() == 1 ? tr("Remove %1").arg(present.constFirst())
                                                         : tr("Remove %n node(s)", nullptr, int(present.size())));
    for (const QString &id : std::as_const(present))
        new RemoveNodeCommand(this, id, command);
    m_undoStack->push(command);
}

QString CompositionDocument::connectNodes(const QString &from, const QString &to)
{
    const PortRules::Verdict verdict = m_rules.check(m_composition, from, to);
    if (!verdict.allowed())
        return verdict.reason;
    auto *command = new ConnectCommand(this, verdict.connection, true);
    command->setText(verdict.connection.kind == Connection::Kind::Calls
            ? tr("Connect %1 to call %2").arg(verdict.connection.from, verdict.connection.to)
            : tr("Connect %1 to use %2").arg(verdict.connection.from, verdict.connection.to));
    m_undoStack->push(command);
    return {};
}

void CompositionDocument::disconnectNodes(const Connection &connection)
{
    if (!m_composition.connections.contains(connection))
        return;
    auto *command = new ConnectCommand(this, connection, false);
    command->setText(tr("Disconnect %1 from %2").arg(connection.from, connection.to));
    m_undoStack->push(command);
}

void CompositionDocument::moveNodes(const QHash<QString, QPointF> &positions, const QString &text)
{
    QHash<QString, QPointF> before;
    QHash<QString, QPointF> after;
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        if (!contains(it.key()) || m_layout.positions.value(it.key()) == it.value())
            continue;
        before.insert(it.key(), m_layout.positions.value(it.key()));
        after.insert(it.key(), it.value());
    }
    if (after.isEmpty())
        return;
    const QString description = !text.isEmpty() ? text
        : after.size() == 1                     ? tr("Move %1").arg(after.constBegin().key())
                                                : tr("Move %n node(s)", nullptr, int(after.size()));
    m_undoStack->push(new MoveCommand(this, before, after, description));
}

QString CompositionDocument::renameNode(const QString &id, const QString &newId)
{
    if (!contains(id))
        return tr("there is no node '%1'").arg(id);
    if (id == newId)
        return {};
    if (const QString problem = CompositionFile::idProblem(newId); !problem.isEmpty())
        return problem;
    if (contains(newId))
        return tr("'%1' is already in the composition").arg(newId);
    auto *command = new RenameCommand(this, id, newId);
    command->setText(tr("Rename %1 to %2").arg(id, newId));
    m_undoStack->push(command);
    return {};
}

void CompositionDocument::setParameters(const QString &id, const QJsonObject &parameters)
{
    const ServiceNode *s = service(id);
    const ResourceNode *r = resource(id);
    if (!s && !r)
        return;
    const QJsonObject before = s ? s->parameters : r->parameters;
    if (before == parameters)
        return;
    auto *command = new ParametersCommand(this, id, before, parameters);
    command->setText(tr("Edit the parameters of %1").arg(id));
    m_undoStack->push(command);
}

void CompositionDocument::editFile(const QString &serviceId, const Override &edit)
{
    const ServiceNode *s = service(serviceId);
    if (!s)
        return;
    const Override *current = s->overrideOf(edit.path);
    const std::optional<Override> before = current ? std::optional<Override>(*current) : std::nullopt;
    // Typing back exactly what the template renders leaves nothing to keep.
    const std::optional<Override> after = edit.edited == edit.base ? std::nullopt : std::optional<Override>(edit);
    if (before == after)
        return;
    auto *command = new OverrideCommand(this, serviceId, edit.path, before, after, true);
    command->setText(tr("Edit %1 of %2").arg(edit.path, serviceId));
    m_undoStack->push(command);
}

void CompositionDocument::setOverride(
    const QString &serviceId, const QString &path, const std::optional<Override> &override, const QString &text)
{
    const ServiceNode *s = service(serviceId);
    if (!s)
        return;
    const Override *current = s->overrideOf(path);
    const std::optional<Override> before = current ? std::optional<Override>(*current) : std::nullopt;
    if (before == override)
        return;
    auto *command = new OverrideCommand(this, serviceId, path, before, override, false);
    command->setText(text);
    m_undoStack->push(command);
}

void CompositionDocument::insertNode(const NodeSnapshot &snapshot)
{
    const QString id = snapshot.id();
    if (const auto *service = std::get_if<ServiceNode>(&snapshot.node)) {
        const qsizetype index = snapshot.index < 0 ? m_composition.services.size() : snapshot.index;
        m_composition.services.insert(index, *service);
    } else {
        const auto &resource = std::get<ResourceNode>(snapshot.node);
        const qsizetype index = snapshot.index < 0 ? m_composition.resources.size() : snapshot.index;
        m_composition.resources.insert(index, resource);
    }
    if (snapshot.position)
        m_layout.positions.insert(id, *snapshot.position);
    Q_EMIT nodeAdded(id);
    Q_EMIT changed();
}

NodeSnapshot CompositionDocument::takeNode(const QString &id)
{
    NodeSnapshot snapshot;
    for (qsizetype i = 0; i < m_composition.services.size(); ++i) {
        if (m_composition.services.at(i).id == id) {
            snapshot.node = m_composition.services.takeAt(i);
            snapshot.index = i;
        }
    }
    for (qsizetype i = 0; snapshot.index < 0 && i < m_composition.resources.size(); ++i) {
        if (m_composition.resources.at(i).id == id) {
            snapshot.node = m_composition.resources.takeAt(i);
            snapshot.index = i;
        }
    }
    Q_ASSERT(snapshot.index >= 0);
    if (m_layout.positions.contains(id))
        snapshot.position = m_layout.positions.take(id);
    Q_EMIT nodeRemoved(id);
    Q_EMIT changed();
    return snapshot;
}

void CompositionDocument::insertConnection(const Connection &connection, qsizetype index)
{
    m_composition.connections.insert(index < 0 ? m_composition.connections.size() : index, connection);
    Q_EMIT connectionAdded(connection);
    Q_EMIT changed();
}

Connection CompositionDocument::takeConnection(qsizetype index)
{
    const Connection connection = m_composition.connections.takeAt(index);
    Q_EMIT connectionRemoved(connection);
    Q_EMIT changed();
    return connection;
}

void CompositionDocument::applyPositions(const QHash<QString, QPointF> &positions)
{
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        m_layout.positions.insert(it.key(), it.value());
        Q_EMIT nodeMoved(it.key(), it.value());
    }
}

void CompositionDocument::applyRename(const QString &id, const QString &newId, bool followName)
{
    const auto renameIn = [&](auto &nodes) {
        for (auto &node : nodes) {
            if (node.id != id)
                continue;
            node.id = newId;
            if (followName)
                node.parameters.insert(QStringLiteral("name"), newId);
        }
    };
    renameIn(m_composition.services);
    renameIn(m_composition.resources);
    for (Connection &connection : m_composition.connections) {
        if (connection.from == id)
            connection.from = newId;
        if (connection.to == id)
            connection.to = newId;
    }
    if (m_layout.positions.contains(id))
        m_layout.positions.insert(newId, m_layout.positions.take(id));
    Q_EMIT nodeRenamed(id, newId);
    Q_EMIT changed();
}

void CompositionDocument::applyParameters(const QString &id, const QJsonObject &parameters)
{
    for (ServiceNode &service : m_composition.services) {
        if (service.id == id)
            service.parameters = parameters;
    }
    for (ResourceNode &resource : m_composition.resources) {
        if (resource.id == id)
            resource.parameters = parameters;
    }
    Q_EMIT nodeChanged(id);
    Q_EMIT changed();
}

void CompositionDocument::applyOverride(
    const QString &serviceId, const QString &path, const std::optional<Override> &override)
{
    for (ServiceNode &service : m_composition.services) {
        if (service.id != serviceId)
            continue;
        service.overrides.removeIf([&](const Override &o) { return o.path == path; });
        if (override) {
            const auto at = std::ranges::lower_bound(service.overrides, path, {}, &Override::path);
            service.overrides.insert(at, *override);
        }
    }
    Q_EMIT overrideChanged(serviceId, path);
    Q_EMIT changed();
}

}
