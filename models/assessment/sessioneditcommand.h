// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessmentsession.h"

#include <QUndoCommand>

namespace Tarmac {

class AssessmentDocument;

// Swaps the whole session between before and after: sessions are small, and one command type for
// every edit cannot get an inverse wrong.
class SessionEditCommand : public QUndoCommand {
public:
    SessionEditCommand(AssessmentDocument *document, const QString &text, const AssessmentSession &before,
        const AssessmentSession &after, const QString &mergeKey);
    ~SessionEditCommand() override;

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    AssessmentDocument *m_document;
    AssessmentSession m_before;
    AssessmentSession m_after;
    QString m_mergeKey;
};

}
