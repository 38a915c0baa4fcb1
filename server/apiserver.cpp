// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "apierror.h"
#include "apirequest.h"
#include "assessmentsresource.h"
#include "changesresource.h"
#include "core/logging.h"
#include "database.h"
#include "deploymentevents.h"
#include "deploymentrunner.h"
#include "deploymentsresource.h"
#include "httperror.h"
#include "incidentsresource.h"
#include "metricsresource.h"
#include "servercontext.h"
#include "servicesresource.h"
#include "sql.h"
#include "sqlbatch.h"
#include "tarmacversion.h"
#include "teamsresource.h"
#include "templatesresource.h"
#include "tokenauthenticator.h"
#include "walcheckpointer.h"
#include "webhooksresource.h"
#include "writebatch.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Tarmac::Server {

namespace {
// Answers leave as soon as they are written. Without TCP_NODELAY an answer that goes out in more than
// one write on a reused connection waits for the client's delayed ACK: about 40 ms per request on
// the DORA route (22 requests/s on one connection instead of thousands).
class LowDelayTcpServer : public QTcpServer {
protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

using StatusCode = QHttpServerResponse::StatusCode;

QByteArray bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme)
        return {};
    return header.mid(scheme.size()).trimmed();
}

QHttpServerResponse responseFor(const ApiError &error)
{
    return errorResponse(error.status(), error.code(), error.message(), error.details());
}

QHttpServerResponse withHeader(
    QHttpServerResponse response, QHttpHeaders::WellKnownHeader name, const QByteArray &value)
{
    QHttpHeaders headers = response.headers();
    headers.append(name, value);
    response.setHeaders(std::move(headers));
    return response;
}

QHttpServerResponse withHeader(QHttpServerResponse response, const QByteArray &name, const QByteArray &value)
{
    QHttpHeaders headers = response.headers();
    headers.append(name, value);
    response.setHeaders(std::move(headers));
    return response;
}

// How long a creating write's answer is kept for retries with the same Idempotency-Key. A day covers
// any client's retries with backoff; keeping keys for ever would grow the table without bound.
constexpr qint64 idempotencyKeyLifetimeMs = 24LL * 60 * 60 * 1000;

// The stored answer to an earlier request with the same Idempotency-Key.
QHttpServerResponse replay(int status, const QString &body)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), body.toUtf8(), StatusCode(status));
    return withHeader(std::move(response), QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
}
}

ApiServer::ApiServer(
    Database &database, TokenAuthenticator &authenticator, const ServerSettings &settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_authenticator(authenticator)
    , m_events(std::make_unique<DeploymentEvents>(database))
    , m_checkpointer(std::make_unique<WalCheckpointer>(database))
    , m_http(std::make_unique<QHttpServer>())
{
    m_context.reset(new ServerContext { database, *m_events, settings });
    m_runner = std::make_unique<DeploymentRunner>(*m_context);
    m_batch = std::make_unique<WriteBatch>(database);
    // What a batch wrote is durable now: metric caches drop, the runner looks for queued deployments.
    connect(m_batch.get(), &WriteBatch::committed, this, [this] {
        ++m_context->writeGeneration;
        m_runner->wake();
    });
    // A deployment that finishes changes the metrics as much as a request does.
    connect(m_events.get(), &DeploymentEvents::appended, this, [this] { ++m_context->writeGeneration; });
    try {
        TeamsResource::syncEnvironments(*m_context);
    } catch (const ApiError &error) {
        qCWarning(lcServer) << "cannot record the configured environments:" << error.message();
    }
    setUpRoutes();
    m_idempotencySweep.setInterval(60 * 60 * 1000);
    connect(&m_idempotencySweep, &QTimer::timeout, this, &ApiServer::forgetExpiredIdempotencyKeys);
}

ApiServer::~ApiServer()
{
    // Held answers go out before their connections close.
    m_batch.reset();
    // Streams and deployers talk to the events hub and the database: stop them first.
    m_runner.reset();
    m_http.reset();
}

void ApiServer::setUpRoutes()
{
    m_http->route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, this, [this] { return health(); });
    m_http->route(
        QStringLiteral("/api/v1/openapi.yaml"), QHttpServerRequest::Method::Get, this, [this] { return contract(); });
    m_http->setMissingHandler(this,
        [this](const QHttpServerRequest &request, QHttpServerResponder &responder) { dispatch(request, responder); });
    m_teams = std::make_unique<TeamsResource>(*m_context);
    m_teams->addRoutes(m_router);
    m_services = std::make_unique<ServicesResource>(*m_context);
    m_services->addRoutes(m_router);
    m_deployments = std::make_unique<DeploymentsResource>(*m_context);
    m_deployments->addRoutes(m_router);
    m_changes = std::make_unique<ChangesResource>(*m_context);
    m_changes->addRoutes(m_router);
    m_incidents = std::make_unique<IncidentsResource>(*m_context);
    m_incidents->addRoutes(m_router);
    m_metrics = std::make_unique<MetricsResource>(*m_context);
    m_metrics->addRoutes(m_router);
    m_webhooks = std::make_unique<WebhooksResource>(*m_context);
    m_webhooks->addRoutes(m_router);
    m_assessments = std::make_unique<AssessmentsResource>(*m_context);
    m_assessments->addRoutes(m_router);
    m_templates = std::make_unique<TemplatesResource>(*m_context);
    m_templates->addRoutes(m_router);
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

// Every request but health and the contract. Unauthenticated ones get 401 before anything about
// the API's shape is revealed.
void ApiServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const Router::Match match = m_router.match(request.method(), request.url().path());
    if (match.route && !match.route->stream && match.route->method != QHttpServerRequest::Method::Get) {
        dispatchWrite(request, match, responder);
        return;
    }
    std::optional<Principal> principal;
    if (std::optional<QHttpServerResponse> refused = admit(request, match, &principal)) {
        responder.sendResponse(std::move(*refused));
        return;
    }
    // Reads see committed data only: their first statement commits an open write batch.
    ApiRequest api(request, *principal, m_database, match.parameters);
    try {
        if (match.route->stream)
            match.route->stream(api, responder);
        else
            responder.sendResponse(match.route->handler(api));
    } catch (const ApiError &error) {
        responder.sendResponse(responseFor(error));
    }
}

// A write joins the open batch before anything reads the database (the token check included, so
// that it does not commit the batch early).
void ApiServer::dispatchWrite(
    const QHttpServerRequest &request, const Router::Match &match, QHttpServerResponder &responder)
{
    QString why;
    if (!m_batch->join(&why)) {
        responder.sendResponse(errorResponse(StatusCode::ServiceUnavailable, QStringLiteral("database_unavailable"),
            QStringLiteral("cannot start a transaction: ") + why));
        return;
    }
    try {
        std::optional<Principal> principal;
        if (std::optional<QHttpServerResponse> refused = admit(request, match, &principal)) {
            m_batch->undo();
            responder.sendResponse(std::move(*refused));
            return;
        }
        ApiRequest api(request, *principal, m_database, match.parameters);
        QHttpServerResponse response = write(*match.route, api);
        m_batch->hold(std::move(responder), std::move(response));
    } catch (const ApiError &error) {
        m_batch->undo();
        responder.sendResponse(responseFor(error));
    }
}

std::optional<QHttpServerResponse> ApiServer::admit(
    const QHttpServerRequest &request, const Router::Match &match, std::optional<Principal> *principal) const
{
    const QString path = request.url().path();
    const QByteArray token = bearerToken(request);
    *principal = match.route && match.route->isPublic
        ? Principal { QStringLiteral("webhook"), {}, QStringLiteral("webhook") }
        : m_authenticator.authenticate(token);
    if (!*principal) {
        QHttpServerResponse response = token.isEmpty()
            ? errorResponse(StatusCode::Unauthorized, QStringLiteral("unauthenticated"),
                  QStringLiteral("this call needs a bearer token: Authorization: Bearer TOKEN"))
            : errorResponse(StatusCode::Unauthorized, QStringLiteral("invalid_token"),
                  QStringLiteral("the bearer token is unknown, revoked or expired"));
        return withHeader(
            std::move(response), QHttpHeaders::WellKnownHeader::WWWAuthenticate, "Bearer realm=\"tarmac\"");
    }
    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            return withHeader(
                errorResponse(StatusCode::MethodNotAllowed, QStringLiteral("method_not_allowed"),
                    QStringLiteral("%1 does not take %2; it takes %3")
                        .arg(path, methodName(request.method()), match.allowedMethods.join(QStringLiteral(", "))),
                    { { QStringLiteral("allowed"), QJsonArray::fromStringList(match.allowedMethods) } }),
                QHttpHeaders::WellKnownHeader::Allow, match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
        }
        return errorResponse(StatusCode::NotFound, QStringLiteral("not_found"),
            QStringLiteral("no route %1 %2").arg(methodName(request.method()), path),
            { { QStringLiteral("path"), path } });
    }
    if (request.body().size() > m_context->settings.maxBodyBytes) {
        return errorResponse(StatusCode::PayloadTooLarge, QStringLiteral("payload_too_large"),
            QStringLiteral("the body has %1 bytes; this server takes at most %2")
                .arg(request.body().size())
                .arg(m_context->settings.maxBodyBytes),
            { { QStringLiteral("limit"), m_context->settings.maxBodyBytes } });
    }
    return std::nullopt;
}

// One write inside the batch's transaction. Throws ApiError when it fails; the dispatcher then
// undoes its work.
QHttpServerResponse ApiServer::write(const Router::Route &route, ApiRequest &request)
{
    QByteArray key = route.creates ? request.http().value(QByteArrayLiteral("Idempotency-Key")) : QByteArray();
    // A redelivered webhook is a retry: its delivery id is its key.
    if (key.isEmpty() && route.isPublic) {
        key = request.http().value(QByteArrayLiteral("X-GitHub-Delivery"));
        if (key.isEmpty())
            key = request.http().value(QByteArrayLiteral("X-Gitlab-Event-UUID"));
    }
    if (key.isEmpty())
        return route.handler(request);
    if (key.size() > 255)
        throw ApiError::badRequest(QStringLiteral("Idempotency-Key may have at most 255 characters"));
    const QString requestHash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(methodName(route.method).toUtf8() + ' '
                                     + request.http().url().path().toUtf8() + '\n' + request.http().body()),
            QCryptographicHash::Sha256)
            .toHex());
    const QString principalId = request.principal().id;
    // Inside the batch's transaction, so a retry that joins the same batch finds the first answer.
    const auto stored = [&]() -> std::optional<QHttpServerResponse> {
        SqlBatch batch(m_database);
        const int found = batch.add(QStringLiteral("SELECT request_hash, status, body FROM idempotency_keys "
                                                   "WHERE principal = ? AND idempotency_key = ? AND created_at >= ?"),
            { principalId, QString::fromLatin1(key), nowMs() - idempotencyKeyLifetimeMs });
        batch.run();
        if (batch.result(found).rows.isEmpty())
            return std::nullopt;
        const SqlRow q(batch.result(found).rows.constFirst());
        if (q.value(0).toString() != requestHash)
            throw ApiError(StatusCode::UnprocessableEntity, QStringLiteral("idempotency_key_reused"),
                QStringLiteral(
                    "this Idempotency-Key was used for a different request; use a new key for a new request"),
                { { QStringLiteral("idempotencyKey"), QString::fromLatin1(key) } });
        return replay(q.value(1).toInt(), q.value(2).toString());
    };

    // The key is claimed with the request's first statement (in one round trip on PostgreSQL, see
    // Database::defer): a row of its own, or nothing when a live answer is stored under it, an
    // expired one, still there until the next sweep, being replaced. The answer goes into that row
    // with the statement after the request. A retry runs too, and its work is undone to its
    // savepoint before the first answer is given, which stands even when this attempt fails (the
    // service has been archived since, say). Inside the batch's transaction, so a retry in the
    // same batch finds the first answer; another instance's claim of the same key waits for ours.
    const QString keyText = QString::fromLatin1(key);
    auto claimed = std::make_shared<std::optional<bool>>();
    m_database.defer(
        QStringLiteral(
            "INSERT INTO idempotency_keys (principal, idempotency_key, request_hash, status, body, created_at) "
            "VALUES (?, ?, ?, 0, '', ?) ON CONFLICT (principal, idempotency_key) DO UPDATE SET "
            "request_hash = excluded.request_hash, status = excluded.status, body = excluded.body, "
            "created_at = excluded.created_at WHERE idempotency_keys.created_at < ?"),
        { principalId, keyText, requestHash, nowMs(), nowMs() - idempotencyKeyLifetimeMs },
        [claimed](int rowsAffected) { *claimed = rowsAffected > 0; });
    const auto claimSent = [&] {
        if (!claimed->has_value()) {
            // The request read nothing: the claim goes on its own.
            SqlBatch claim(m_database);
            claim.run();
        }
        return claimed->value_or(false);
    };

    std::optional<QHttpServerResponse> response;
    try {
        response.emplace(route.handler(request));
    } catch (const ApiError &) {
        // The whole batch is lost (WriteBatch::undo): no answer is looked up inside it.
        if (m_database.savepointBroken())
            throw;
        // Undone first: on PostgreSQL a failed statement leaves the transaction unusable until then.
        const bool ours = claimed->value_or(false);
        m_database.rollbackToSavepoint();
        if (!ours) {
            if (auto previous = stored())
                return std::move(*previous);
        }
        throw;
    }
    if (!claimSent()) {
        // Answered before (a retry), or by another instance meanwhile: undo ours, give that answer.
        m_database.rollbackToSavepoint();
        if (auto previous = stored())
            return std::move(*previous);
        throw ApiError::conflict(QStringLiteral("another request with this Idempotency-Key is being answered"));
    }
    const int status = int(response->statusCode());
    if (status >= 300) {
        // Not an answer to keep: the key stays free for the next attempt.
        m_database.defer(QStringLiteral("DELETE FROM idempotency_keys WHERE principal = ? AND idempotency_key = ?"),
            { principalId, keyText });
    } else {
        m_database.defer(QStringLiteral("UPDATE idempotency_keys SET status = ?, body = ? "
                                        "WHERE principal = ? AND idempotency_key = ?"),
            { status, QString::fromUtf8(response->data()), principalId, keyText });
    }
    return std::move(*response);
}

namespace {
// Listens with a socket that other processes of this user may open on the same port too
// (SO_REUSEPORT), made by hand as QTcpServer cannot set that option. Empty, or why not.
QString listenOnSharedPort(QTcpServer &tcp, const ListenAddress &address)
{
#ifdef Q_OS_LINUX
    sockaddr_storage storage {};
    socklen_t length = 0;
    if (address.host.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(address.port);
        const Q_IPV6ADDR bytes = address.host.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        length = sizeof *in6;
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(address.port);
        in4->sin_addr.s_addr = htonl(address.host.toIPv4Address());
        length = sizeof *in4;
    }
    const int socket = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    const int on = 1;
    const bool listening = socket >= 0 && ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) == 0
        && ::setsockopt(socket, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) == 0
        && ::bind(socket, reinterpret_cast<const sockaddr *>(&storage), length) == 0
        && ::listen(socket, SOMAXCONN) == 0;
    const QString why = listening ? QString() : QString::fromLocal8Bit(std::strerror(errno));
    if (listening && tcp.setSocketDescriptor(socket))
        return {};
    if (socket >= 0)
        ::close(socket);
    return listening ? tcp.errorString() : why;
#else
    Q_UNUSED(tcp);
    Q_UNUSED(address);
    return QStringLiteral("sharing a port between processes is for Linux only");
#endif
}
}

bool ApiServer::listen(
    const ListenAddress &address, const std::optional<QSslConfiguration> &tls, QString *error, bool sharedPort)
{
    if (!tls && !address.host.isLoopback()) {
        *error = QStringLiteral("refusing to listen on %1 without TLS: plain HTTP is allowed on loopback addresses "
                                "only (127.0.0.1, ::1)")
                     .arg(address.host.toString());
        return false;
    }
    std::unique_ptr<QTcpServer> tcp;
    if (tls) {
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(*tls);
        QObject::connect(ssl.get(), &QSslServer::startedEncryptionHandshake, ssl.get(),
            [](QSslSocket *socket) { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        tcp = std::move(ssl);
    } else {
        tcp = std::make_unique<LowDelayTcpServer>();
    }
    QString failure;
    if (sharedPort)
        failure = listenOnSharedPort(*tcp, address);
    else if (!tcp->listen(address.host, address.port))
        failure = tcp->errorString();
    if (!failure.isEmpty()) {
        *error
            = QStringLiteral("cannot listen on %1:%2: %3").arg(address.host.toString()).arg(address.port).arg(failure);
        return false;
    }
    if (!m_http->bind(tcp.get())) {
        *error = QStringLiteral("cannot serve HTTP on %1:%2").arg(address.host.toString()).arg(address.port);
        return false;
    }
    m_tcp = tcp.release(); // bind() made the HTTP server its parent
    m_runner->start();
    forgetExpiredIdempotencyKeys();
    m_idempotencySweep.start();
    return true;
}

void ApiServer::forgetExpiredIdempotencyKeys()
{
    try {
        sqlExec(m_database, QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"),
            { nowMs() - idempotencyKeyLifetimeMs });
    } catch (const ApiError &error) {
        qCWarning(lcServer) << "cannot forget expired idempotency keys:" << error.message();
    }
}

ListenAddress ApiServer::boundAddress() const
{
    if (!m_tcp)
        return {};
    return { m_tcp->serverAddress(), m_tcp->serverPort() };
}

}
