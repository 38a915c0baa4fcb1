// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/doraseries.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace Tarmac {
class ApiReply;
class PlatformClient;
}

namespace Tarmac::Metrics {

// What the Metrics page asks for: scope as the API takes it ("all", "team:payments"), the range,
// the bucket, the report year.
struct MetricsFilters {
    QString scope = QStringLiteral("all");
    TimeSpan range;
    Bucket bucket = Bucket::Week;
    int year = 0;
    friend bool operator==(const MetricsFilters &, const MetricsFilters &) = default;
};

// Fetches the metrics through the platform client and hands parsed series to the page. A newer
// request of a kind replaces (aborts) the older one, so answers never arrive out of order.
class MetricsFetcher : public QObject {
    Q_OBJECT
public:
    enum class Request { Dora, Adoption, PathComparison, DrillDown, Scopes };
    Q_ENUM(Request)

    explicit MetricsFetcher(PlatformClient *client, QObject *parent = nullptr);
    ~MetricsFetcher() override;

    // The range and the previous period of equal length (for the trend).
    void fetchDora(const MetricsFilters &filters);
    void fetchAdoption(const MetricsFilters &filters);
    // DORA for services on the golden path and for the rest, over the whole range.
    void fetchPathComparison(const MetricsFilters &filters);
    // The ids behind the buckets in [span.from, span.to).
    void fetchDrillDown(const MetricsFilters &filters, const TimeSpan &span);
    // Team, service and environment names for the scope picker.
    void fetchScopes();
    // Drops every request in flight: none of their answers or failures is reported.
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    // cachedAt is valid when the answer came from the offline cache.
    void doraReady(const Tarmac::Metrics::DoraSeries &current,
        const std::optional<Tarmac::Metrics::DoraSeries> &previous, const QDateTime &cachedAt);
    void adoptionReady(const Tarmac::Metrics::AdoptionSeries &series, const QDateTime &cachedAt);
    void pathComparisonReady(const Tarmac::Metrics::DoraSeries &golden, const Tarmac::Metrics::DoraSeries &other);
    void drillDownReady(const Tarmac::Metrics::DoraSeries &series);
    void scopesReady(const QStringList &teams, const QStringList &services, const QStringList &environments);
    void failed(Tarmac::Metrics::MetricsFetcher::Request request, const QString &message);
    void busyChanged(bool busy);

private:
    // Sends the GETs of one request together; done runs when all succeeded, with their JSON.
    void send(Request request, const QList<std::pair<QString, QUrlQuery>> &calls,
        std::function<void(const QList<QJsonValue> &, const QDateTime &)> done);
    void dropPending(Request request);
    void updateBusy();

    // The calls of one request in flight and the answers so far (replies delete themselves once done).
    struct Pending {
        QList<QPointer<ApiReply>> replies;
        QList<QJsonValue> values;
        qsizetype remaining = 0;
        QDateTime cachedAt;
    };

    PlatformClient *m_client;
    QHash<Request, Pending> m_pending;
    bool m_busy = false;
};

QUrlQuery metricsQuery(const MetricsFilters &filters, const TimeSpan &range);

}
