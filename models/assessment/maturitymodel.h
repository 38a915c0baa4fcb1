// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tarmac {

// One rung of a model's scale, shared by every capability.
struct MaturityLevel {
    int value = 0;
    QString id;
    QString name;
    QString tagline;
};

// What a capability looks like at one level.
struct CapabilityLevelDescription {
    int level = 0;
    QString summary;
    QStringList characteristics;
    QStringList consequences;
    QStringList indicators;
};

// A dimension that is assessed on the model's scale (a CNCF aspect, a checklist item...).
struct Capability {
    QString id;
    QString name;
    QString keyQuestion;
    QString description;
    QStringList indicators;
    // The platform's measured figures that bear on this capability, shown beside the votes
    // (platformEvidenceIds(): deployment-frequency, golden-path-share...).
    QStringList platformEvidence;
    QList<CapabilityLevelDescription> levels;

    // Null when the model says nothing about this capability at that level.
    const CapabilityLevelDescription *descriptionFor(int level) const;
};

// A maturity model as loaded from resources/maturity-models/*.yaml or a facilitator's own file.
struct MaturityModel {
    enum class Kind { Levels, Checklist };

    QString id;
    QString version;
    QString name;
    QString source;
    QString description;
    Kind kind = Kind::Levels;
    QList<MaturityLevel> levels; // ascending by value
    QList<Capability> capabilities;
    // "sha256:<hex>" of the file's bytes; sessions pin it so a changed model is noticed.
    QString contentHash;
    QString fileName;

    bool isValid() const { return !id.isEmpty() && !levels.isEmpty(); }
    int minLevel() const { return levels.isEmpty() ? 0 : levels.constFirst().value; }
    int maxLevel() const { return levels.isEmpty() ? 0 : levels.constLast().value; }
    const MaturityLevel *level(int value) const;
    QString levelName(int value) const;
    int capabilityIndex(const QString &capabilityId) const;
    const Capability *capability(const QString &capabilityId) const;
};

}
