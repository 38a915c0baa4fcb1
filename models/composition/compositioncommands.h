// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/composition: the undo commands behind CompositionDocument's edits.

#include "composition/compositiondocument.h"

#include <QUndoCommand>

namespace Tarmac {

class AddNodeCommand : public QUndoCommand {
public:
    AddNodeCommand(CompositionDocument *document, const NodeSnapshot &snapshot, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    CompositionDocument *m_document;
    NodeSnapshot m_snapshot;
};

// Removes a node with its connections; undo puts all of them back where they were.
class RemoveNodeCommand : public QUndoCommand {
public:
    RemoveNodeCommand(CompositionDocument *document, const QString &id, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    CompositionDocument *m_document;
    QString m_id;
    NodeSnapshot m_snapshot;
    QList<std::pair<qsizetype, Connection>> m_connections; // with their indices, ascending
};

class ConnectCommand : public QUndoCommand {
public:
    ConnectCommand(CompositionDocument *document, const Connection &connection, bool connect);
    void undo() override;
    void redo() override;

private:
    void add();
    void remove();

    CompositionDocument *m_document;
    Connection m_connection;
    qsizetype m_index;
    bool m_connect;
};

class MoveCommand : public QUndoCommand {
public:
    MoveCommand(CompositionDocument *document, const QHash<QString, QPointF> &before,
        const QHash<QString, QPointF> &after, const QString &text);
    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CompositionDocument *m_document;
    QHash<QString, QPointF> m_before;
    QHash<QString, QPointF> m_after;
};

class RenameCommand : public QUndoCommand {
public:
    RenameCommand(CompositionDocument *document, const QString &id, const QString &newId);
    void undo() override;
    void redo() override;

private:
    CompositionDocument *m_document;
    QString m_id;
    QString m_newId;
    bool m_followName;
};

class ParametersCommand : public QUndoCommand {
public:
    ParametersCommand(
        CompositionDocument *document, const QString &id, const QJsonObject &before, const QJsonObject &after);
    void undo() override;
    void redo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CompositionDocument *m_document;
    QString m_id;
    QJsonObject m_before;
    QJsonObject m_after;
};

// A service's override of one file: added, changed or removed. Typing (mergeable) commands on the
// same file in a row become one step.
class OverrideCommand : public QUndoCommand {
public:
    OverrideCommand(CompositionDocument *document, const QString &serviceId, const QString &path,
        const std::optional<Override> &before, const std::optional<Override> &after, bool typing);
    void undo() override;
    void redo() override;
    int id() const override { return 3; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CompositionDocument *m_document;
    QString m_serviceId;
    QString m_path;
    std::optional<Override> m_before;
    std::optional<Override> m_after;
    bool m_typing;
};

}
