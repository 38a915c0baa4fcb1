// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Tarmac {

// Keeps every path a template produces inside its output folder.
class PathGuard {
public:
    // A relative '/'-separated path, normalised ("a/./b/../c" -> "a/c"), or an empty string and
    // *error saying what is wrong: absolute, a drive or backslash, NUL, or escaping with "..".
    static QString normalise(const QString &path, QString *error);
    // The same for base + "/" + path, where base is itself a checked relative path.
    static QString join(const QString &base, const QString &path, QString *error);
};

}
