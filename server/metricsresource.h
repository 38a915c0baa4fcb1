// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QHash>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <vector>

class QHttpServerResponder;

namespace Tarmac::Server {

class ApiRequest;
class Router;
struct MetricScope;
struct ServerContext;

// /metrics/dora and /metrics/adoption for a range, bucket, scope and (DORA) report year.
class MetricsResource {
public:
    explicit MetricsResource(ServerContext &context);
    ~MetricsResource();
    void addRoutes(Router &router);

private:
    QJsonObject adoption(const ApiRequest &request) const;
    // Answers a repeated question from memory while nothing was written here and for a few
    // seconds at most (what other instances write shows up after that).
    QHttpServerResponse cached(
        const ApiRequest &request, QJsonObject (MetricsResource::*compute)(const ApiRequest &) const);
    // DORA over a year of a large organisation takes long enough to hold up every other request:
    // it is computed on a worker thread with a connection of its own, and answered when done.
    void doraDeferred(const ApiRequest &request, QHttpServerResponder &responder);
    void answerWaiting(const QString &key, const QByteArray &body, const std::optional<ApiError> &error);
    static QString cacheKey(const ApiRequest &request);
    const QByteArray *fresh(const QString &key) const;
    void remember(const QString &key, const QByteArray &body, quint64 generation);

    struct CacheEntry {
        QByteArray body;
        quint64 generation = 0;
        qint64 at = 0;
    };
    ServerContext &m_context;
    QHash<QString, CacheEntry> m_cache;
    // Requests for a URL being computed wait for that computation instead of starting another.
    QHash<QString, std::vector<std::shared_ptr<QHttpServerResponder>>> m_waiting;
    // Receives the workers' results on the server's thread; declared before the pool, so that the
    // pool, destroyed first, has waited for its workers before this goes.
    QObject m_receiver;
    QThreadPool m_workers;
};

}
