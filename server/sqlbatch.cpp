// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlbatch.h"

#include "apierror.h"
#include "core/logging.h"
#include "database.h"
#include "sql.h"

#include <QSqlRecord>

#include <libpq-fe.h>

namespace Tarmac::Server {

namespace {
// Type oids of the results we convert (PostgreSQL's catalog/pg_type.h, stable across versions).
constexpr Oid boolOid = 16;
constexpr Oid int8Oid = 20;
constexpr Oid int2Oid = 21;
constexpr Oid int4Oid = 23;
constexpr Oid float4Oid = 700;
constexpr Oid float8Oid = 701;
constexpr Oid numericOid = 1700;

// Our '?' placeholders as libpq's $1, $2...: a question mark inside quotes or a comment is text.
QByteArray numberedPlaceholders(const QString &statement, int *count)
{
    QString numbered;
    numbered.reserve(statement.size() + 16);
    int placeholders = 0;
    QChar quote;
    for (qsizetype i = 0; i < statement.size(); ++i) {
        const QChar c = statement.at(i);
        if (!quote.isNull()) {
            // A doubled quote inside closes and reopens, which reads the same.
            if (c == quote)
                quote = QChar();
            numbered += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            numbered += c;
        } else if (c == u'-' && statement.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = statement.indexOf(u'\n', i);
            numbered += statement.mid(i, end < 0 ? -1 : end - i);
            i = end < 0 ? statement.size() : end - 1;
        } else if (c == u'?') {
            numbered += u'$' + QString::number(++placeholders);
        } else {
            numbered += c;
        }
    }
    *count = placeholders;
    return numbered.toUtf8();
}

// As sqlRun binds: only an invalid QVariant, or a null of a type other than text, is NULL; a null
// QString is an empty text, as the NOT NULL columns expect.
std::optional<QByteArray> parameterText(const QVariant &value)
{
    if (!value.isValid())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().toUtf8();
    case QMetaType::Bool:
        return value.toBool() ? QByteArray("1") : QByteArray("0");
    case QMetaType::Double:
    case QMetaType::Float:
        if (value.isNull())
            return std::nullopt;
        return QByteArray::number(value.toDouble(), 'g', 17);
    default:
        if (value.isNull())
            return std::nullopt;
        return value.toString().toUtf8();
    }
}

// A result column's value as QPSQL would give it; NULL is a null QVariant of the column's type.
QVariant columnValue(const PGresult *result, int row, int column)
{
    QMetaType type;
    switch (PQftype(result, column)) {
    case int8Oid:
    case int4Oid:
    case int2Oid:
        type = QMetaType::fromType<qlonglong>();
        break;
    case boolOid:
        type = QMetaType::fromType<bool>();
        break;
    case float4Oid:
    case float8Oid:
    case numericOid:
        type = QMetaType::fromType<double>();
        break;
    default:
        type = QMetaType::fromType<QString>();
    }
    if (PQgetisnull(result, row, column))
        return QVariant(type);
    const QByteArray text = QByteArray::fromRawData(PQgetvalue(result, row, column), PQgetlength(result, row, column));
    switch (type.id()) {
    case QMetaType::LongLong:
        return text.toLongLong();
    case QMetaType::Bool:
        return text == "t";
    case QMetaType::Double:
        return text.toDouble();
    default:
        return QString::fromUtf8(text);
    }
}

[[noreturn]] void throwFailure(const QByteArray &sqlState, const QString &message, const QString &statement)
{
    if (sqlState == "23505")
        throw ApiError::conflict(QStringLiteral("that already exists"));
    qCWarning(lcServer) << "query failed" << statement << message;
    throw ApiError::internal(QStringLiteral("the database failed: ") + message);
}
}

SqlBatch::SqlBatch(const Database &database)
    : m_database(database)
{
}

int SqlBatch::add(const QString &statement, const QVariantList &values)
{
    m_statements.push_back({ statement, values });
    return int(m_statements.size() - 1);
}

void SqlBatch::run()
{
    m_results.assign(m_statements.size(), {});
    if (m_database.kind() == QLatin1String("postgres"))
        runPipelined();
    else
        runInProcess();
    m_statements.clear();
}

void SqlBatch::runInProcess()
{
    // The deferred statements, even when this batch has none of its own.
    m_database.connection();
    for (size_t i = 0; i < m_statements.size(); ++i) {
        SqlStatement statement(m_database, m_statements[i].text, m_statements[i].values);
        Result &result = m_results[i];
        const int columns = statement.query().record().count();
        while (statement.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int column = 0; column < columns; ++column)
                row.append(statement.value(column));
            result.rows.append(row);
        }
        result.rowsAffected = statement.numRowsAffected();
    }
}

void SqlBatch::runPipelined()
{
    auto *connection = static_cast<PGconn *>(m_database.postgresConnection());
    // What was sent, in order: a statement (its index: ours, then the deferred ones after them),
    // or the preparation of one.
    struct Sent {
        size_t statement = 0;
        Database::PipelinedStatement *prepares = nullptr;
        QString text;
        size_t position = 0;
    };
    std::vector<Sent> sent;
    const auto sendFailed
        = [&] { return QStringLiteral("cannot send to PostgreSQL: ") + QString::fromUtf8(PQerrorMessage(connection)); };
    if (!connection || PQenterPipelineMode(connection) != 1)
        throw ApiError::internal(connection ? sendFailed() : QStringLiteral("no PostgreSQL connection"));

    QString failure;
    QString failedStatement;
    QByteArray failedState;
    // The deferred statements first, as the database was asked for them; their results after ours.
    const QList<Database::Deferred> deferred = m_database.takeDeferredStatements();
    std::vector<const Statement *> order;
    std::vector<Statement> deferredStatements;
    deferredStatements.reserve(size_t(deferred.size()));
    for (const Database::Deferred &statement : deferred)
        deferredStatements.push_back({ statement.statement, statement.values });
    for (const Statement &statement : deferredStatements)
        order.push_back(&statement);
    for (const Statement &statement : m_statements)
        order.push_back(&statement);
    m_results.resize(m_statements.size() + deferredStatements.size());
    const auto resultIndex = [&](size_t position) {
        return position < deferredStatements.size() ? m_statements.size() + position
                                                    : position - deferredStatements.size();
    };
    for (size_t i = 0; i < order.size() && failure.isEmpty(); ++i) {
        const Statement &statement = *order[i];
        Database::PipelinedStatement &kept = m_database.pipelinedStatement(statement.text);
        if (!kept.prepared) {
            if (kept.text.isEmpty())
                kept.text = numberedPlaceholders(statement.text, &kept.parameters);
            if (!PQsendPrepare(connection, kept.name.constData(), kept.text.constData(), kept.parameters, nullptr)) {
                failure = sendFailed();
                break;
            }
            // Until its result says otherwise: the same statement again in this batch is not
            // prepared twice.
            kept.prepared = true;
            sent.push_back({ 0, &kept, statement.text, i });
        }
        if (statement.values.size() != kept.parameters) {
            failure = QStringLiteral("%1 values for %2 placeholders").arg(statement.values.size()).arg(kept.parameters);
            failedStatement = statement.text;
            break;
        }
        std::vector<std::optional<QByteArray>> texts;
        std::vector<const char *> parameters;
        texts.reserve(size_t(kept.parameters));
        for (const QVariant &value : statement.values)
            texts.push_back(parameterText(value));
        for (const auto &text : texts)
            parameters.push_back(text ? text->constData() : nullptr);
        if (!PQsendQueryPrepared(
                connection, kept.name.constData(), kept.parameters, parameters.data(), nullptr, nullptr, 0)) {
            failure = sendFailed();
            break;
        }
        sent.push_back({ resultIndex(i), nullptr, statement.text, i });
    }
    // Even after a failure to send: what was sent is answered, and the pipeline ends at the sync.
    if (!PQpipelineSync(connection) && failure.isEmpty())
        failure = sendFailed();

    // The results, in the order sent: each one's result, then a null; the sync point last. After
    // a failure the rest are "aborted". Two nulls in a row: the connection is gone.
    size_t next = 0;
    int nulls = 0;
    for (;;) {
        PGresult *result = PQgetResult(connection);
        if (!result) {
            if (++nulls > 1)
                break;
            continue;
        }
        nulls = 0;
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(result);
            break;
        }
        if (next < sent.size()) {
            const Sent &item = sent[next++];
            if (item.prepares && status != PGRES_COMMAND_OK)
                item.prepares->prepared = false;
            if (status == PGRES_FATAL_ERROR && failure.isEmpty()) {
                failedState = PQresultErrorField(result, PG_DIAG_SQLSTATE);
                failure = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
                failedStatement = item.text;
                for (qsizetype later = qsizetype(item.position) + 1; later < deferred.size(); ++later) {
                    if (deferred.at(later).opensSavepoint)
                        m_database.failedBeforeSavepoint();
                }
            } else if (!item.prepares && status == PGRES_TUPLES_OK) {
                Result &rows = m_results[item.statement];
                const int count = PQntuples(result);
                const int columns = PQnfields(result);
                rows.rows.reserve(count);
                for (int row = 0; row < count; ++row) {
                    QVariantList values;
                    values.reserve(columns);
                    for (int column = 0; column < columns; ++column)
                        values.append(columnValue(result, row, column));
                    rows.rows.append(values);
                }
            } else if (!item.prepares && status == PGRES_COMMAND_OK) {
                m_results[item.statement].rowsAffected = QByteArray(PQcmdTuples(result)).toInt();
                m_results[item.statement].command = PQcmdStatus(result);
            }
        }
        PQclear(result);
    }
    // Preparations whose result never came (the connection went) are not known to be made.
    for (; next < sent.size(); ++next) {
        if (sent[next].prepares)
            sent[next].prepares->prepared = false;
    }
    if (PQexitPipelineMode(connection) != 1 && failure.isEmpty())
        failure = QStringLiteral("PostgreSQL left the pipeline unfinished: ")
            + QString::fromUtf8(PQerrorMessage(connection));
    if (!failure.isEmpty())
        throwFailure(failedState, failure, failedStatement);
    for (qsizetype i = 0; i < deferred.size(); ++i) {
        if (deferred.at(i).done)
            deferred.at(i).done(m_results[m_statements.size() + size_t(i)].rowsAffected);
    }
    m_results.resize(m_statements.size());
}

}
