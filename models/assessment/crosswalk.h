// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/sourceerror.h"

#include <QCoreApplication>
#include <QMap>

#include <optional>

namespace Tarmac {

struct AssessmentSession;
struct MaturityModel;

// One row: a level of a capability in the "from" model reads as these levels in the "to" model.
struct CrosswalkMapping {
    QString fromCapability;
    int fromLevel = 0;
    QMap<QString, int> to; // to-model capability id -> level
};

struct CrosswalkLoadResult;

// How results in one model read in another (tarmac-maturity-crosswalk/1 files). One table serves both
// directions, so the two readings cannot drift apart.
class Crosswalk {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::Crosswalk)
public:
    QString id;
    QString fromModel;
    QString toModel;
    QList<CrosswalkMapping> mappings;

    static CrosswalkLoadResult parse(const QByteArray &bytes, const QString &fileName);
    static CrosswalkLoadResult load(const QString &path);
    static QStringList builtinCrosswalkPaths();

    // From-model levels (capability -> level) to to-model levels: each to-capability gets the lower
    // median of what the mapped rows say. Capabilities without a level (0) are left out.
    QMap<QString, int> forward(const QMap<QString, int> &fromLevels) const;
    // To-model levels to from-model levels: for each from-capability, the level whose row is closest
    // (smallest total distance over the given to-capabilities; ties go to the lower level).
    QMap<QString, int> backward(const QMap<QString, int> &toLevels) const;

    // The session's agreed levels and targets read in the crosswalk's other model, in either
    // direction, so that one round can be reported in both. Votes are not carried over (they were
    // cast on the other model's descriptions); actions keep their text but lose their capability.
    // Empty when this crosswalk does not join the session's model and target.
    std::optional<AssessmentSession> translate(const AssessmentSession &session, const MaturityModel &target) const;

    // Rows that name capabilities or levels the two models do not have.
    QList<SourceError> validate(const MaturityModel &from, const MaturityModel &to) const;
};

struct CrosswalkLoadResult {
    Crosswalk crosswalk;
    QList<SourceError> errors;
    bool ok() const { return errors.isEmpty(); }
};

}
