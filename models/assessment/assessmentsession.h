// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Tarmac {

// What a participant answered for one capability.
struct Vote {
    enum class Kind { Level, DontKnow, NotApplicable };
    QString participantId;
    Kind kind = Kind::Level;
    int level = 0; // meaningful for Kind::Level only
    int confidence = 0; // 0 not given, 1 low, 2 medium, 3 high

    friend bool operator==(const Vote &, const Vote &) = default;
};

struct Participant {
    QString id;
    QString name;
    // platform-team, app-team, leadership, other; builders (platform team) and users (app teams) are
    // compared side by side when the spread is revealed.
    QString role;

    friend bool operator==(const Participant &, const Participant &) = default;
};

struct Evidence {
    QString kind; // note, link, metric
    QString text;
    QString url;
    // For figures measured by a platform: which (a model's platform-evidence id), where from, when.
    QString metric;
    QString source;
    QDateTime at;

    friend bool operator==(const Evidence &, const Evidence &) = default;
};

// The room's work on one capability.
struct CapabilityRecord {
    QString capabilityId;
    QList<Vote> votes;
    bool revealed = false;
    int agreedLevel = 0; // 0: not agreed yet
    int targetLevel = 0; // 0: no target
    QString dissent;
    QString privateNotes; // the facilitator's own; never in shared reports
    QString sharedNotes;
    QList<Evidence> evidence;

    const Vote *vote(const QString &participantId) const;
    friend bool operator==(const CapabilityRecord &, const CapabilityRecord &) = default;
};

struct AssessmentAction {
    enum class Status { Open, InProgress, Done, Dropped };
    QString id;
    QString capabilityId;
    QString title;
    QString owner;
    QDate due;
    Status status = Status::Open;
    QString indicator; // the metric the action should move, e.g. lead-time-for-changes

    friend bool operator==(const AssessmentAction &, const AssessmentAction &) = default;
};

// A session is pinned to the exact model it was run with.
struct ModelPin {
    QString id;
    QString version;
    QString hash;

    friend bool operator==(const ModelPin &, const ModelPin &) = default;
};

struct AssessmentScope {
    QString kind = QStringLiteral("organisation"); // organisation, unit, team
    QString name;

    friend bool operator==(const AssessmentScope &, const AssessmentScope &) = default;
};

// One workshop round, as stored in a *.tarmac-assessment.yaml file. Statistics are derived from the
// votes (VoteStatistics), never stored.
struct AssessmentSession {
    static constexpr int FormatVersion = 1;

    QString id; // a UUID without braces; names the autosave file
    QString title;
    ModelPin model;
    AssessmentScope scope;
    QDate date;
    QString facilitator;
    QList<Participant> participants;
    QList<CapabilityRecord> records;
    QList<AssessmentAction> actions;
    // The previous round's session file, relative to this one, for trends and comparisons.
    QString previousRound;

    CapabilityRecord *record(const QString &capabilityId);
    const CapabilityRecord *record(const QString &capabilityId) const;
    // The record for capabilityId, created when missing.
    CapabilityRecord &ensureRecord(const QString &capabilityId);
    const Participant *participant(const QString &participantId) const;

    friend bool operator==(const AssessmentSession &, const AssessmentSession &) = default;
};

// The session as it may leave the facilitator's machine (to a platform): without the private notes,
// which stay in the local file only.
AssessmentSession sharedCopy(const AssessmentSession &session);

QString voteKindId(Vote::Kind kind);
QString actionStatusId(AssessmentAction::Status status);
QStringList participantRoleIds();
// A role's name for people (translated).
QString participantRoleName(const QString &role);
QString actionStatusName(AssessmentAction::Status status);

}
