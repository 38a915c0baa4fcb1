// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Tarmac {

// A unified diff (as `git diff` or `diff -u` print it) read into lines, with the old and new line
// numbers each line has, and into side-by-side rows for a two-column view.
class UnifiedDiff {
public:
    struct Line {
        enum class Kind { FileHeader, HunkHeader, Context, Removed, Added, Note };
        Kind kind = Kind::Context;
        QString text; // without the leading ' ', '+' or '-'
        int oldLine = 0; // 1-based; 0 when the line is not in the old file
        int newLine = 0; // 1-based; 0 when the line is not in the new file
    };
    // One row of a side-by-side view: a removed line beside the added line that replaced it; either
    // side may be missing (-1).
    struct Row {
        int left = -1; // index into lines()
        int right = -1;
    };

    static UnifiedDiff parse(const QString &text);

    const QList<Line> &lines() const { return m_lines; }
    QList<Row> sideBySide() const;
    int added() const;
    int removed() const;

private:
    QList<Line> m_lines;
};

}
