// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessmentsession.h"
#include "assessment/sourceerror.h"

#include <QCoreApplication>

namespace Tarmac {

struct SessionLoadResult {
    AssessmentSession session;
    QList<SourceError> errors;
    // True when the file is from a newer Tarmac: the caller must not overwrite it.
    bool newerFormat = false;
    bool ok() const { return errors.isEmpty(); }
};

// Reads and writes *.tarmac-assessment.yaml (format tarmac-assessment/1): plain YAML, one vote per
// line, so that two rounds diff well. Pure functions; safe on any thread.
class AssessmentSessionFile {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::AssessmentSessionFile)
public:
    static constexpr const char *Suffix = ".tarmac-assessment.yaml";

    static SessionLoadResult parse(const QByteArray &bytes, const QString &fileName);
    static SessionLoadResult load(const QString &path);
    static QByteArray serialize(const AssessmentSession &session);
    // Atomic (QSaveFile): either the whole new file is there or the old one is untouched.
    static bool save(const AssessmentSession &session, const QString &path, QString *errorMessage);
};

}
