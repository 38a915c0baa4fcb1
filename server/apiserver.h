// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listenaddress.h"
#include "router.h"
#include "serversettings.h"
#include "tokenauthenticator.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;
class QTcpServer;

namespace Tarmac::Server {

class ApiRequest;
class AssessmentsResource;
class TemplatesResource;
class ChangesResource;
class Database;
class DeploymentsResource;
class IncidentsResource;
class MetricsResource;
class ServicesResource;
class TeamsResource;
class WebhooksResource;
class DeploymentEvents;
class DeploymentRunner;
class WalCheckpointer;
class WriteBatch;
struct ServerContext;

// The platform API's routes over one database. Public: health and the contract; every other call
// needs a valid bearer token. One place authenticates, limits request size, tells 404 from 405,
// runs writes in a shared transaction (WriteBatch) and answers retried creating writes from their
// Idempotency-Key.
class ApiServer : public QObject {
    Q_OBJECT
public:
    ApiServer(Database &database, TokenAuthenticator &authenticator, const ServerSettings &settings = {},
        QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts listening: HTTPS when tls is set, otherwise plain HTTP, which only loopback addresses
    // may use. On failure says why in error.
    // With sharedPort, other processes may listen on the same port (SO_REUSEPORT, Linux): tarmacd's
    // workers (see WorkerProcesses).
    bool listen(const ListenAddress &address, const std::optional<QSslConfiguration> &tls, QString *error,
        bool sharedPort = false);
    bool listen(const ListenAddress &address, QString *error) { return listen(address, std::nullopt, error); }
    // The address actually listened on (with the port the system picked for port 0).
    ListenAddress boundAddress() const;
    DeploymentRunner &runner() const { return *m_runner; }

private:
    void setUpRoutes();
    QHttpServerResponse health() const;
    QHttpServerResponse contract() const;
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void dispatchWrite(const QHttpServerRequest &request, const Router::Match &match, QHttpServerResponder &responder);
    // The answer refusing the request (401, 404, 405, 413), or none with the caller in principal.
    std::optional<QHttpServerResponse> admit(
        const QHttpServerRequest &request, const Router::Match &match, std::optional<Principal> *principal) const;
    QHttpServerResponse write(const Router::Route &route, ApiRequest &request);
    void forgetExpiredIdempotencyKeys();

    Database &m_database;
    TokenAuthenticator &m_authenticator;
    std::unique_ptr<DeploymentEvents> m_events;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<DeploymentRunner> m_runner;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<WriteBatch> m_batch;
    std::unique_ptr<TeamsResource> m_teams;
    std::unique_ptr<ServicesResource> m_services;
    std::unique_ptr<DeploymentsResource> m_deployments;
    std::unique_ptr<ChangesResource> m_changes;
    std::unique_ptr<IncidentsResource> m_incidents;
    std::unique_ptr<MetricsResource> m_metrics;
    std::unique_ptr<WebhooksResource> m_webhooks;
    std::unique_ptr<AssessmentsResource> m_assessments;
    std::unique_ptr<TemplatesResource> m_templates;
    Router m_router;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_tcp = nullptr;
    QTimer m_idempotencySweep;
};

}
