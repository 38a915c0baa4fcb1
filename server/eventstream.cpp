// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstream.h"

#include "apierror.h"
#include "database.h"
#include "deploymentevents.h"
#include "sql.h"

#include <QJsonDocument>

namespace Tarmac::Server {

EventStream::EventStream(Database &database, DeploymentEvents &events, QString deploymentId, qint64 afterSeq,
    QHttpServerResponder &&responder)
    : QObject(&events)
    , m_database(database)
    , m_events(events)
    , m_deploymentId(std::move(deploymentId))
    , m_lastSeq(afterSeq)
    , m_responder(std::move(responder))
{
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "text/event-stream");
    headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-cache");
    m_responder.writeBeginChunked(headers);
    // Tells EventSource clients how soon to reconnect after a dropped connection.
    m_responder.writeChunk(QByteArrayLiteral("retry: 2000\n\n"));
    connect(&m_events, &DeploymentEvents::appended, this, [this](const QString &id) {
        if (id == m_deploymentId)
            flush();
    });
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &EventStream::flush);
    m_poll.start();
    // A comment now and then keeps proxies from closing an idle stream.
    m_heartbeat.setInterval(15000);
    connect(&m_heartbeat, &QTimer::timeout, this,
        [this] { m_responder.writeChunk(QByteArrayLiteral(": keep-alive\n\n")); });
    m_heartbeat.start();
    flush();
}

EventStream::~EventStream() = default;

void EventStream::flush()
{
    if (m_finished)
        return;
    try {
        const QList<DeploymentEvents::Event> events = m_events.since(m_deploymentId, m_lastSeq);
        bool ended = false;
        for (const DeploymentEvents::Event &event : events) {
            const QByteArray data = QJsonDocument(event.data).toJson(QJsonDocument::Compact);
            m_responder.writeChunk(QByteArrayLiteral("id: ") + QByteArray::number(event.seq)
                + QByteArrayLiteral("\nevent: ") + event.kind.toLatin1() + QByteArrayLiteral("\ndata: ") + data
                + QByteArrayLiteral("\n\n"));
            m_lastSeq = event.seq;
            if (event.kind == QLatin1String("status")
                && DeploymentEvents::isTerminal(event.data.value(QLatin1String("status")).toString()))
                ended = true;
        }
        if (!ended && events.isEmpty()) {
            // Resumed after the end: nothing more will come.
            // The last event says so (the deployment row alone could be a moment ahead of its event).
            QSqlQuery q = sqlExec(m_database,
                QStringLiteral(
                    "SELECT kind, data FROM deployment_events WHERE deployment_id = ? ORDER BY seq DESC LIMIT 1"),
                { m_deploymentId });
            ended = q.next() && q.value(0).toString() == QLatin1String("status")
                && DeploymentEvents::isTerminal(QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                        .object()
                        .value(QLatin1String("status"))
                        .toString());
        }
        if (ended)
            finish();
    } catch (const ApiError &) {
        finish();
    }
}

void EventStream::finish()
{
    m_finished = true;
    m_poll.stop();
    m_heartbeat.stop();
    m_responder.writeEndChunked(QByteArrayLiteral(": end of stream\n\n"));
    deleteLater();
}

}
