// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/textposition.h"

#include <algorithm>

namespace Tarmac {

namespace {
// UTF-16 code units of the first byteCount bytes of text's UTF-8 form.
qsizetype utf16Length(QStringView text, qsizetype byteCount)
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size() && bytes < byteCount) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size()) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
        ++i;
    }
    return i;
}
}

TextPosition::TextPosition(const QString &text)
    : m_text(text)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\n'))
            m_lineStarts.append(i + 1);
    }
}

std::pair<int, int> TextPosition::fromOffset(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype line = it - m_lineStarts.cbegin(); // 1-based
    return { int(line), int(offset - m_lineStarts.at(line - 1)) + 1 };
}

std::pair<int, int> TextPosition::fromUtf8Offset(qsizetype byteOffset) const
{
    return fromOffset(utf16Length(m_text, byteOffset));
}

std::pair<int, int> TextPosition::fromUtf8LineColumn(int line, int byteColumn) const
{
    line = std::clamp(line + 1, 1, lineCount());
    return { line, int(utf16Length(this->line(line), byteColumn)) + 1 };
}

QStringView TextPosition::line(int line) const
{
    if (line < 1 || line > lineCount())
        return {};
    const qsizetype start = m_lineStarts.at(line - 1);
    qsizetype end = line < lineCount() ? m_lineStarts.at(line) - 1 : m_text.size();
    if (end > start && m_text.at(end - 1) == QLatin1Char('\r'))
        --end;
    return QStringView(m_text).mid(start, end - start);
}

}
