// SPDX-License-Identifier: GPL-3.0-or-later
#include "apirequest.h"

#include "apierror.h"
#include "metrics/dorapoint.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace Tarmac::Server {

ApiRequest::ApiRequest(
    const QHttpServerRequest &request, Principal principal, Database &database, QHash<QString, QString> parameters)
    : m_request(request)
    , m_principal(std::move(principal))
    , m_database(database)
    , m_parameters(std::move(parameters))
    , m_query(request.query())
{
}

std::optional<qint64> ApiRequest::queryTime(const QString &name) const
{
    if (!hasQuery(name))
        return std::nullopt;
    const auto time = Metrics::parseTimestamp(query(name));
    if (!time)
        throw ApiError::badRequest(
            QStringLiteral("%1: '%2' is not an RFC 3339 time with an offset, such as 2024-01-31T12:00:00Z")
                .arg(name, query(name)),
            { { QStringLiteral("parameter"), name } });
    return time;
}

QJsonObject ApiRequest::body() const
{
    if (!m_body) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(m_request.body(), &error);
        if (error.error != QJsonParseError::NoError)
            throw ApiError(QHttpServerResponse::StatusCode::BadRequest, QStringLiteral("invalid_json"),
                QStringLiteral("the body is not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset),
                { { QStringLiteral("offset"), error.offset } });
        if (!document.isObject())
            throw ApiError(QHttpServerResponse::StatusCode::BadRequest, QStringLiteral("invalid_json"),
                QStringLiteral("the body must be a JSON object"));
        m_body = document.object();
    }
    return *m_body;
}

void ApiRequest::requireRole(std::initializer_list<const char *> roles) const
{
    QStringList names;
    for (const char *role : roles) {
        if (m_principal.role == QLatin1String(role))
            return;
        names.append(QLatin1String(role));
    }
    throw ApiError(QHttpServerResponse::StatusCode::Forbidden, QStringLiteral("forbidden"),
        QStringLiteral("this call needs the role %1; the token has %2")
            .arg(names.join(QStringLiteral(" or ")), m_principal.role),
        { { QStringLiteral("role"), m_principal.role },
            { QStringLiteral("required"), QJsonArray::fromStringList(names) } });
}

void ApiRequest::requireTeamWrite(const QString &teamName) const
{
    if (isAdmin())
        return;
    if (m_principal.role == QLatin1String("developer")) {
        if (m_principal.team == teamName)
            return;
        throw ApiError(QHttpServerResponse::StatusCode::Forbidden, QStringLiteral("wrong_team"),
            QStringLiteral("the token acts for team '%1', not '%2'").arg(m_principal.team, teamName),
            { { QStringLiteral("team"), teamName }, { QStringLiteral("tokenTeam"), m_principal.team } });
    }
    throw ApiError::forbidden(
        QStringLiteral("a %1 token cannot change a team's services; a developer of the team or an admin can")
            .arg(m_principal.role));
}

int ApiRequest::limit() const
{
    if (!hasQuery(QStringLiteral("limit")))
        return 50;
    bool ok = false;
    const int value = query(QStringLiteral("limit")).toInt(&ok);
    if (!ok || value < 1 || value > 200)
        throw ApiError::badRequest(QStringLiteral("limit must be a whole number from 1 to 200"),
            { { QStringLiteral("parameter"), QStringLiteral("limit") } });
    return value;
}

QString ApiRequest::cursorId() const
{
    if (!hasQuery(QStringLiteral("cursor")))
        return {};
    const QByteArray raw = QByteArray::fromBase64(query(QStringLiteral("cursor")).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    static const QRegularExpression idShape(QStringLiteral("^c1:[a-z]+_[0-9a-f]{22}$"));
    const QString text = QString::fromLatin1(raw);
    if (!idShape.match(text).hasMatch())
        throw ApiError::badRequest(QStringLiteral("cursor is not one this server handed out"),
            { { QStringLiteral("parameter"), QStringLiteral("cursor") } });
    return text.mid(3);
}

QString ApiRequest::cursorFor(const QString &id)
{
    return QString::fromLatin1(QByteArray(QByteArrayLiteral("c1:") + id.toLatin1())
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

namespace Json {

QString requiredString(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        throw ApiError::invalid(field, QStringLiteral("is required"));
    if (!value.isString())
        throw ApiError::invalid(field, QStringLiteral("must be a string"));
    if (value.toString().trimmed().isEmpty())
        throw ApiError::invalid(field, QStringLiteral("must not be empty"));
    return value.toString();
}

QString optionalString(const QJsonObject &object, const QString &field, const QString &fallback)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString())
        throw ApiError::invalid(field, QStringLiteral("must be a string"));
    return value.toString();
}

std::optional<qint64> optionalTime(const QJsonObject &object, const QString &field)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const auto time = value.isString() ? Metrics::parseTimestamp(value.toString()) : std::nullopt;
    if (!time)
        throw ApiError::invalid(
            field, QStringLiteral("must be an RFC 3339 time with an offset, such as 2024-01-31T12:00:00Z"));
    return time;
}

qint64 requiredTime(const QJsonObject &object, const QString &field)
{
    const auto time = optionalTime(object, field);
    if (!time)
        throw ApiError::invalid(field, QStringLiteral("is required"));
    return *time;
}

QString oneOf(const QJsonObject &object, const QString &field, const QStringList &choices, const QString &fallback)
{
    const QString value = fallback.isEmpty() ? requiredString(object, field) : optionalString(object, field, fallback);
    if (!choices.contains(value))
        throw ApiError::invalid(field, QStringLiteral("must be one of %1").arg(choices.join(QStringLiteral(", "))));
    return value;
}

QJsonValue timeOrNull(const QVariant &ms)
{
    if (ms.isNull() || !ms.isValid())
        return QJsonValue::Null;
    return Metrics::formatTimestamp(ms.toLongLong());
}

}

}
