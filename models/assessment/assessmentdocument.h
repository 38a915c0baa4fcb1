// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessmentsession.h"
#include "assessment/maturitymodel.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <optional>

class QUndoStack;

namespace Tarmac {

// The session being run, with its model, undo history, autosave and the previous round to compare
// with. Every edit goes through edit() so that it can be undone and is autosaved.
class AssessmentDocument : public QObject {
    Q_OBJECT
public:
    explicit AssessmentDocument(QObject *parent = nullptr);
    ~AssessmentDocument() override;

    // A fresh session for a model: one record per capability, today's date, a new id.
    static AssessmentSession newSession(const MaturityModel &model);

    const AssessmentSession &session() const { return m_session; }
    const MaturityModel &model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString filePath() const { return m_filePath; }
    bool isModified() const;

    // Replaces model and session (new, opened or recovered) and clears the undo history.
    void reset(const MaturityModel &model, const AssessmentSession &session, const QString &filePath = {});
    bool save(const QString &path, QString *errorMessage);

    // One undoable change. Edits with the same non-empty mergeKey in a row become one undo step
    // (typing notes, for instance).
    void edit(
        const QString &text, const std::function<void(AssessmentSession &)> &change, const QString &mergeKey = {});
    // Undo commands call this; everyone else uses edit().
    void applySession(const AssessmentSession &session);

    void setVote(const QString &capabilityId, const Vote &vote);
    void clearVote(const QString &capabilityId, const QString &participantId);
    void setRevealed(const QString &capabilityId, bool revealed);
    void setAgreement(const QString &capabilityId, int agreedLevel, int targetLevel, const QString &dissent);
    void setNotes(const QString &capabilityId, const QString &privateNotes, const QString &sharedNotes);
    void addParticipant(const QString &name, const QString &role);
    void addAction(const AssessmentAction &action);

    // The previous round, for the radar and the table of changes.
    void setPreviousRound(const std::optional<AssessmentSession> &previous);
    const std::optional<AssessmentSession> &previousRound() const { return m_previous; }

    // Autosave: after each change (debounced) the session goes to autosaveDirectory()/<id>.tarmac-assessment.yaml,
    // written off the GUI thread; a clean save or close removes it. An empty directory turns autosave off.
    void setAutosaveDirectory(const QString &directory);
    QString autosaveDirectory() const { return m_autosaveDirectory; }
    QString autosavePath() const;
    void autosaveNow();
    void discardAutosave();
    // Waits for pending autosave writes (tests, shutdown).
    void waitForAutosave();
    static QStringList recoverableFiles(const QString &autosaveDirectory);
    // The file a recovered autosave belongs to, if it had been saved before.
    static QString originalPathOf(const QString &autosavePath);
    static QString defaultAutosaveDirectory();

Q_SIGNALS:
    void sessionChanged();
    void modelReset();
    void previousRoundChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    MaturityModel m_model;
    AssessmentSession m_session;
    std::optional<AssessmentSession> m_previous;
    QUndoStack *m_undoStack;
    QString m_filePath;
    QString m_autosaveDirectory;
    QTimer m_autosaveTimer;
    QThreadPool m_writer;
};

}
