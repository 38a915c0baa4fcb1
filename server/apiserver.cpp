// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "database.h"
#include "httperror.h"
#include "tarmacversion.h"
#include "tokenauthenticator.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QTcpServer>

namespace Tarmac::Server {

namespace {
using StatusCode = QHttpServerResponse::StatusCode;

QByteArray bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme)
        return {};
    return header.mid(scheme.size()).trimmed();
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("?");
    }
}
}

ApiServer::ApiServer(Database &database, TokenAuthenticator &authenticator, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_authenticator(authenticator)
    , m_http(std::make_unique<QHttpServer>())
{
    setUpRoutes();
}

ApiServer::~ApiServer() = default;

void ApiServer::setUpRoutes()
{
    m_http->route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, this, [this] { return health(); });
    m_http->route(
        QStringLiteral("/api/v1/openapi.yaml"), QHttpServerRequest::Method::Get, this, [this] { return contract(); });
    m_http->setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        responder.sendResponse(missing(request));
    });
}

QHttpServerResponse ApiServer::health() const
{
    const bool databaseOk = m_database.isHealthy();
    const QJsonObject database {
        { QStringLiteral("kind"), m_database.kind() },
        { QStringLiteral("status"), databaseOk ? QStringLiteral("ok") : QStringLiteral("unavailable") },
        { QStringLiteral("schemaVersion"), m_database.schemaVersion() },
    };
    const QJsonObject body {
        { QStringLiteral("status"), databaseOk ? QStringLiteral("ok") : QStringLiteral("degraded") },
        { QStringLiteral("version"), QStringLiteral(TARMAC_VERSION_STRING) },
        { QStringLiteral("database"), database },
    };
    return QHttpServerResponse(body, databaseOk ? StatusCode::Ok : StatusCode::ServiceUnavailable);
}

QHttpServerResponse ApiServer::contract() const
{
    QFile file(QStringLiteral(":/api/openapi.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        return errorResponse(StatusCode::InternalServerError, QStringLiteral("internal"),
            QStringLiteral("the API contract is missing from this build of tarmacd"));
    return QHttpServerResponse(QByteArrayLiteral("application/yaml"), file.readAll());
}

// Every request no route took: unauthenticated ones get 401 before anything about the API's shape
// is revealed; authenticated ones learn that the route does not exist.
QHttpServerResponse ApiServer::missing(const QHttpServerRequest &request) const
{
    const QByteArray token = bearerToken(request);
    if (token.isEmpty() || !m_authenticator.authenticate(token)) {
        QHttpServerResponse response = token.isEmpty()
            ? errorResponse(StatusCode::Unauthorized, QStringLiteral("unauthenticated"),
                  QStringLiteral("this call needs a bearer token: Authorization: Bearer TOKEN"))
            : errorResponse(StatusCode::Unauthorized, QStringLiteral("invalid_token"),
                  QStringLiteral("the bearer token is unknown, revoked or expired"));
        QHttpHeaders headers = response.headers();
        headers.append(QHttpHeaders::WellKnownHeader::WWWAuthenticate, "Bearer realm=\"tarmac\"");
        response.setHeaders(std::move(headers));
        return response;
    }
    const QString path = request.url().path();
    return errorResponse(StatusCode::NotFound, QStringLiteral("not_found"),
        QStringLiteral("no route %1 %2").arg(methodName(request.method()), path), { { QStringLiteral("path"), path } });
}

bool ApiServer::listen(const ListenAddress &address, QString *error)
{
    if (!address.host.isLoopback()) {
        *error = QStringLiteral("refusing to listen on %1 without TLS: plain HTTP is allowed on loopback addresses "
                                "only (127.0.0.1, ::1)")
                     .arg(address.host.toString());
        return false;
    }
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(address.host, address.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.host.toString())
                     .arg(address.port)
                     .arg(tcp->errorString());
        return false;
    }
    if (!m_http->bind(tcp.get())) {
        *error = QStringLiteral("cannot serve HTTP on %1:%2").arg(address.host.toString()).arg(address.port);
        return false;
    }
    m_tcp = tcp.release(); // bind() made the HTTP server its parent
    return true;
}

ListenAddress ApiServer::boundAddress() const
{
    if (!m_tcp)
        return {};
    return { m_tcp->serverAddress(), m_tcp->serverPort() };
}

}
