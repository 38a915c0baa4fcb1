// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/votestatistics.h"

#include "assessment/assessmentsession.h"

#include <algorithm>
#include <cmath>

namespace Tarmac {

double VoteStatistics::quantile(const QList<int> &sortedLevels, double q)
{
    const double position = q * double(sortedLevels.size() - 1);
    const auto below = qsizetype(std::floor(position));
    const auto above = qsizetype(std::ceil(position));
    const double fraction = position - double(below);
    return sortedLevels.at(below) + fraction * (sortedLevels.at(above) - sortedLevels.at(below));
}

VoteSpread VoteStatistics::spread(const QList<int> &levels, int dontKnow, int notApplicable)
{
    VoteSpread result;
    result.levelVotes = int(levels.size());
    result.dontKnow = dontKnow;
    result.notApplicable = notApplicable;
    result.responses = result.levelVotes + dontKnow + notApplicable;
    for (int level : levels)
        ++result.histogram[level];
    if (!levels.isEmpty()) {
        QList<int> sorted = levels;
        std::sort(sorted.begin(), sorted.end());
        result.median = quantile(sorted, 0.5);
        result.lowerQuartile = quantile(sorted, 0.25);
        result.upperQuartile = quantile(sorted, 0.75);
    }
    return result;
}

namespace {
VoteSpread spreadOf(const QList<const Vote *> &votes)
{
    QList<int> levels;
    int dontKnow = 0;
    int notApplicable = 0;
    int confidenceSum = 0;
    int confidenceCount = 0;
    for (const Vote *vote : votes) {
        switch (vote->kind) {
        case Vote::Kind::Level:
            levels.append(vote->level);
            break;
        case Vote::Kind::DontKnow:
            ++dontKnow;
            break;
        case Vote::Kind::NotApplicable:
            ++notApplicable;
            break;
        }
        if (vote->confidence > 0) {
            confidenceSum += vote->confidence;
            ++confidenceCount;
        }
    }
    VoteSpread result = VoteStatistics::spread(levels, dontKnow, notApplicable);
    if (confidenceCount > 0)
        result.meanConfidence = double(confidenceSum) / confidenceCount;
    return result;
}
}

VoteSpread VoteStatistics::forRecord(const CapabilityRecord &record)
{
    QList<const Vote *> votes;
    for (const Vote &vote : record.votes)
        votes.append(&vote);
    return spreadOf(votes);
}

QMap<QString, VoteSpread> VoteStatistics::byRole(const CapabilityRecord &record, const AssessmentSession &session)
{
    QMap<QString, QList<const Vote *>> grouped;
    for (const Vote &vote : record.votes) {
        const Participant *participant = session.participant(vote.participantId);
        const QString role = participant && !participant->role.isEmpty() ? participant->role : QStringLiteral("other");
        grouped[role].append(&vote);
    }
    QMap<QString, VoteSpread> result;
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it)
        result.insert(it.key(), spreadOf(it.value()));
    return result;
}

}
