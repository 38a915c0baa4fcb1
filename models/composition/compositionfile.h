// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/sourceerror.h"
#include "composition/composition.h"

#include <QCoreApplication>

namespace Tarmac {

struct CompositionLoadResult {
    Composition composition;
    CompositionLayout layout;
    QList<SourceError> errors;
    // True when the file is from a newer Tarmac: the caller must not overwrite it.
    bool newerFormat = false;
    bool ok() const { return errors.isEmpty(); }
};

// Reads and writes *.tarmac.yaml: plain YAML with a stable order (services, resources and
// connections sorted, parameter keys sorted, the layout apart at the end) so that a change to the
// system shows as a small diff and moving a node touches only the layout. Pure functions; safe on
// any thread.
class CompositionFile {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::CompositionFile)
public:
    static constexpr const char *Suffix = ".tarmac.yaml";
    static constexpr const char *ApiVersion = "tarmac.dev/v1";
    static constexpr const char *Kind = "Composition";

    static CompositionLoadResult parse(const QByteArray &bytes, const QString &fileName);
    static CompositionLoadResult load(const QString &path);
    static QByteArray serialize(const Composition &composition, const CompositionLayout &layout = {});
    // Atomic (QSaveFile): either the whole new file is there or the old one is untouched.
    static bool save(
        const Composition &composition, const CompositionLayout &layout, const QString &path, QString *errorMessage);
    // The order serialize() writes: what a load of a saved file gives back.
    static Composition sorted(Composition composition);
    // Why id cannot name a service or resource (it becomes a folder and a Kubernetes name); empty if it can.
    static QString idProblem(const QString &id);
};

}
