// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/platformclient.h"

#include "core/logging.h"
#include "platform/platformconnection.h"
#include "platform/responsecache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Tarmac {

namespace {

QString statusPhrase(int status)
{
    switch (status) {
    case 400:
        return ApiError::tr("bad request");
    case 401:
        return ApiError::tr("not authenticated");
    case 403:
        return ApiError::tr("forbidden");
    case 404:
        return ApiError::tr("not found");
    case 409:
        return ApiError::tr("conflict");
    case 413:
        return ApiError::tr("request too large");
    case 422:
        return ApiError::tr("invalid request");
    case 429:
        return ApiError::tr("too many requests");
    default:
        return status >= 500 ? ApiError::tr("server error") : QString();
    }
}

// The platform's own sentence when it gave one, else the HTTP status.
QString serverWords(const ApiError &e)
{
    if (!e.message.isEmpty())
        return e.message;
    const QString phrase = statusPhrase(e.httpStatus);
    return phrase.isEmpty() ? ApiError::tr("HTTP %1").arg(e.httpStatus)
                            : ApiError::tr("HTTP %1, %2").arg(e.httpStatus).arg(phrase);
}

}

QString ApiError::describe() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Cannot reach the platform (%1: %2). Check that it is running and that its address is right, "
                  "then retry.")
            .arg(where, message);
    case Kind::Timeout:
        return tr("The platform did not answer in time (%1). It may be overloaded or unreachable; retry in a moment.")
            .arg(where);
    case Kind::Tls:
        return tr("The platform's certificate is not trusted (%1: %2). Check the address, or add the platform's CA "
                  "certificate to the connection.")
            .arg(where, message);
    case Kind::Http:
        if (httpStatus == 401)
            return tr("The platform did not accept the token (%1: %2). Set a valid token for this platform.")
                .arg(where, serverWords(*this));
        if (httpStatus == 403)
            return tr("The token may not do this (%1: %2). Ask the platform's administrators for a token with the "
                      "right role or team.")
                .arg(where, serverWords(*this));
        if (httpStatus >= 500)
            return tr("The platform failed (%1: %2). Retry in a moment; if it keeps failing, tell its operators.")
                .arg(where, serverWords(*this));
        return tr("The platform refused the request (%1: %2). Correct it and try again.")
            .arg(where, serverWords(*this));
    case Kind::Malformed:
        return tr("The platform's answer is not the JSON the API promises (%1: %2). The address may not be a Tarmac "
                  "platform, or a proxy changed the answer.")
            .arg(where, message);
    case Kind::Cancelled:
        return tr("The request was cancelled (%1).").arg(where);
    }
    Q_UNREACHABLE_RETURN(QString());
}

bool apiErrorFromReply(QNetworkReply *reply, const QByteArray &body, bool timedOut, ApiError *error)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    error->httpStatus = status;
    if (timedOut) {
        error->kind = ApiError::Kind::Timeout;
        error->message = ApiError::tr("no answer in time");
        return true;
    }
    if (status >= 400) {
        error->kind = ApiError::Kind::Http;
        const QJsonObject object = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
        error->code = object.value(QLatin1String("code")).toString();
        error->message = object.value(QLatin1String("message")).toString();
        const QJsonValue details = object.value(QLatin1String("details"));
        if (details.isObject() && !details.toObject().isEmpty())
            error->details = QString::fromUtf8(QJsonDocument(details.toObject()).toJson(QJsonDocument::Compact));
        else if (details.isString())
            error->details = details.toString();
        return true;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return false;
    case QNetworkReply::OperationCanceledError:
        error->kind = ApiError::Kind::Cancelled;
        error->message = ApiError::tr("cancelled");
        return true;
    case QNetworkReply::SslHandshakeFailedError:
        error->kind = ApiError::Kind::Tls;
        error->message = reply->errorString();
        return true;
    case QNetworkReply::TimeoutError:
        error->kind = ApiError::Kind::Timeout;
        error->message = reply->errorString();
        return true;
    default:
        error->kind = ApiError::Kind::Network;
        error->message = reply->errorString();
        return true;
    }
}

ApiReply::ApiReply(PlatformClient *client, QByteArray method, QNetworkRequest request, QByteArray body, bool idempotent,
    QString cacheKey)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_request(std::move(request))
    , m_body(std::move(body))
    , m_idempotent(idempotent)
    , m_cacheKey(std::move(cacheKey))
{
    m_error.where = QString::fromLatin1(m_method) + u' ' + m_request.url().toDisplayString(QUrl::RemoveQuery);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ApiReply::sendAttempt);
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::sendAttempt()
{
    if (m_done)
        return;
    ++m_attempts;
    m_timedOut = false;
    const QString where = m_error.where;
    m_error = ApiError();
    m_error.where = where;
    QNetworkReply *reply = m_client->network()->sendCustomRequest(m_request, m_method, m_body);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_error.details = texts.join(u"; "_s);
    });
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onAttemptFinished);
    m_timeout.start(m_client->options().timeout);
}

void ApiReply::onAttemptFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timeout.stop();
    reply->deleteLater();
    m_reply.clear();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString sslDetails = m_error.details;
    m_headers.clear();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        m_headers.insert(name.toLower(), value);

    if (apiErrorFromReply(reply, body, m_timedOut, &m_error)) {
        if (m_error.kind == ApiError::Kind::Tls && m_error.details.isEmpty())
            m_error.details = sslDetails;
        if (m_error.kind == ApiError::Kind::Tls && !sslDetails.isEmpty())
            m_error.message = sslDetails;
        if (m_error.kind == ApiError::Kind::Cancelled && !m_timedOut)
            return; // abort() reports it
        if (isRetryable() && m_attempts < m_client->options().maxAttempts) {
            const auto base = m_client->options().backoffBase * (1LL << std::min(m_attempts - 1, 16));
            const auto capped = std::min<std::chrono::milliseconds>(base, m_client->options().backoffCap);
            // Full jitter over the upper half, so that many clients cut off together do not return together.
            const auto delay = capped / 2
                + std::chrono::milliseconds(QRandomGenerator::global()->bounded(qint64(capped.count() / 2 + 1)));
            qCInfo(lcPlatform) << m_error.where << "failed:" << m_error.message << "- attempt" << m_attempts << "of"
                               << m_client->options().maxAttempts << ", retrying in" << delay.count() << "ms";
            m_backoff.start(delay);
            return;
        }
        ResponseCache *cache = m_client->cache();
        if (cache && !m_cacheKey.isEmpty()
            && (m_error.kind == ApiError::Kind::Network || m_error.kind == ApiError::Kind::Timeout
                || (m_error.kind == ApiError::Kind::Http && m_error.httpStatus >= 500))) {
            // The platform cannot answer: the last known answer, said to be one.
            const ApiError failure = m_error;
            cache->load(m_cacheKey, this, [this, failure](const ResponseCache::Entry &entry) {
                if (m_done)
                    return;
                if (entry.valid) {
                    m_error = {};
                    m_json = entry.json;
                    m_fromCache = true;
                    m_cachedAt = entry.savedAt;
                } else {
                    m_error = failure;
                }
                finish();
            });
            return;
        }
        finish();
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body.trimmed().isEmpty()) {
        m_json = QJsonValue(QJsonValue::Null);
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            m_error.kind = ApiError::Kind::Malformed;
            m_error.httpStatus = status;
            m_error.message
                = tr("%1 at byte %2 of %3").arg(parseError.errorString()).arg(parseError.offset).arg(body.size());
            m_error.details = QString::fromUtf8(body.mid(std::max(0, parseError.offset - 40), 80));
            finish();
            return;
        }
        m_json = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    if (m_client->cache() && !m_cacheKey.isEmpty())
        m_client->cache()->store(m_cacheKey, m_json);
    finish();
}

bool ApiReply::isRetryable() const
{
    if (!m_idempotent)
        return false;
    switch (m_error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return m_error.httpStatus == 429 || m_error.httpStatus == 500 || m_error.httpStatus == 502
            || m_error.httpStatus == 503 || m_error.httpStatus == 504;
    default:
        return false;
    }
}

void ApiReply::abort()
{
    if (m_done)
        return;
    m_backoff.stop();
    m_timeout.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    m_error.kind = ApiError::Kind::Cancelled;
    m_error.httpStatus = 0;
    m_error.code.clear();
    m_error.details.clear();
    m_error.message = tr("cancelled");
    m_json = {};
    finish();
}

void ApiReply::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_backoff.stop();
    m_timeout.stop();
    if (m_error.isError())
        qCInfo(lcPlatform) << m_error.where << "failed:" << m_error.message << m_error.details;
    Q_EMIT finished();
    deleteLater();
}

PlatformClient::PlatformClient(PlatformConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_network(new QNetworkAccessManager(this))
{
    // Our own timer bounds each attempt; Qt's transfer timeout would cut slow event streams.
    m_network->setTransferTimeout(0);
}

PlatformClient::~PlatformClient() = default;

QByteArray PlatformClient::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QUrl PlatformClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_connection->baseUrl();
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u"/api/v1"_s + path);
    url.setQuery(query);
    return url;
}

QNetworkRequest PlatformClient::request(const QString &path, const QUrlQuery &query) const
{
    QNetworkRequest request(url(path, query));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    const QByteArray token = m_connection->token();
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token);
    request.setSslConfiguration(m_connection->sslConfiguration());
    // Redirects could carry the token elsewhere: follow only same-origin ones.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

ApiReply *PlatformClient::get(const QString &path, const QUrlQuery &query)
{
    return send(QByteArrayLiteral("GET"), path, query, {}, {});
}

ApiReply *PlatformClient::post(const QString &path, const QJsonObject &body, const QByteArray &idempotencyKey)
{
    return send(
        QByteArrayLiteral("POST"), path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), idempotencyKey);
}

ApiReply *PlatformClient::put(const QString &path, const QJsonObject &body)
{
    return send(QByteArrayLiteral("PUT"), path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), {});
}

ApiReply *PlatformClient::storeAssessment(const QByteArray &sessionText, const QByteArray &idempotencyKey)
{
    return post(u"/assessments"_s, { { u"session"_s, QString::fromUtf8(sessionText) } }, idempotencyKey);
}

ApiReply *PlatformClient::replaceAssessment(const QString &id, const QByteArray &sessionText)
{
    return put(u"/assessments/"_s + id, { { u"session"_s, QString::fromUtf8(sessionText) } });
}

ApiReply *PlatformClient::listAssessments(
    const QString &scope, const QString &modelId, const QString &cursor, int limit)
{
    QUrlQuery query;
    if (!scope.isEmpty())
        query.addQueryItem(u"scope"_s, scope);
    if (!modelId.isEmpty())
        query.addQueryItem(u"model"_s, modelId);
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    if (limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(limit));
    return get(u"/assessments"_s, query);
}

ApiReply *PlatformClient::publishTemplate(const QJsonObject &files, const QByteArray &idempotencyKey)
{
    return post(u"/templates"_s, { { u"files"_s, files } }, idempotencyKey);
}

ApiReply *PlatformClient::listTemplates(const QString &kind, const QString &cursor, int limit)
{
    QUrlQuery query;
    if (!kind.isEmpty())
        query.addQueryItem(u"kind"_s, kind);
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    if (limit > 0)
        query.addQueryItem(u"limit"_s, QString::number(limit));
    return get(u"/templates"_s, query);
}

ApiReply *PlatformClient::templateVersion(const QString &name, const QString &version)
{
    QUrlQuery query;
    if (!version.isEmpty())
        query.addQueryItem(u"version"_s, version);
    return get(u"/templates/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name)), query);
}

ApiReply *PlatformClient::assessment(const QString &id)
{
    return get(u"/assessments/"_s + id);
}

ApiReply *PlatformClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
    const QByteArray &body, const QByteArray &idempotencyKey)
{
    QNetworkRequest request = this->request(path, query);
    if (method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!idempotencyKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), idempotencyKey);
    const bool idempotent = method == "GET" || method == "PUT" || !idempotencyKey.isEmpty();
    QString cacheKey;
    if (method == "GET" && m_cache)
        cacheKey = ResponseCache::keyFor(path, query);
    auto *reply = new ApiReply(this, method, request, body, idempotent, cacheKey);
    // Started on the next turn, so that the caller connects to finished() first even if it fails at once.
    QMetaObject::invokeMethod(reply, &ApiReply::sendAttempt, Qt::QueuedConnection);
    return reply;
}

}
