// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenauthenticator.h"

#include "core/logging.h"
#include "database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Tarmac::Server {

TokenAuthenticator::TokenAuthenticator(const Database &database)
    : m_database(database)
{
}

QByteArray TokenAuthenticator::hash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

void TokenAuthenticator::setSessionToken(const QByteArray &token)
{
    m_sessionTokenHash = token.isEmpty() ? QByteArray() : hash(token);
}

std::optional<Principal> TokenAuthenticator::authenticate(const QByteArray &token) const
{
    if (token.isEmpty())
        return std::nullopt;
    const QByteArray tokenHash = hash(token);
    if (!m_sessionTokenHash.isEmpty() && tokenHash == m_sessionTokenHash)
        return Principal { QStringLiteral("admin"), {}, QStringLiteral("session") };

    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT role, team, id FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL "
                                 "AND (expires_at IS NULL OR expires_at > ?)"));
    query.addBindValue(QString::fromLatin1(tokenHash));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        qCWarning(lcServer) << "cannot check a token:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return Principal { query.value(0).toString(), query.value(1).toString(),
        QStringLiteral("token:") + query.value(2).toString() };
}

}
