// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/sessioneditcommand.h"

#include "assessment/assessmentdocument.h"

namespace Tarmac {

namespace {
constexpr int MergeableId = 0x7a55;
}

SessionEditCommand::SessionEditCommand(AssessmentDocument *document, const QString &text,
    const AssessmentSession &before, const AssessmentSession &after, const QString &mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_mergeKey(mergeKey)
{
}

SessionEditCommand::~SessionEditCommand() = default;

void SessionEditCommand::undo()
{
    m_document->applySession(m_before);
}

void SessionEditCommand::redo()
{
    m_document->applySession(m_after);
}

int SessionEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : MergeableId;
}

bool SessionEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const SessionEditCommand *>(other);
    if (edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    return true;
}

}
