// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace Tarmac {

struct AssessmentSession;
struct CapabilityRecord;

// The spread of one group's votes on one capability. Derived from the votes each time, never stored.
struct VoteSpread {
    int responses = 0; // every answer, "don't know" and "not applicable" included
    int levelVotes = 0; // answers with a level; median and quartiles are over these only
    int dontKnow = 0;
    int notApplicable = 0;
    double median = 0;
    double lowerQuartile = 0;
    double upperQuartile = 0;
    double meanConfidence = 0; // over the answers that gave one; 0 when none did
    QMap<int, int> histogram; // level -> votes

    bool hasLevels() const { return levelVotes > 0; }
    double interquartileRange() const { return upperQuartile - lowerQuartile; }
};

// Statistics of a capability's votes, overall and per participant role.
class VoteStatistics {
public:
    static VoteSpread spread(const QList<int> &levels, int dontKnow = 0, int notApplicable = 0);
    static VoteSpread forRecord(const CapabilityRecord &record);
    // role -> spread, for the roles that voted; votes of unknown participants count as "other".
    static QMap<QString, VoteSpread> byRole(const CapabilityRecord &record, const AssessmentSession &session);
    // Quantile q (0..1) by linear interpolation between order statistics (the "inclusive" method
    // spreadsheets use). levels must be sorted and non-empty.
    static double quantile(const QList<int> &sortedLevels, double q);
};

}
