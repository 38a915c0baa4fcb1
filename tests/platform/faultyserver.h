// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace TestUtils {

// A real HTTP/1.1 server on loopback that misbehaves on request, for testing how the platform
// client copes: delays, dropped connections, error statuses, malformed JSON, event streams cut
// mid-event, and (with a certificate) TLS that a default client must not trust.
class FaultyServer : public QObject {
    Q_OBJECT
public:
    struct Response {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        int delayMs = 0; // before the answer starts
        bool drop = false; // close the connection without answering
        bool hang = false; // never answer (until the client gives up)
        // An event stream: chunks written one by one, chunkDelayMs apart; with cut the connection
        // closes after the last chunk without ending the chunked body.
        QList<QByteArray> chunks;
        int chunkDelayMs = 0;
        bool cut = false;
    };
    struct Request {
        QByteArray method;
        QByteArray path; // with the query
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit FaultyServer(QObject *parent = nullptr);
    ~FaultyServer() override;

    // Listens on 127.0.0.1 on a free port; with TLS when certificate files are given.
    bool listen(const QString &certificatePath = {}, const QString &keyPath = {});
    QUrl url() const;

    // Answers for a path (without query): one per request in order, the last one repeated.
    void setResponses(const QByteArray &path, const QList<Response> &responses);
    // How often a path was asked for, and every request seen.
    int hits(const QByteArray &path) const;
    QList<Request> requests() const { return m_requests; }

    static Response json(int status, const QByteArray &body)
    {
        Response response;
        response.status = status;
        response.body = body;
        return response;
    }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);
    void writeChunks(QTcpSocket *socket, const Response &response, int index);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    QHash<QByteArray, QList<Response>> m_responses;
    QHash<QByteArray, int> m_hits;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

}
