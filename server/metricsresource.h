// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    ServerContext &m_context;
};

}
