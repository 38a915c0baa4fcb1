// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Tarmac {

// A problem in a data file, with where it is: file, 1-based line and column (0 when unknown).
struct SourceError {
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "file:line:column: message", the form editors and compilers use.
    QString toString() const;
    friend bool operator==(const SourceError &, const SourceError &) = default;
};

// Every error on its own line.
QString joinErrors(const QList<SourceError> &errors);

}
