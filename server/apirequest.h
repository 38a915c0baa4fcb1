// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenauthenticator.h"

#include <QHash>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

class QHttpServerRequest;

namespace Tarmac::Server {

class Database;

// One authenticated call as a handler sees it: who calls, the path's parameters, the query, the
// JSON body, and checks that throw ApiError when they fail.
class ApiRequest {
public:
    ApiRequest(
        const QHttpServerRequest &request, Principal principal, Database &database, QHash<QString, QString> parameters);

    const QHttpServerRequest &http() const { return m_request; }
    const Principal &principal() const { return m_principal; }
    Database &database() const { return m_database; }

    QString parameter(const QString &name) const { return m_parameters.value(name); }
    QString query(const QString &name) const { return m_query.queryItemValue(name, QUrl::FullyDecoded); }
    bool hasQuery(const QString &name) const { return m_query.hasQueryItem(name); }
    // A query timestamp (RFC 3339), or none when absent; 400 when malformed.
    std::optional<qint64> queryTime(const QString &name) const;

    // The body as a JSON object; 400 when it is not one.
    QJsonObject body() const;

    // 403 unless the caller has one of these roles.
    void requireRole(std::initializer_list<const char *> roles) const;
    bool isAdmin() const { return m_principal.role == QLatin1String("admin"); }
    // 403 unless the caller may change things of the team named teamName: an admin, or a developer
    // bound to that team.
    void requireTeamWrite(const QString &teamName) const;

    // Pagination: limit (1..200, default 50) and the opaque cursor; 400 when malformed.
    int limit() const;
    // The id the previous page ended at, or empty for the first page.
    QString cursorId() const;
    static QString cursorFor(const QString &id);

private:
    const QHttpServerRequest &m_request;
    Principal m_principal;
    Database &m_database;
    QHash<QString, QString> m_parameters;
    QUrlQuery m_query;
    mutable std::optional<QJsonObject> m_body;
};

// Reading fields of a JSON body; each throws a 422 naming the field.
namespace Json {
QString requiredString(const QJsonObject &object, const QString &field);
QString optionalString(const QJsonObject &object, const QString &field, const QString &fallback = {});
std::optional<qint64> optionalTime(const QJsonObject &object, const QString &field);
qint64 requiredTime(const QJsonObject &object, const QString &field);
// One of choices, or fallback when absent (when fallback is empty the field is required).
QString oneOf(
    const QJsonObject &object, const QString &field, const QStringList &choices, const QString &fallback = {});
QJsonValue timeOrNull(const QVariant &ms);
}

}
