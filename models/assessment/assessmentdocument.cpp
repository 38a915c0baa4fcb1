// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/assessmentdocument.h"

#include "assessment/assessmentsessionfile.h"
#include "assessment/sessioneditcommand.h"
#include "core/autosavefiles.h"
#include "core/logging.h"

#include <QDir>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>

using namespace std::chrono_literals;

namespace Tarmac {

AssessmentDocument::AssessmentDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_writer.setMaxThreadCount(1); // autosaves land in order
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(1500ms);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &AssessmentDocument::autosaveNow);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

AssessmentDocument::~AssessmentDocument()
{
    m_writer.waitForDone();
}

AssessmentSession AssessmentDocument::newSession(const MaturityModel &model)
{
    AssessmentSession session;
    session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    session.model = { model.id, model.version, model.contentHash };
    session.date = QDate::currentDate();
    for (const Capability &capability : model.capabilities)
        session.ensureRecord(capability.id);
    return session;
}

bool AssessmentDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void AssessmentDocument::reset(const MaturityModel &model, const AssessmentSession &session, const QString &filePath)
{
    m_autosaveTimer.stop();
    m_model = model;
    m_session = session;
    for (const Capability &capability : m_model.capabilities)
        m_session.ensureRecord(capability.id);
    m_undoStack->clear();
    m_filePath = filePath;
    Q_EMIT modelReset();
    Q_EMIT sessionChanged();
    Q_EMIT filePathChanged(m_filePath);
}

bool AssessmentDocument::save(const QString &path, QString *errorMessage)
{
    if (!AssessmentSessionFile::save(m_session, path, errorMessage))
        return false;
    m_filePath = path;
    m_undoStack->setClean();
    discardAutosave();
    Q_EMIT filePathChanged(m_filePath);
    return true;
}

void AssessmentDocument::edit(
    const QString &text, const std::function<void(AssessmentSession &)> &change, const QString &mergeKey)
{
    AssessmentSession after = m_session;
    change(after);
    if (after == m_session)
        return;
    m_undoStack->push(new SessionEditCommand(this, text, m_session, after, mergeKey));
}

void AssessmentDocument::applySession(const AssessmentSession &session)
{
    m_session = session;
    Q_EMIT sessionChanged();
    if (!m_autosaveDirectory.isEmpty())
        m_autosaveTimer.start();
}

void AssessmentDocument::setVote(const QString &capabilityId, const Vote &vote)
{
    edit(tr("Record a vote"), [&](AssessmentSession &session) {
        CapabilityRecord &record = session.ensureRecord(capabilityId);
        for (Vote &existing : record.votes) {
            if (existing.participantId == vote.participantId) {
                existing = vote;
                return;
            }
        }
        record.votes.append(vote);
    });
}

void AssessmentDocument::clearVote(const QString &capabilityId, const QString &participantId)
{
    edit(tr("Clear a vote"), [&](AssessmentSession &session) {
        CapabilityRecord &record = session.ensureRecord(capabilityId);
        record.votes.removeIf([&](const Vote &vote) { return vote.participantId == participantId; });
    });
}

void AssessmentDocument::setRevealed(const QString &capabilityId, bool revealed)
{
    edit(revealed ? tr("Reveal votes") : tr("Hide votes"),
        [&](AssessmentSession &session) { session.ensureRecord(capabilityId).revealed = revealed; });
}

void AssessmentDocument::setAgreement(
    const QString &capabilityId, int agreedLevel, int targetLevel, const QString &dissent)
{
    edit(
        tr("Record the agreed level"),
        [&](AssessmentSession &session) {
            CapabilityRecord &record = session.ensureRecord(capabilityId);
            record.agreedLevel = agreedLevel;
            record.targetLevel = targetLevel;
            record.dissent = dissent;
        },
        QStringLiteral("agreement:") + capabilityId);
}

void AssessmentDocument::setNotes(const QString &capabilityId, const QString &privateNotes, const QString &sharedNotes)
{
    edit(
        tr("Edit notes"),
        [&](AssessmentSession &session) {
            CapabilityRecord &record = session.ensureRecord(capabilityId);
            record.privateNotes = privateNotes;
            record.sharedNotes = sharedNotes;
        },
        QStringLiteral("notes:") + capabilityId);
}

void AssessmentDocument::addParticipant(const QString &name, const QString &role)
{
    edit(tr("Add a participant"), [&](AssessmentSession &session) {
        int number = int(session.participants.size()) + 1;
        while (session.participant(QStringLiteral("p%1").arg(number)))
            ++number;
        session.participants.append({ QStringLiteral("p%1").arg(number), name, role });
    });
}

void AssessmentDocument::addAction(const AssessmentAction &action)
{
    edit(tr("Add an action"), [&](AssessmentSession &session) {
        AssessmentAction added = action;
        if (added.id.isEmpty())
            added.id = QStringLiteral("a%1").arg(session.actions.size() + 1);
        session.actions.append(added);
    });
}

void AssessmentDocument::setPreviousRound(const std::optional<AssessmentSession> &previous)
{
    m_previous = previous;
    Q_EMIT previousRoundChanged();
}

void AssessmentDocument::setAutosaveDirectory(const QString &directory)
{
    m_autosaveDirectory = directory;
}

QString AssessmentDocument::autosavePath() const
{
    if (m_autosaveDirectory.isEmpty() || m_session.id.isEmpty())
        return {};
    return m_autosaveDirectory + u'/' + m_session.id + QLatin1String(AssessmentSessionFile::Suffix);
}

void AssessmentDocument::autosaveNow()
{
    m_autosaveTimer.stop();
    const QString path = autosavePath();
    if (path.isEmpty() || !isModified())
        return;
    const AssessmentSession snapshot = m_session;
    const QString directory = m_autosaveDirectory;
    const QString origin = m_filePath;
    m_writer.start([snapshot, directory, path, origin] {
        QDir().mkpath(directory);
        QString error;
        if (!AssessmentSessionFile::save(snapshot, path, &error)) {
            qCWarning(lcAssessment) << "autosave failed:" << error;
            return;
        }
        AutosaveFiles::recordOrigin(path, origin);
    });
}

void AssessmentDocument::discardAutosave()
{
    m_autosaveTimer.stop();
    const QString path = autosavePath();
    if (path.isEmpty())
        return;
    m_writer.start([path] { AutosaveFiles::remove(path); });
}

void AssessmentDocument::waitForAutosave()
{
    m_writer.waitForDone();
}

QStringList AssessmentDocument::recoverableFiles(const QString &autosaveDirectory)
{
    return AutosaveFiles::inDirectory(autosaveDirectory, QLatin1String(AssessmentSessionFile::Suffix));
}

QString AssessmentDocument::originalPathOf(const QString &autosavePath)
{
    return AutosaveFiles::originOf(autosavePath);
}

QString AssessmentDocument::defaultAutosaveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/assessment-autosave");
}

}
