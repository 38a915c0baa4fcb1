// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Tarmac::Server {

class Database;

// Who a bearer token belongs to.
struct Principal {
    QString role; // viewer, developer, owner, facilitator, admin
    QString team; // empty: not bound to a team
    QString id; // which token: "token:N", or "session"; idempotency keys are per token
};

// Checks bearer tokens against their SHA-256 hashes: the api_tokens table, plus the one session
// token a workbench hands to the local tarmacd it starts (kept only in memory, as a hash).
class TokenAuthenticator {
public:
    explicit TokenAuthenticator(const Database &database);

    void setSessionToken(const QByteArray &token);
    std::optional<Principal> authenticate(const QByteArray &token) const;

    static QByteArray hash(const QByteArray &token);

private:
    const Database &m_database;
    QByteArray m_sessionTokenHash;
};

}
