// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultyserver.h"

#include <QFile>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace TestUtils {

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
}

FaultyServer::FaultyServer(QObject *parent)
    : QObject(parent)
{
}

FaultyServer::~FaultyServer() = default;

bool FaultyServer::listen(const QString &certificatePath, const QString &keyPath)
{
    if (!certificatePath.isEmpty()) {
        QFile certificateFile(certificatePath);
        QFile keyFile(keyPath);
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll(), QSsl::Pem));
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto *server = new QSslServer(this);
        server->setSslConfiguration(configuration);
        // A client that refuses the certificate ends the handshake; nothing to answer then.
        connect(server, &QSslServer::errorOccurred, this, [](QSslSocket *, QAbstractSocket::SocketError) { });
        m_server = server;
        m_tls = true;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FaultyServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FaultyServer::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_tls ? QStringLiteral("localhost") : QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void FaultyServer::setResponses(const QByteArray &path, const QList<Response> &responses)
{
    m_responses.insert(path, responses);
}

int FaultyServer::hits(const QByteArray &path) const
{
    return m_hits.value(path);
}

void FaultyServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FaultyServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        answer(socket, request);
    }
}

void FaultyServer::answer(QTcpSocket *socket, const Request &request)
{
    m_requests.append(request);
    const QByteArray path
        = request.path.left(request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
    const int hit = m_hits[path]++;
    const QList<Response> responses = m_responses.value(path);
    Response response = responses.isEmpty()
        ? json(404, R"({"error":{"code":"not_found","message":"no such route","details":{}}})")
        : responses.value(std::min<qsizetype>(hit, responses.size() - 1));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(response.delayMs, this, [this, guard, response] {
        if (!guard)
            return;
        QTcpSocket *s = guard;
        if (response.hang)
            return;
        if (response.drop) {
            s->abort();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status)
            + "\r\nContent-Type: " + response.contentType + "\r\n";
        if (!response.chunks.isEmpty()) {
            s->write(head + "Transfer-Encoding: chunked\r\nCache-Control: no-cache\r\n\r\n");
            writeChunks(s, response, 0);
            return;
        }
        s->write(head + "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body);
    });
}

void FaultyServer::writeChunks(QTcpSocket *socket, const Response &response, int index)
{
    if (index >= response.chunks.size()) {
        if (response.cut) {
            socket->flush();
            socket->disconnectFromHost(); // no terminating chunk: the body ends mid-stream
        } else {
            socket->write("0\r\n\r\n");
        }
        return;
    }
    const QByteArray chunk = response.chunks.at(index);
    socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(response.chunkDelayMs, this, [this, guard, response, index] {
        if (guard)
            writeChunks(guard, response, index + 1);
    });
}

}
