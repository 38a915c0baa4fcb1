// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokencommand.h"

#include "database.h"
#include "tokenauthenticator.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace Tarmac::Server {

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "tarmacd token: %s\n", qPrintable(message));
    return 1;
}

// 30d, 12h, 90m, or an RFC 3339 time.
std::optional<QDateTime> expiryOf(const QString &text)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d+)([dhm])$"));
    const QRegularExpressionMatch m = relative.match(text);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        return now.addSecs(n * (unit == u'd' ? 86400 : unit == u'h' ? 3600 : 60));
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return time.toUTC();
}

QString option(QStringList &arguments, const QString &name, bool *present = nullptr)
{
    const qsizetype i = arguments.indexOf(name);
    if (i < 0 || i + 1 >= arguments.size()) {
        if (present)
            *present = false;
        return {};
    }
    if (present)
        *present = true;
    const QString value = arguments.at(i + 1);
    arguments.remove(i, 2);
    return value;
}

int create(Database &database, QStringList arguments)
{
    const QString role = option(arguments, QStringLiteral("--role"));
    const QString team = option(arguments, QStringLiteral("--team"));
    const QString expires = option(arguments, QStringLiteral("--expires"));
    const QString description = option(arguments, QStringLiteral("--description"));
    if (!arguments.isEmpty())
        return fail(QStringLiteral("unexpected '%1'").arg(arguments.constFirst()));
    static const QStringList roles { QStringLiteral("viewer"), QStringLiteral("developer"), QStringLiteral("owner"),
        QStringLiteral("facilitator"), QStringLiteral("admin") };
    if (!roles.contains(role))
        return fail(QStringLiteral("--role must be one of %1").arg(roles.join(QStringLiteral(", "))));
    if (role == QLatin1String("developer") && team.isEmpty())
        return fail(QStringLiteral("a developer token acts for a team: give --team TEAM"));
    if (role != QLatin1String("developer") && !team.isEmpty())
        return fail(QStringLiteral("--team is for developer tokens only"));
    QVariant expiresAt;
    if (!expires.isEmpty()) {
        const auto when = expiryOf(expires);
        if (!when)
            return fail(QStringLiteral("--expires takes 30d, 12h, 90m or an RFC 3339 time with an offset"));
        expiresAt = when->toString(Qt::ISODate);
    }
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QByteArray token = "tmc_" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO api_tokens (token_hash, role, team, description, created_at, expires_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(TokenAuthenticator::hash(token)));
    query.addBindValue(role);
    query.addBindValue(team.isEmpty() ? QVariant() : QVariant(team));
    query.addBindValue(description.isNull() ? QStringLiteral("") : description);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(expiresAt);
    if (!query.exec())
        return fail(QStringLiteral("cannot store the token: ") + query.lastError().text());
    // The only time the token is shown: only its hash is kept.
    std::printf("%s\n", token.constData());
    return 0;
}

int list(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT id, role, COALESCE(team, ''), description, created_at, COALESCE(expires_at, "
                                   "''), COALESCE(revoked_at, '') "
                                   "FROM api_tokens ORDER BY id")))
        return fail(query.lastError().text());
    std::printf("%-6s %-12s %-16s %-22s %-22s %-22s %s\n", "ID", "ROLE", "TEAM", "CREATED", "EXPIRES", "REVOKED",
        "DESCRIPTION");
    while (query.next()) {
        std::printf("%-6s %-12s %-16s %-22s %-22s %-22s %s\n", qPrintable(query.value(0).toString()),
            qPrintable(query.value(1).toString()), qPrintable(query.value(2).toString()),
            qPrintable(query.value(4).toString()), qPrintable(query.value(5).toString()),
            qPrintable(query.value(6).toString()), qPrintable(query.value(3).toString()));
    }
    return 0;
}

int revoke(Database &database, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(QStringLiteral("usage: tarmacd token revoke ID (see tarmacd token list)"));
    bool ok = false;
    const qint64 id = arguments.constFirst().toLongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("'%1' is not a token id").arg(arguments.constFirst()));
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return fail(QStringLiteral("no unrevoked token %1").arg(id));
    std::printf("revoked token %lld\n", static_cast<long long>(id));
    return 0;
}
}

int runTokenCommand(Database &database, const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("create"))
        return create(database, arguments.mid(1));
    if (verb == QLatin1String("list"))
        return list(database);
    if (verb == QLatin1String("revoke"))
        return revoke(database, arguments.mid(1));
    return fail(
        QStringLiteral("usage: tarmacd token create --role ROLE [--team TEAM] [--expires 30d] [--description TEXT] "
                       "| token list | token revoke ID"));
}

}
