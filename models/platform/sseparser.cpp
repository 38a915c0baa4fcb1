// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/sseparser.h"

using namespace Qt::StringLiterals;

namespace Tarmac {

QList<SseEvent> SseParser::feed(const QByteArray &bytes)
{
    QList<SseEvent> events;
    m_buffer.append(bytes);
    if (!m_started) {
        if (m_buffer.size() < 3 && QByteArray("\xEF\xBB\xBF").startsWith(m_buffer))
            return events;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_buffer.remove(0, 3);
        m_started = true;
    }
    qsizetype start = 0;
    if (m_skipLeadingLf && !m_buffer.isEmpty()) {
        if (m_buffer.at(0) == '\n')
            start = 1;
        m_skipLeadingLf = false;
    }
    for (qsizetype i = start; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c != '\n' && c != '\r')
            continue;
        processLine(m_buffer.mid(start, i - start), events);
        if (c == '\r') {
            if (i + 1 < m_buffer.size()) {
                if (m_buffer.at(i + 1) == '\n')
                    ++i;
            } else {
                m_skipLeadingLf = true;
            }
        }
        start = i + 1;
    }
    m_buffer.remove(0, start);
    return events;
}

void SseParser::resetPartial()
{
    m_buffer.clear();
    m_skipLeadingLf = false;
    m_type.clear();
    m_data.clear();
    m_hasData = false;
}

void SseParser::processLine(const QByteArray &line, QList<SseEvent> &events)
{
    if (line.isEmpty()) {
        // Dispatch. An event without data lines is dropped, but its id: still counted (above).
        if (m_hasData) {
            SseEvent event;
            event.id = m_lastEventId;
            if (!m_type.isEmpty())
                event.type = m_type;
            event.data = m_data;
            events.append(event);
        }
        m_type.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return; // a comment, such as a keep-alive
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_hasData)
            m_data += u'\n';
        m_data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "event") {
        m_type = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0 && !value.startsWith('+'))
            m_retryMs = ms;
    }
    // Any other field is ignored, as the format says.
}

}
