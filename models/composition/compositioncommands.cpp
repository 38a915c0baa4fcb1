// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/compositioncommands.h"

namespace Tarmac {

AddNodeCommand::AddNodeCommand(CompositionDocument *document, const NodeSnapshot &snapshot, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_snapshot(snapshot)
{
}

void AddNodeCommand::redo()
{
    m_document->insertNode(m_snapshot);
}

void AddNodeCommand::undo()
{
    m_document->takeNode(m_snapshot.id());
}

RemoveNodeCommand::RemoveNodeCommand(CompositionDocument *document, const QString &id, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_id(id)
{
}

void RemoveNodeCommand::redo()
{
    // Taken from the end so that the recorded indices stay right for undo, which inserts ascending.
    m_connections.clear();
    const QList<Connection> &connections = m_document->composition().connections;
    for (qsizetype i = connections.size() - 1; i >= 0; --i) {
        if (connections.at(i).from == m_id || connections.at(i).to == m_id)
            m_connections.prepend({ i, m_document->takeConnection(i) });
    }
    m_snapshot = m_document->takeNode(m_id);
}

void RemoveNodeCommand::undo()
{
    m_document->insertNode(m_snapshot);
    for (const auto &[index, connection] : std::as_const(m_connections))
        m_document->insertConnection(connection, index);
}

ConnectCommand::ConnectCommand(CompositionDocument *document, const Connection &connection, bool connect)
    : m_document(document)
    , m_connection(connection)
    , m_index(document->composition().connections.indexOf(connection))
    , m_connect(connect)
{
}

void ConnectCommand::add()
{
    m_document->insertConnection(m_connection, m_index);
}

void ConnectCommand::remove()
{
    m_index = m_document->composition().connections.indexOf(m_connection);
    m_document->takeConnection(m_index);
}

void ConnectCommand::redo()
{
    if (m_connect)
        add();
    else
        remove();
}

void ConnectCommand::undo()
{
    if (m_connect)
        remove();
    else
        add();
}

MoveCommand::MoveCommand(CompositionDocument *document, const QHash<QString, QPointF> &before,
    const QHash<QString, QPointF> &after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after)
{
}

void MoveCommand::redo()
{
    m_document->applyPositions(m_after);
}

void MoveCommand::undo()
{
    m_document->applyPositions(m_before);
}

bool MoveCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveCommand *>(other);
    if (move->m_after.keys() != m_after.keys() || move->text() != text())
        return false;
    m_after = move->m_after;
    return true;
}

RenameCommand::RenameCommand(CompositionDocument *document, const QString &id, const QString &newId)
    : m_document(document)
    , m_id(id)
    , m_newId(newId)
{
    const ServiceNode *service = document->service(id);
    const ResourceNode *resource = document->resource(id);
    const QJsonObject parameters = service ? service->parameters : resource ? resource->parameters : QJsonObject();
    m_followName = parameters.value(QStringLiteral("name")).toString() == id;
}

void RenameCommand::redo()
{
    m_document->applyRename(m_id, m_newId, m_followName);
}

void RenameCommand::undo()
{
    m_document->applyRename(m_newId, m_id, m_followName);
}

ParametersCommand::ParametersCommand(
    CompositionDocument *document, const QString &id, const QJsonObject &before, const QJsonObject &after)
    : m_document(document)
    , m_id(id)
    , m_before(before)
    , m_after(after)
{
}

void ParametersCommand::redo()
{
    m_document->applyParameters(m_id, m_after);
}

void ParametersCommand::undo()
{
    m_document->applyParameters(m_id, m_before);
}

bool ParametersCommand::mergeWith(const QUndoCommand *other)
{
    const auto *change = static_cast<const ParametersCommand *>(other);
    if (change->m_id != m_id)
        return false;
    m_after = change->m_after;
    return true;
}

OverrideCommand::OverrideCommand(CompositionDocument *document, const QString &serviceId, const QString &path,
    const std::optional<Override> &before, const std::optional<Override> &after, bool typing)
    : m_document(document)
    , m_serviceId(serviceId)
    , m_path(path)
    , m_before(before)
    , m_after(after)
    , m_typing(typing)
{
}

void OverrideCommand::redo()
{
    m_document->applyOverride(m_serviceId, m_path, m_after);
}

void OverrideCommand::undo()
{
    m_document->applyOverride(m_serviceId, m_path, m_before);
}

bool OverrideCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const OverrideCommand *>(other);
    if (!m_typing || !edit->m_typing || edit->m_serviceId != m_serviceId || edit->m_path != m_path)
        return false;
    m_after = edit->m_after;
    // Typed back to where it started: the step is gone.
    setObsolete(m_before == m_after);
    return true;
}

}
