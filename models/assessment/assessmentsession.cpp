// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/assessmentsession.h"

#include <QCoreApplication>

namespace Tarmac {

const Vote *CapabilityRecord::vote(const QString &participantId) const
{
    for (const Vote &candidate : votes) {
        if (candidate.participantId == participantId)
            return &candidate;
    }
    return nullptr;
}

CapabilityRecord *AssessmentSession::record(const QString &capabilityId)
{
    for (CapabilityRecord &candidate : records) {
        if (candidate.capabilityId == capabilityId)
            return &candidate;
    }
    return nullptr;
}

const CapabilityRecord *AssessmentSession::record(const QString &capabilityId) const
{
    for (const CapabilityRecord &candidate : records) {
        if (candidate.capabilityId == capabilityId)
            return &candidate;
    }
    return nullptr;
}

CapabilityRecord &AssessmentSession::ensureRecord(const QString &capabilityId)
{
    if (CapabilityRecord *existing = record(capabilityId))
        return *existing;
    CapabilityRecord created;
    created.capabilityId = capabilityId;
    records.append(created);
    return records.last();
}

const Participant *AssessmentSession::participant(const QString &participantId) const
{
    for (const Participant &candidate : participants) {
        if (candidate.id == participantId)
            return &candidate;
    }
    return nullptr;
}

QString voteKindId(Vote::Kind kind)
{
    switch (kind) {
    case Vote::Kind::Level:
        return QStringLiteral("level");
    case Vote::Kind::DontKnow:
        return QStringLiteral("dont-know");
    case Vote::Kind::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return {};
}

QString actionStatusId(AssessmentAction::Status status)
{
    switch (status) {
    case AssessmentAction::Status::Open:
        return QStringLiteral("open");
    case AssessmentAction::Status::InProgress:
        return QStringLiteral("in-progress");
    case AssessmentAction::Status::Done:
        return QStringLiteral("done");
    case AssessmentAction::Status::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

QStringList participantRoleIds()
{
    return { QStringLiteral("platform-team"), QStringLiteral("app-team"), QStringLiteral("leadership"),
        QStringLiteral("other") };
}

QString participantRoleName(const QString &role)
{
    if (role == u"platform-team")
        return QCoreApplication::translate("Tarmac::Assessment", "Platform team");
    if (role == u"app-team")
        return QCoreApplication::translate("Tarmac::Assessment", "App team");
    if (role == u"leadership")
        return QCoreApplication::translate("Tarmac::Assessment", "Leadership");
    if (role == u"other")
        return QCoreApplication::translate("Tarmac::Assessment", "Other");
    return role;
}

QString actionStatusName(AssessmentAction::Status status)
{
    switch (status) {
    case AssessmentAction::Status::Open:
        return QCoreApplication::translate("Tarmac::Assessment", "Open");
    case AssessmentAction::Status::InProgress:
        return QCoreApplication::translate("Tarmac::Assessment", "In progress");
    case AssessmentAction::Status::Done:
        return QCoreApplication::translate("Tarmac::Assessment", "Done");
    case AssessmentAction::Status::Dropped:
        return QCoreApplication::translate("Tarmac::Assessment", "Dropped");
    }
    return {};
}

AssessmentSession sharedCopy(const AssessmentSession &session)
{
    AssessmentSession shared = session;
    for (CapabilityRecord &record : shared.records)
        record.privateNotes.clear();
    return shared;
}

}
