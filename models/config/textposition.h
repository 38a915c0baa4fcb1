// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Tarmac {

// Line and column lookups in a text, for diagnostics: parsers report UTF-8 byte offsets or byte
// columns; editors count UTF-16 code units. Both line and column are 1-based.
class TextPosition {
public:
    explicit TextPosition(const QString &text);

    // The position of a UTF-16 offset.
    std::pair<int, int> fromOffset(qsizetype offset) const;
    // The position of a UTF-8 byte offset into text.toUtf8().
    std::pair<int, int> fromUtf8Offset(qsizetype byteOffset) const;
    // A 0-based line and a 0-based UTF-8 byte column (as yaml-cpp reports them), made 1-based UTF-16.
    std::pair<int, int> fromUtf8LineColumn(int line, int byteColumn) const;
    int lineCount() const { return int(m_lineStarts.size()); }
    QStringView line(int line) const; // 1-based, without its line break

private:
    QString m_text;
    QList<qsizetype> m_lineStarts; // UTF-16 offsets
};

}
