// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/composition.h"
#include "composition/ports.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QThreadPool>
#include <QTimer>

#include <optional>
#include <variant>

class QUndoStack;

namespace Tarmac {

// One node as the document stores it, with where it was, so that removing it can be undone exactly.
struct NodeSnapshot {
    std::variant<ServiceNode, ResourceNode> node;
    qsizetype index = -1; // in services or resources; -1 appends
    std::optional<QPointF> position;

    QString id() const;
};

// The composition being edited: its meaning, its layout, the file it came from and its undo history.
// Every change goes through one of the edit functions below, each one undo step, and is announced
// by a fine-grained signal (for the canvas) and by changed() (for the bundle renderer).
class CompositionDocument : public QObject {
    Q_OBJECT
public:
    explicit CompositionDocument(QObject *parent = nullptr);
    ~CompositionDocument() override;

    const Composition &composition() const { return m_composition; }
    const CompositionLayout &layout() const { return m_layout; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString filePath() const { return m_filePath; }
    bool isModified() const;

    // Which connections are allowed: the catalog's templates, set by whoever owns the catalog.
    void setPortRules(const PortRules &rules) { m_rules = rules; }
    const PortRules &portRules() const { return m_rules; }

    // Replaces everything (new, opened or recovered) and clears the undo history.
    void reset(const Composition &composition, const CompositionLayout &layout = {}, const QString &filePath = {});
    bool save(const QString &path, QString *errorMessage);

    bool contains(const QString &id) const;
    const ServiceNode *service(const QString &id) const;
    const ResourceNode *resource(const QString &id) const;
    QPointF position(const QString &id) const { return m_layout.positions.value(id); }
    QList<Connection> connectionsOf(const QString &id) const;
    // base, or base-2, base-3... whichever is free and a valid id.
    QString uniqueId(const QString &base) const;

    // Edits; each returns why it was refused (nothing changes then), or an empty string.
    QString addService(const ServiceNode &service, const QPointF &position);
    QString addResource(const ResourceNode &resource, const QPointF &position);
    // Removes the nodes and every connection they are part of, as one undo step.
    void removeNodes(const QStringList &ids);
    QString connectNodes(const QString &from, const QString &to);
    void disconnectNodes(const Connection &connection);
    // Moves in a row of the same nodes (arrow keys, a drag) become one undo step.
    void moveNodes(const QHash<QString, QPointF> &positions, const QString &text = {});
    QString renameNode(const QString &id, const QString &newId);
    // Typing into the form: consecutive changes to one node become one undo step.
    void setParameters(const QString &id, const QJsonObject &parameters);
    // A hand edit of a service's generated file (path relative to its folder), kept as an override:
    // base is the render the edit was made on. Typing into one file becomes one undo step; an edit
    // that gives the render back removes the override.
    void editFile(const QString &serviceId, const Override &edit);
    // Replaces or (with nothing) removes a service's override as its own undo step: reverting to
    // the generated text, resolving a conflict. text names the step.
    void setOverride(
        const QString &serviceId, const QString &path, const std::optional<Override> &override, const QString &text);

    // Autosave: a while after each change the composition goes to autosaveDirectory()/<session>.tarmac.yaml,
    // written off the GUI thread, with the path it belongs to beside it; a save or a reset removes it.
    // An empty directory turns autosave off.
    void setAutosaveDirectory(const QString &directory) { m_autosaveDirectory = directory; }
    QString autosaveDirectory() const { return m_autosaveDirectory; }
    QString autosavePath() const;
    void autosaveNow();
    void discardAutosave();
    // Waits for pending autosave writes (tests, shutdown).
    void waitForAutosave() { m_writer.waitForDone(); }
    static QStringList recoverableFiles(const QString &autosaveDirectory);
    // After reset() with a recovered autosave: carry on in that file and count as unsaved.
    void adoptAutosave(const QString &autosavePath);
    // The file a recovered autosave belongs to, if it had been saved before.
    static QString originalPathOf(const QString &autosavePath);
    static QString defaultAutosaveDirectory();

    // Undo commands call these; everyone else uses the edits above.
    void insertNode(const NodeSnapshot &snapshot);
    NodeSnapshot takeNode(const QString &id);
    void insertConnection(const Connection &connection, qsizetype index);
    Connection takeConnection(qsizetype index);
    void applyPositions(const QHash<QString, QPointF> &positions);
    // followName: the node's `name` parameter follows its id (it did before the rename).
    void applyRename(const QString &id, const QString &newId, bool followName);
    void applyParameters(const QString &id, const QJsonObject &parameters);
    void applyOverride(const QString &serviceId, const QString &path, const std::optional<Override> &override);

Q_SIGNALS:
    void nodeAdded(const QString &id);
    void nodeRemoved(const QString &id);
    void nodeRenamed(const QString &id, const QString &newId);
    // Parameters (or anything but the id) of a node changed.
    void nodeChanged(const QString &id);
    // A service's override of path was added, changed or removed (nodeChanged() is not sent).
    void overrideChanged(const QString &serviceId, const QString &path);
    void nodeMoved(const QString &id, const QPointF &position);
    void connectionAdded(const Connection &connection);
    void connectionRemoved(const Connection &connection);
    // Everything was replaced; nothing of the old composition is left.
    void compositionReset();
    // The meaning changed (not just the layout): what the bundle renderer listens to.
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    Composition m_composition;
    CompositionLayout m_layout;
    PortRules m_rules;
    QUndoStack *m_undoStack;
    QString m_filePath;
    QString m_session; // names this editing session's autosave file
    QString m_autosaveDirectory;
    QTimer m_autosaveTimer;
    QThreadPool m_writer;
};

}
