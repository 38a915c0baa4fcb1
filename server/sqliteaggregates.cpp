// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteaggregates.h"

#include "percentiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QVariant>

#include <map>
#include <new>
#include <sqlite3.h>
#include <vector>

namespace Tarmac::Server {

namespace {

// SQLite's aggregate context is zeroed memory owned by SQLite: it holds a pointer to the state,
// which finish() deletes.
template <typename State> State *stateOf(sqlite3_context *context, bool create)
{
    auto **slot = static_cast<State **>(sqlite3_aggregate_context(context, create ? sizeof(State *) : 0));
    if (!slot)
        return nullptr;
    if (!*slot && create)
        *slot = new (std::nothrow) State;
    return *slot;
}

void returnJson(sqlite3_context *context, const QJsonArray &rows)
{
    const QByteArray json = QJsonDocument(rows).toJson(QJsonDocument::Compact);
    sqlite3_result_text(context, json.constData(), int(json.size()), SQLITE_TRANSIENT);
}

struct Values {
    qint64 rows = 0;
    std::vector<double> values;
};

struct PercentileState {
    std::map<qint64, Values> buckets;
    Values all;
    // Rows mostly come in bucket order: the last bucket saves a lookup per row.
    qint64 lastIndex = 0;
    Values *last = nullptr;
};

void percentileStep(sqlite3_context *context, int, sqlite3_value **arguments)
{
    auto *state = stateOf<PercentileState>(context, true);
    if (!state) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const bool hasValue = sqlite3_value_type(arguments[1]) != SQLITE_NULL;
    const double value = hasValue ? sqlite3_value_double(arguments[1]) : 0.0;
    try {
        const qint64 index = sqlite3_value_int64(arguments[0]);
        if (!state->last || state->lastIndex != index) {
            state->last = &state->buckets[index];
            state->lastIndex = index;
        }
        ++state->last->rows;
        if (hasValue)
            state->last->values.push_back(value);
    } catch (const std::bad_alloc &) {
        sqlite3_result_error_nomem(context);
    }
}

QJsonArray percentileRow(qint64 bucket, Values &in)
{
    QJsonArray row { bucket, in.rows, qint64(in.values.size()) };
    if (in.values.empty())
        return row << QJsonValue() << QJsonValue();
    const MedianAndP90 figures = medianAndP90(in.values);
    return row << figures.median << figures.p90;
}

void percentileFinish(sqlite3_context *context)
{
    auto *state = stateOf<PercentileState>(context, false);
    QJsonArray rows;
    Values none;
    if (state) {
        // All rows together, gathered before selection reorders each bucket's values.
        for (const auto &[bucket, values] : state->buckets) {
            state->all.rows += values.rows;
            state->all.values.insert(state->all.values.end(), values.values.cbegin(), values.values.cend());
        }
        for (auto &[bucket, values] : state->buckets)
            rows.append(percentileRow(bucket, values));
    }
    rows.append(percentileRow(-1, state ? state->all : none));
    delete state;
    returnJson(context, rows);
}

struct Sums {
    qint64 rows = 0;
    std::vector<qint64> sums;
};

struct SumState {
    std::map<qint64, Sums> buckets;
    qint64 lastIndex = 0;
    Sums *last = nullptr;
};

void sumStep(sqlite3_context *context, int count, sqlite3_value **arguments)
{
    if (count < 1) {
        sqlite3_result_error(context, "tarmac_sums needs a bucket", -1);
        return;
    }
    auto *state = stateOf<SumState>(context, true);
    if (!state) {
        sqlite3_result_error_nomem(context);
        return;
    }
    try {
        const qint64 index = sqlite3_value_int64(arguments[0]);
        if (!state->last || state->lastIndex != index) {
            state->last = &state->buckets[index];
            state->last->sums.resize(size_t(count - 1));
            state->lastIndex = index;
        }
        ++state->last->rows;
        for (int i = 1; i < count; ++i)
            state->last->sums[size_t(i - 1)] += sqlite3_value_int64(arguments[i]);
    } catch (const std::bad_alloc &) {
        sqlite3_result_error_nomem(context);
    }
}

void sumFinish(sqlite3_context *context)
{
    auto *state = stateOf<SumState>(context, false);
    QJsonArray rows;
    if (state) {
        for (const auto &[bucket, sums] : state->buckets) {
            QJsonArray row { bucket, sums.rows };
            for (qint64 sum : sums.sums)
                row.append(sum);
            rows.append(row);
        }
    }
    delete state;
    returnJson(context, rows);
}

}

bool registerSqliteAggregates(const QSqlDatabase &connection, QString *error)
{
    const QVariant handle = connection.driver()->handle();
    sqlite3 *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.data())
        : nullptr;
    if (!db) {
        *error = QStringLiteral("Qt's SQLite driver gave no connection handle");
        return false;
    }
    struct Aggregate {
        const char *name;
        int arguments;
        void (*step)(sqlite3_context *, int, sqlite3_value **);
        void (*finish)(sqlite3_context *);
    };
    for (const Aggregate &aggregate : { Aggregate { "tarmac_percentiles", 2, percentileStep, percentileFinish },
             Aggregate { "tarmac_sums", -1, sumStep, sumFinish } }) {
        const int rc = sqlite3_create_function_v2(db, aggregate.name, aggregate.arguments,
            SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, nullptr, aggregate.step, aggregate.finish, nullptr);
        if (rc != SQLITE_OK) {
            *error = QStringLiteral("cannot add %1 to SQLite: %2")
                         .arg(QLatin1String(aggregate.name), QString::fromUtf8(sqlite3_errstr(rc)));
            return false;
        }
    }
    return true;
}

}
