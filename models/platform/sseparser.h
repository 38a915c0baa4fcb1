// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Tarmac {

// One Server-Sent Event as the text/event-stream format defines it (WHATWG HTML, "Server-sent events").
struct SseEvent {
    QString id; // the last event id in force when it was dispatched
    QString type = QStringLiteral("message");
    QString data;
};

// Parses text/event-stream incrementally: feed it bytes as they arrive, however they are cut
// (mid-line, mid-UTF-8 sequence, CR LF split across reads), and take the complete events.
class SseParser {
public:
    // Returns the events completed by these bytes.
    QList<SseEvent> feed(const QByteArray &bytes);
    // The id of the last event seen (also set by an id: field of an event without data).
    QString lastEventId() const { return m_lastEventId; }
    // The reconnection time the stream asked for with retry:, if it did.
    std::optional<int> retryMs() const { return m_retryMs; }
    // Forgets a half-read event (after a cut connection); keeps the last id and retry.
    void resetPartial();

private:
    void processLine(const QByteArray &line, QList<SseEvent> &events);

    QByteArray m_buffer;
    bool m_skipLeadingLf = false; // the last read ended with CR: a LF right after belongs to it
    bool m_started = false; // past the optional byte-order mark
    QString m_lastEventId;
    QString m_type;
    QString m_data;
    bool m_hasData = false;
    std::optional<int> m_retryMs;
};

}
