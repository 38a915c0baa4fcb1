// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricsfetcher.h"

#include "platform/platformclient.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Tarmac::Metrics {

QUrlQuery metricsQuery(const MetricsFilters &filters, const TimeSpan &range)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), formatTimestamp(range.from));
    query.addQueryItem(QStringLiteral("to"), formatTimestamp(range.to));
    query.addQueryItem(QStringLiteral("bucket"), bucketName(filters.bucket));
    query.addQueryItem(QStringLiteral("scope"), filters.scope);
    if (filters.year > 0)
        query.addQueryItem(QStringLiteral("year"), QString::number(filters.year));
    return query;
}

MetricsFetcher::MetricsFetcher(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

MetricsFetcher::~MetricsFetcher()
{
    for (const Pending &pending : std::as_const(m_pending)) {
        for (const QPointer<ApiReply> &reply : pending.replies) {
            if (reply)
                reply->disconnect(this);
        }
    }
}

bool MetricsFetcher::isBusy() const
{
    return m_busy;
}

void MetricsFetcher::dropPending(Request request)
{
    for (const QPointer<ApiReply> &old : m_pending.take(request).replies) {
        if (old) {
            old->disconnect(this);
            old->abort();
        }
    }
}

void MetricsFetcher::updateBusy()
{
    const bool busy = !m_pending.isEmpty();
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void MetricsFetcher::cancel()
{
    for (const Request request : m_pending.keys())
        dropPending(request);
    updateBusy();
}

void MetricsFetcher::send(Request request, const QList<std::pair<QString, QUrlQuery>> &calls,
    std::function<void(const QList<QJsonValue> &, const QDateTime &)> done)
{
    dropPending(request);
    Pending &pending = m_pending[request];
    pending.values.resize(calls.size());
    pending.remaining = calls.size();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        ApiReply *reply = m_client->get(calls.at(i).first, calls.at(i).second);
        pending.replies.append(reply);
        connect(reply, &ApiReply::finished, this, [this, request, reply, i, done] {
            const auto it = m_pending.find(request);
            if (it == m_pending.end() || !it->replies.contains(reply))
                return;
            if (!reply->ok()) {
                const QString message = reply->error().describe();
                dropPending(request);
                updateBusy();
                Q_EMIT failed(request, message);
                return;
            }
            it->values[i] = reply->json();
            if (reply->fromCache())
                it->cachedAt = reply->cachedAt();
            if (--it->remaining > 0)
                return;
            const Pending finished = m_pending.take(request);
            updateBusy();
            done(finished.values, finished.cachedAt);
        });
    }
    updateBusy();
}

void MetricsFetcher::fetchDora(const MetricsFilters &filters)
{
    const TimeSpan previous { 2 * filters.range.from - filters.range.to, filters.range.from };
    send(Request::Dora,
        { { QStringLiteral("/metrics/dora"), metricsQuery(filters, filters.range) },
            { QStringLiteral("/metrics/dora"), metricsQuery(filters, previous) } },
        [this](const QList<QJsonValue> &values, const QDateTime &cachedAt) {
            QString error;
            const auto current = DoraSeries::fromJson(values.at(0).toObject(), &error);
            if (!current) {
                Q_EMIT failed(Request::Dora, tr("The platform's DORA metrics are malformed: %1").arg(error));
                return;
            }
            Q_EMIT doraReady(*current, DoraSeries::fromJson(values.at(1).toObject(), &error), cachedAt);
        });
}

void MetricsFetcher::fetchAdoption(const MetricsFilters &filters)
{
    send(Request::Adoption, { { QStringLiteral("/metrics/adoption"), metricsQuery(filters, filters.range) } },
        [this](const QList<QJsonValue> &values, const QDateTime &cachedAt) {
            QString error;
            const auto series = AdoptionSeries::fromJson(values.at(0).toObject(), &error);
            if (!series) {
                Q_EMIT failed(Request::Adoption, tr("The platform's adoption metrics are malformed: %1").arg(error));
                return;
            }
            Q_EMIT adoptionReady(*series, cachedAt);
        });
}

void MetricsFetcher::fetchPathComparison(const MetricsFilters &filters)
{
    MetricsFilters golden = filters;
    golden.scope = QStringLiteral("path:golden");
    MetricsFilters other = filters;
    other.scope = QStringLiteral("path:other");
    send(Request::PathComparison,
        { { QStringLiteral("/metrics/dora"), metricsQuery(golden, filters.range) },
            { QStringLiteral("/metrics/dora"), metricsQuery(other, filters.range) } },
        [this](const QList<QJsonValue> &values, const QDateTime &) {
            QString error;
            const auto a = DoraSeries::fromJson(values.at(0).toObject(), &error);
            const auto b = a ? DoraSeries::fromJson(values.at(1).toObject(), &error) : std::nullopt;
            if (!a || !b) {
                Q_EMIT failed(Request::PathComparison, tr("The platform's DORA metrics are malformed: %1").arg(error));
                return;
            }
            Q_EMIT pathComparisonReady(*a, *b);
        });
}

void MetricsFetcher::fetchDrillDown(const MetricsFilters &filters, const TimeSpan &span)
{
    QUrlQuery query = metricsQuery(filters, span);
    query.addQueryItem(QStringLiteral("ids"), QStringLiteral("true"));
    send(Request::DrillDown, { { QStringLiteral("/metrics/dora"), query } },
        [this](const QList<QJsonValue> &values, const QDateTime &) {
            QString error;
            const auto series = DoraSeries::fromJson(values.at(0).toObject(), &error);
            if (!series) {
                Q_EMIT failed(Request::DrillDown, tr("The platform's DORA metrics are malformed: %1").arg(error));
                return;
            }
            Q_EMIT drillDownReady(*series);
        });
}

void MetricsFetcher::fetchScopes()
{
    QUrlQuery all;
    all.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    send(Request::Scopes,
        { { QStringLiteral("/teams"), all }, { QStringLiteral("/services"), all },
            { QStringLiteral("/environments"), all } },
        [this](const QList<QJsonValue> &values, const QDateTime &) {
            const auto names = [](const QJsonValue &page) {
                QStringList list;
                for (const QJsonValue &item : page.toObject().value(QLatin1String("items")).toArray())
                    list.append(item.toObject().value(QLatin1String("name")).toString());
                list.sort();
                return list;
            };
            Q_EMIT scopesReady(names(values.at(0)), names(values.at(1)), names(values.at(2)));
        });
}

}
