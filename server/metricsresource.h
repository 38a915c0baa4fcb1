// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace Tarmac::Server {

class ApiRequest;
class Router;
struct MetricScope;
struct ServerContext;

// /metrics/dora and /metrics/adoption for a range, bucket, scope and (DORA) report year.
class MetricsResource {
public:
    explicit MetricsResource(ServerContext &context);
    void addRoutes(Router &router);

private:
    QJsonObject dora(const ApiRequest &request) const;
    QJsonObject adoption(const ApiRequest &request) const;
    // Answers a repeated question from memory while nothing was written here and for a few
    // seconds at most (what other instances write shows up after that).
    QHttpServerResponse cached(
        const ApiRequest &request, QJsonObject (MetricsResource::*compute)(const ApiRequest &) const);

    struct CacheEntry {
        QByteArray body;
        quint64 generation = 0;
        qint64 at = 0;
    };
    ServerContext &m_context;
    QHash<QString, CacheEntry> m_cache;
};

}
