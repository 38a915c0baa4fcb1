// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/maturitymodel.h"
#include "assessment/sourceerror.h"

#include <QCoreApplication>

namespace Tarmac {

struct MaturityModelLoadResult {
    MaturityModel model;
    QList<SourceError> errors;
    bool ok() const { return errors.isEmpty(); }
};

// Reads tarmac-maturity-model/1 YAML files. Pure functions of the bytes; safe on any thread.
class MaturityModelLoader {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::MaturityModelLoader)
public:
    static constexpr int SchemaVersion = 1;

    static MaturityModelLoadResult parse(const QByteArray &bytes, const QString &fileName);
    static MaturityModelLoadResult load(const QString &path);

    // The models Tarmac ships (Qt resource paths), in display order.
    static QStringList builtinModelPaths();
    // Where facilitators put their own model files.
    static QString userModelDirectory();
    // Built-in models followed by the user's own (*.yaml in userModelDirectory()).
    static QStringList availableModelPaths();
};

}
