// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace Tarmac {

class PlatformConnection;
class ResponseCache;

// What went wrong with a platform call, in a form both code and people can use.
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind { None, Network, Timeout, Tls, Http, Malformed, Cancelled };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code, message, details; // from the API's {"error": {code, message, details}} when present
    QString where; // "GET https://platform/api/v1/services": which call failed

    // One translated sentence: what happened and what to do.
    QString describe() const;
    bool isError() const { return kind != Kind::None; }
};

// How a client calls its platform; the defaults suit an interactive workbench.
struct ClientOptions {
    std::chrono::milliseconds timeout { 15000 }; // per attempt
    int maxAttempts = 4; // for idempotent calls; others get exactly one
    std::chrono::milliseconds backoffBase { 250 }; // doubles per attempt, with jitter
    std::chrono::milliseconds backoffCap { 4000 };
};

class PlatformClient;

// One call to the platform. Emits finished() exactly once (also for abort()), then deletes itself
// on the next turn of the event loop; keep a QPointer if it may outlive that.
class ApiReply : public QObject {
    Q_OBJECT
public:
    ~ApiReply() override;

    bool ok() const { return m_error.kind == ApiError::Kind::None && m_done; }
    bool isFinished() const { return m_done; }
    const ApiError &error() const { return m_error; }
    QJsonValue json() const { return m_json; } // parsed body when ok
    bool fromCache() const { return m_fromCache; } // answered from the offline cache
    QDateTime cachedAt() const { return m_cachedAt; }
    int attempts() const { return m_attempts; }
    QByteArray rawHeader(const QByteArray &name) const { return m_headers.value(name.toLower()); }
    void abort(); // finished() with Kind::Cancelled

Q_SIGNALS:
    void finished();

private:
    friend class PlatformClient;
    ApiReply(PlatformClient *client, QByteArray method, QNetworkRequest request, QByteArray body, bool idempotent,
        QString cacheKey);
    void sendAttempt();
    void onAttemptFinished();
    // Whether this failure may be tried again (only for idempotent calls).
    bool isRetryable() const;
    void finish();

    PlatformClient *m_client;
    QByteArray m_method;
    QNetworkRequest m_request;
    QByteArray m_body;
    bool m_idempotent;
    QString m_cacheKey; // non-empty: a GET whose answer the offline cache keeps
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    bool m_timedOut = false;
    bool m_done = false;
    int m_attempts = 0;
    ApiError m_error;
    QJsonValue m_json;
    QHash<QByteArray, QByteArray> m_headers;
    bool m_fromCache = false;
    QDateTime m_cachedAt;
};

// The typed door to a platform's API (api/openapi.yaml): every call asynchronous, with a timeout,
// retries with backoff for idempotent calls only, the bearer token of the connection, and TLS
// verification (with the connection's extra CA certificates).
class PlatformClient : public QObject {
    Q_OBJECT
public:
    explicit PlatformClient(PlatformConnection *connection, QObject *parent = nullptr);
    ~PlatformClient() override;

    // path under /api/v1, e.g. u"/metrics/dora"_s
    ApiReply *get(const QString &path, const QUrlQuery &query = {});
    // With an idempotencyKey the server answers a repeat with the first answer, so the call may be retried.
    ApiReply *post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey = {});

    // Replaces the resource at path; PUT is idempotent, so it is retried like a GET.
    ApiReply *put(const QString &path, const QJsonObject &body);

    // /assessments (facilitator or admin to store; owner, facilitator or admin to read). The
    // session goes as its file's text (AssessmentSessionFile::serialize); answers parse with
    // StoredAssessment::fromJson. scope is KIND or KIND:NAME (team:payments); empty filters match all.
    ApiReply *storeAssessment(const QByteArray &sessionText, const QByteArray &idempotencyKey);
    ApiReply *replaceAssessment(const QString &id, const QByteArray &sessionText);
    ApiReply *listAssessments(
        const QString &scope = {}, const QString &modelId = {}, const QString &cursor = {}, int limit = 0);
    ApiReply *assessment(const QString &id);

    // /templates (owner or admin to publish; every token reads). files: the template folder's files,
    // relative path to text (TemplateFolder::read). Lists carry no files; template() does: the
    // latest version, or the one named.
    ApiReply *publishTemplate(const QJsonObject &files, const QByteArray &idempotencyKey);
    ApiReply *listTemplates(const QString &kind = {}, const QString &cursor = {}, int limit = 0);
    ApiReply *templateVersion(const QString &name, const QString &version = {});

    // A fresh random Idempotency-Key; keep it with the user's intent so a retry sends the same one.
    static QByteArray newIdempotencyKey();

    PlatformConnection *connection() const { return m_connection; }
    const ClientOptions &options() const { return m_options; }
    void setOptions(const ClientOptions &options) { m_options = options; }
    // Where answers to GETs are kept for offline use; null (the default) keeps nothing.
    void setCache(ResponseCache *cache) { m_cache = cache; }
    ResponseCache *cache() const { return m_cache; }

    // The full URL and a request with the token and TLS settings; for streams that read as they go.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    QNetworkAccessManager *network() const { return m_network; }

private:
    friend class ApiReply;
    ApiReply *send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
        const QByteArray &idempotencyKey);

    PlatformConnection *m_connection;
    QNetworkAccessManager *m_network;
    ClientOptions m_options;
    ResponseCache *m_cache = nullptr;
};

// Fills error from a finished network reply (and its body); returns false when it was no error.
// Shared by ApiReply and the event stream so both describe failures alike.
bool apiErrorFromReply(QNetworkReply *reply, const QByteArray &body, bool timedOut, ApiError *error);

}

Q_DECLARE_METATYPE(Tarmac::ApiError)
