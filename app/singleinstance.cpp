// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace Tarmac {

namespace {
constexpr int connectTimeoutMs = 500;
constexpr int transferTimeoutMs = 2000;
constexpr qint64 maximumRequestBytes = 1 << 20;

QByteArray encode(const SingleInstance::Request &request)
{
    const QJsonObject object {
        { QStringLiteral("files"), QJsonArray::fromStringList(request.files) },
        { QStringLiteral("page"), request.page },
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<SingleInstance::Request> decode(const QByteArray &line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isObject())
        return std::nullopt;
    SingleInstance::Request request;
    for (const QJsonValue &file : document.object().value(QLatin1String("files")).toArray())
        request.files.append(file.toString());
    request.page = document.object().value(QLatin1String("page")).toString();
    return request;
}
}

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QByteArray hash = QCryptographicHash::hash(config.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("tarmac-") + QString::fromLatin1(hash);
}

bool SingleInstance::forward(const Request &request) const
{
    QLocalSocket socket;
    socket.connectToServer(socketName());
    if (!socket.waitForConnected(connectTimeoutMs))
        return false;
    socket.write(encode(request));
    if (!socket.waitForBytesWritten(transferTimeoutMs))
        return false;
    // The running workbench answers once it has taken the request.
    return socket.waitForReadyRead(transferTimeoutMs) && socket.readLine().trimmed() == "ok";
}

bool SingleInstance::isServing() const
{
    QLocalSocket socket;
    socket.connectToServer(socketName());
    return socket.waitForConnected(connectTimeoutMs);
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketName())) {
        // A socket file left by a workbench that crashed: nobody answers on it, so take it over.
        if (m_server->serverError() != QAbstractSocket::AddressInUseError || isServing())
            return false;
        QLocalServer::removeServer(socketName());
        if (!m_server->listen(socketName())) {
            qCWarning(lcWorkbench) << "cannot listen for other starts:" << m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->bytesAvailable() > maximumRequestBytes) {
                    socket->abort();
                    return;
                }
                if (!socket->canReadLine())
                    return;
                const std::optional<Request> request = decode(socket->readLine());
                socket->write(request ? "ok\n" : "error\n");
                socket->flush();
                if (request)
                    Q_EMIT requested(*request);
            });
        }
    });
    return true;
}

}
