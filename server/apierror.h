// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>

#include <exception>

namespace Tarmac::Server {

// An answer other than success, thrown from deep inside a handler (a missing field, a forbidden
// team, a conflict) and turned into the API's error shape by the dispatcher, which also rolls the
// request's transaction back. Handlers stay straight-line code.
class ApiError : public std::exception {
public:
    ApiError(QHttpServerResponse::StatusCode status, QString code, QString message, QJsonObject details = {})
        : m_status(status)
        , m_code(std::move(code))
        , m_message(std::move(message))
        , m_details(std::move(details))
    {
    }
    const char *what() const noexcept override { return "ApiError"; }
    QHttpServerResponse::StatusCode status() const { return m_status; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QJsonObject details() const { return m_details; }

    static ApiError badRequest(const QString &message, const QJsonObject &details = {})
    {
        return { QHttpServerResponse::StatusCode::BadRequest, QStringLiteral("bad_request"), message, details };
    }
    // A well-formed request whose content is wrong: names the field.
    static ApiError invalid(const QString &field, const QString &message)
    {
        return { QHttpServerResponse::StatusCode::UnprocessableEntity, QStringLiteral("validation_failed"),
            field + QStringLiteral(": ") + message, { { QStringLiteral("field"), field } } };
    }
    static ApiError notFound(const QString &kind, const QString &id)
    {
        return { QHttpServerResponse::StatusCode::NotFound, QStringLiteral("not_found"),
            QStringLiteral("no %1 '%2'").arg(kind, id),
            { { QStringLiteral("kind"), kind }, { QStringLiteral("id"), id } } };
    }
    static ApiError forbidden(const QString &message)
    {
        return { QHttpServerResponse::StatusCode::Forbidden, QStringLiteral("forbidden"), message };
    }
    static ApiError conflict(const QString &message, const QJsonObject &details = {})
    {
        return { QHttpServerResponse::StatusCode::Conflict, QStringLiteral("conflict"), message, details };
    }
    static ApiError internal(const QString &message)
    {
        return { QHttpServerResponse::StatusCode::InternalServerError, QStringLiteral("internal"), message };
    }

private:
    QHttpServerResponse::StatusCode m_status;
    QString m_code;
    QString m_message;
    QJsonObject m_details;
};

}
