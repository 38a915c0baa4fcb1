// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessmentsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Tarmac {

// A workshop session as a platform stores it (api/openapi.yaml, Assessment): what was read from
// the session file when it was stored, and the file's text when the call returns it.
struct StoredAssessment {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::StoredAssessment)
public:
    struct CapabilityResult {
        QString capabilityId;
        int agreedLevel = 0; // 0: not agreed
        int targetLevel = 0; // 0: no target
        friend bool operator==(const CapabilityResult &, const CapabilityResult &) = default;
    };

    QString id;
    QString sessionId;
    QString title;
    ModelPin model;
    AssessmentScope scope;
    QDate date;
    QString facilitator;
    int participants = 0;
    QList<CapabilityResult> capabilities;
    QString previousId; // the previous round of the same scope and model, if stored
    QString publishedBy;
    QDateTime publishedAt;
    QDateTime updatedAt;
    QByteArray sessionText; // empty in lists

    // "team payments", "organisation", for people.
    QString scopeText() const;

    // Null, with what is wrong in error, when json is not an Assessment of the contract.
    static std::optional<StoredAssessment> fromJson(const QJsonObject &json, QString *error);
};

}
Q_DECLARE_METATYPE(Tarmac::StoredAssessment)
