// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/unifieddiff.h"

#include <QRegularExpression>

namespace Tarmac {

UnifiedDiff UnifiedDiff::parse(const QString &text)
{
    static const QRegularExpression hunk(QStringLiteral(R"(^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@)"));
    UnifiedDiff diff;
    int oldLine = 0;
    int newLine = 0;
    // Lines of the hunk still to come: a hunk ends by its counts, so that a removed "-- x" is not
    // taken for the next file's "--- " header.
    int oldLeft = 0;
    int newLeft = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (i == lines.size() - 1 && line.isEmpty())
            break; // the text's final line break
        const bool inHunk = oldLeft > 0 || newLeft > 0;
        const QRegularExpressionMatch m = inHunk ? QRegularExpressionMatch() : hunk.match(line);
        if (m.hasMatch()) {
            oldLine = m.captured(1).toInt();
            oldLeft = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
            newLine = m.captured(3).toInt();
            newLeft = m.captured(4).isEmpty() ? 1 : m.captured(4).toInt();
            diff.m_lines.append({ Line::Kind::HunkHeader, line, 0, 0 });
        } else if (line.startsWith(QLatin1Char('\\'))) {
            diff.m_lines.append({ Line::Kind::Note, line, 0, 0 }); // "\ No newline at end of file"
        } else if (!inHunk) {
            diff.m_lines.append({ Line::Kind::FileHeader, line, 0, 0 });
        } else if (line.startsWith(QLatin1Char('+')) && newLeft > 0) {
            diff.m_lines.append({ Line::Kind::Added, line.mid(1), 0, newLine++ });
            --newLeft;
        } else if (line.startsWith(QLatin1Char('-')) && oldLeft > 0) {
            diff.m_lines.append({ Line::Kind::Removed, line.mid(1), oldLine++, 0 });
            --oldLeft;
        } else {
            diff.m_lines.append({ Line::Kind::Context, line.mid(1), oldLine++, newLine++ });
            oldLeft = std::max(0, oldLeft - 1);
            newLeft = std::max(0, newLeft - 1);
        }
    }
    return diff;
}

QList<UnifiedDiff::Row> UnifiedDiff::sideBySide() const
{
    QList<Row> rows;
    QList<int> removed;
    QList<int> added;
    const auto flush = [&] {
        for (qsizetype i = 0; i < std::max(removed.size(), added.size()); ++i)
            rows.append({ int(i < removed.size() ? removed.at(i) : -1), int(i < added.size() ? added.at(i) : -1) });
        removed.clear();
        added.clear();
    };
    for (int i = 0; i < m_lines.size(); ++i) {
        switch (m_lines.at(i).kind) {
        case Line::Kind::Removed:
            if (!added.isEmpty())
                flush(); // a removal after additions starts a new change
            removed.append(i);
            break;
        case Line::Kind::Added:
            added.append(i);
            break;
        case Line::Kind::Note:
            break;
        default:
            flush();
            rows.append({ i, i });
        }
    }
    flush();
    return rows;
}

int UnifiedDiff::added() const
{
    return int(
        std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line &l) { return l.kind == Line::Kind::Added; }));
}

int UnifiedDiff::removed() const
{
    return int(
        std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line &l) { return l.kind == Line::Kind::Removed; }));
}

}
