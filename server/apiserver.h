// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listenaddress.h"

#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTcpServer;

namespace Tarmac::Server {

class Database;
class TokenAuthenticator;

// The platform API's routes over one database. Public: health and the contract; every other call
// needs a valid bearer token.
class ApiServer : public QObject {
    Q_OBJECT
public:
    ApiServer(Database &database, TokenAuthenticator &authenticator, QObject *parent = nullptr);
    ~ApiServer() override;

    // Starts listening. Plain HTTP only on loopback addresses. On failure says why in error.
    bool listen(const ListenAddress &address, QString *error);
    // The address actually listened on (with the port the system picked for port 0).
    ListenAddress boundAddress() const;

private:
    void setUpRoutes();
    QHttpServerResponse health() const;
    QHttpServerResponse contract() const;
    QHttpServerResponse missing(const QHttpServerRequest &request) const;

    Database &m_database;
    TokenAuthenticator &m_authenticator;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_tcp = nullptr;
};

}
