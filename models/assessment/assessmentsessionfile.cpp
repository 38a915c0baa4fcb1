// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/assessmentsessionfile.h"

#include "assessment/yamlsupport.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QSet>

namespace Tarmac {

namespace {
const QLatin1String formatPrefix("tarmac-assessment/");

const char *confidenceName(int confidence)
{
    switch (confidence) {
    case 1:
        return "low";
    case 2:
        return "medium";
    case 3:
        return "high";
    default:
        return nullptr;
    }
}

int confidenceValue(const QString &name)
{
    if (name == u"low")
        return 1;
    if (name == u"medium")
        return 2;
    if (name == u"high")
        return 3;
    return -1;
}

void emitText(YAML::Emitter &out, const char *key, const QString &value)
{
    if (!value.isEmpty())
        out << YAML::Key << key << YAML::Value << toStd(value);
}

void emitLevel(YAML::Emitter &out, const char *key, int value)
{
    if (value > 0)
        out << YAML::Key << key << YAML::Value << value;
}
}

SessionLoadResult AssessmentSessionFile::parse(const QByteArray &bytes, const QString &fileName)
{
    SessionLoadResult result;
    AssessmentSession &session = result.session;
    YamlReader reader(fileName);
    const YAML::Node root = reader.parse(bytes);
    if (!root.IsDefined()) {
        result.errors = reader.errors();
        return result;
    }
    const QString format = reader.text(root, "format", true);
    if (!format.isEmpty()) {
        bool numeric = false;
        const int version = format.startsWith(formatPrefix) ? format.mid(formatPrefix.size()).toInt(&numeric) : 0;
        if (!numeric) {
            reader.error(root["format"],
                tr("'format' must be %1%2, not '%3'")
                    .arg(formatPrefix)
                    .arg(AssessmentSession::FormatVersion)
                    .arg(format));
        } else if (version > AssessmentSession::FormatVersion) {
            result.newerFormat = true;
            reader.error(root["format"],
                tr("this session was written by a newer Tarmac (%1; this version reads up to %2%3); "
                   "open it there, the file was left as it is")
                    .arg(format, formatPrefix)
                    .arg(AssessmentSession::FormatVersion));
        }
    }
    if (reader.hasErrors()) {
        result.errors = reader.errors();
        return result;
    }

    session.id = reader.text(root, "id", true);
    session.title = reader.text(root, "title");
    session.facilitator = reader.text(root, "facilitator");
    session.previousRound = reader.text(root, "previous-round");
    const QString date = reader.text(root, "date");
    if (!date.isEmpty()) {
        session.date = QDate::fromString(date, Qt::ISODate);
        if (!session.date.isValid())
            reader.error(root["date"], tr("'date' must be a date like 2026-03-31, not '%1'").arg(date));
    }
    const YAML::Node model = reader.mapping(root, "model", true);
    if (model.IsDefined()) {
        session.model.id = reader.text(model, "id", true);
        session.model.version = reader.text(model, "version", true);
        session.model.hash = reader.text(model, "hash");
    }
    const YAML::Node scope = reader.mapping(root, "scope");
    if (scope.IsDefined()) {
        session.scope.kind = reader.text(scope, "kind");
        session.scope.name = reader.text(scope, "name");
        if (!session.scope.kind.isEmpty() && session.scope.kind != u"organisation" && session.scope.kind != u"unit"
            && session.scope.kind != u"team")
            reader.error(
                scope["kind"], tr("scope 'kind' must be organisation, unit or team, not '%1'").arg(session.scope.kind));
    }

    QSet<QString> participantIds;
    const YAML::Node participants = reader.sequence(root, "participants");
    if (participants.IsDefined()) {
        for (const YAML::Node &node : participants) {
            if (!node.IsMap()) {
                reader.error(node, tr("every participant must be a mapping with 'id' and 'name'"));
                continue;
            }
            Participant participant;
            participant.id = reader.text(node, "id", true);
            participant.name = reader.text(node, "name");
            participant.role = reader.text(node, "role");
            if (participantIds.contains(participant.id))
                reader.error(node["id"], tr("participant id '%1' appears twice").arg(participant.id));
            participantIds.insert(participant.id);
            session.participants.append(participant);
        }
    }

    const YAML::Node capabilities = reader.sequence(root, "capabilities");
    if (capabilities.IsDefined()) {
        for (const YAML::Node &node : capabilities) {
            if (!node.IsMap()) {
                reader.error(node, tr("every capability must be a mapping with 'id'"));
                continue;
            }
            CapabilityRecord record;
            record.capabilityId = reader.text(node, "id", true);
            record.revealed = reader.boolean(node, "revealed");
            record.agreedLevel = reader.integer(node, "agreed");
            record.targetLevel = reader.integer(node, "target");
            record.dissent = reader.text(node, "dissent");
            const YAML::Node notes = reader.mapping(node, "notes");
            if (notes.IsDefined()) {
                record.privateNotes = reader.text(notes, "private");
                record.sharedNotes = reader.text(notes, "shared");
            }
            const YAML::Node votes = reader.sequence(node, "votes");
            if (votes.IsDefined()) {
                for (const YAML::Node &entry : votes) {
                    if (!entry.IsMap()) {
                        reader.error(entry, tr("every vote must be a mapping with 'participant'"));
                        continue;
                    }
                    Vote vote;
                    vote.participantId = reader.text(entry, "participant", true);
                    if (!vote.participantId.isEmpty() && !participantIds.contains(vote.participantId))
                        reader.error(entry["participant"],
                            tr("vote from '%1', who is not among the participants").arg(vote.participantId));
                    const QString answer = reader.text(entry, "answer");
                    if (answer == u"dont-know") {
                        vote.kind = Vote::Kind::DontKnow;
                    } else if (answer == u"not-applicable") {
                        vote.kind = Vote::Kind::NotApplicable;
                    } else if (!answer.isEmpty()) {
                        reader.error(
                            entry["answer"], tr("'answer' must be dont-know or not-applicable, not '%1'").arg(answer));
                    } else {
                        vote.level = reader.integer(entry, "level", true);
                    }
                    const QString confidence = reader.text(entry, "confidence");
                    if (!confidence.isEmpty()) {
                        vote.confidence = confidenceValue(confidence);
                        if (vote.confidence < 0) {
                            vote.confidence = 0;
                            reader.error(entry["confidence"],
                                tr("'confidence' must be low, medium or high, not '%1'").arg(confidence));
                        }
                    }
                    record.votes.append(vote);
                }
            }
            const YAML::Node evidence = reader.sequence(node, "evidence");
            if (evidence.IsDefined()) {
                for (const YAML::Node &entry : evidence) {
                    if (!entry.IsMap()) {
                        reader.error(entry, tr("every evidence entry must be a mapping with 'text'"));
                        continue;
                    }
                    Evidence item;
                    item.kind = reader.text(entry, "kind");
                    item.text = reader.text(entry, "text", true);
                    item.url = reader.text(entry, "url");
                    item.metric = reader.text(entry, "metric");
                    item.source = reader.text(entry, "source");
                    const QString at = reader.text(entry, "at");
                    if (!at.isEmpty()) {
                        item.at = QDateTime::fromString(at, Qt::ISODateWithMs);
                        if (!item.at.isValid())
                            reader.error(
                                entry["at"], tr("'at' must be a time like 2026-03-31T09:30:00Z, not '%1'").arg(at));
                        item.at = item.at.toUTC();
                    }
                    record.evidence.append(item);
                }
            }
            session.records.append(record);
        }
    }

    const YAML::Node actions = reader.sequence(root, "actions");
    if (actions.IsDefined()) {
        for (const YAML::Node &node : actions) {
            if (!node.IsMap()) {
                reader.error(node, tr("every action must be a mapping with 'title'"));
                continue;
            }
            AssessmentAction action;
            action.id = reader.text(node, "id");
            action.capabilityId = reader.text(node, "capability");
            action.title = reader.text(node, "title", true);
            action.owner = reader.text(node, "owner");
            action.indicator = reader.text(node, "indicator");
            const QString due = reader.text(node, "due");
            if (!due.isEmpty()) {
                action.due = QDate::fromString(due, Qt::ISODate);
                if (!action.due.isValid())
                    reader.error(node["due"], tr("'due' must be a date like 2026-03-31, not '%1'").arg(due));
            }
            const QString status = reader.text(node, "status");
            bool known = status.isEmpty();
            for (auto candidate : { AssessmentAction::Status::Open, AssessmentAction::Status::InProgress,
                     AssessmentAction::Status::Done, AssessmentAction::Status::Dropped }) {
                if (status == actionStatusId(candidate)) {
                    action.status = candidate;
                    known = true;
                }
            }
            if (!known)
                reader.error(
                    node["status"], tr("'status' must be open, in-progress, done or dropped, not '%1'").arg(status));
            session.actions.append(action);
        }
    }
    result.errors = reader.errors();
    return result;
}

SessionLoadResult AssessmentSessionFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SessionLoadResult result;
        result.errors.append({ path, 0, 0, tr("cannot read the file: %1").arg(file.errorString()) });
        return result;
    }
    return parse(file.readAll(), path);
}

QByteArray AssessmentSessionFile::serialize(const AssessmentSession &session)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::Comment("Tarmac maturity assessment session; statistics are derived from the votes");
    out << YAML::BeginMap;
    out << YAML::Key << "format" << YAML::Value
        << toStd(formatPrefix + QString::number(AssessmentSession::FormatVersion));
    out << YAML::Key << "id" << YAML::Value << toStd(session.id);
    emitText(out, "title", session.title);
    out << YAML::Key << "model" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << toStd(session.model.id);
    out << YAML::Key << "version" << YAML::Value << YAML::DoubleQuoted << toStd(session.model.version);
    emitText(out, "hash", session.model.hash);
    out << YAML::EndMap;
    out << YAML::Key << "scope" << YAML::Value << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "kind" << YAML::Value << toStd(session.scope.kind);
    out << YAML::Key << "name" << YAML::Value << toStd(session.scope.name);
    out << YAML::EndMap;
    if (session.date.isValid())
        out << YAML::Key << "date" << YAML::Value << toStd(session.date.toString(Qt::ISODate));
    emitText(out, "facilitator", session.facilitator);
    emitText(out, "previous-round", session.previousRound);

    out << YAML::Key << "participants" << YAML::Value << YAML::BeginSeq;
    for (const Participant &participant : session.participants) {
        out << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "id" << YAML::Value << toStd(participant.id);
        out << YAML::Key << "name" << YAML::Value << toStd(participant.name);
        emitText(out, "role", participant.role);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    out << YAML::Key << "capabilities" << YAML::Value << YAML::BeginSeq;
    for (const CapabilityRecord &record : session.records) {
        out << YAML::BeginMap;
        out << YAML::Key << "id" << YAML::Value << toStd(record.capabilityId);
        out << YAML::Key << "revealed" << YAML::Value << record.revealed;
        out << YAML::Key << "votes" << YAML::Value << YAML::BeginSeq;
        for (const Vote &vote : record.votes) {
            out << YAML::Flow << YAML::BeginMap;
            out << YAML::Key << "participant" << YAML::Value << toStd(vote.participantId);
            if (vote.kind == Vote::Kind::Level)
                out << YAML::Key << "level" << YAML::Value << vote.level;
            else
                out << YAML::Key << "answer" << YAML::Value << toStd(voteKindId(vote.kind));
            if (const char *confidence = confidenceName(vote.confidence))
                out << YAML::Key << "confidence" << YAML::Value << confidence;
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
        emitLevel(out, "agreed", record.agreedLevel);
        emitLevel(out, "target", record.targetLevel);
        emitText(out, "dissent", record.dissent);
        if (!record.privateNotes.isEmpty() || !record.sharedNotes.isEmpty()) {
            out << YAML::Key << "notes" << YAML::Value << YAML::BeginMap;
            emitText(out, "private", record.privateNotes);
            emitText(out, "shared", record.sharedNotes);
            out << YAML::EndMap;
        }
        if (!record.evidence.isEmpty()) {
            out << YAML::Key << "evidence" << YAML::Value << YAML::BeginSeq;
            for (const Evidence &evidence : record.evidence) {
                out << YAML::BeginMap;
                emitText(out, "kind", evidence.kind);
                out << YAML::Key << "text" << YAML::Value << toStd(evidence.text);
                emitText(out, "url", evidence.url);
                emitText(out, "metric", evidence.metric);
                emitText(out, "source", evidence.source);
                if (evidence.at.isValid())
                    out << YAML::Key << "at" << YAML::Value << toStd(evidence.at.toUTC().toString(Qt::ISODateWithMs));
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    out << YAML::Key << "actions" << YAML::Value << YAML::BeginSeq;
    for (const AssessmentAction &action : session.actions) {
        out << YAML::BeginMap;
        emitText(out, "id", action.id);
        emitText(out, "capability", action.capabilityId);
        out << YAML::Key << "title" << YAML::Value << toStd(action.title);
        emitText(out, "owner", action.owner);
        if (action.due.isValid())
            out << YAML::Key << "due" << YAML::Value << toStd(action.due.toString(Qt::ISODate));
        out << YAML::Key << "status" << YAML::Value << toStd(actionStatusId(action.status));
        emitText(out, "indicator", action.indicator);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    out << YAML::EndMap;
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes.append('\n');
    return bytes;
}

bool AssessmentSessionFile::save(const AssessmentSession &session, const QString &path, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(serialize(session));
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}
