// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "apierror.h"
#include "core/logging.h"
#include "database.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Tarmac::Server {

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL: 23505; SQLite: 2067 (UNIQUE) and 1555 (PRIMARY KEY), or the base code 19.
    return code == QLatin1String("23505") || code == QLatin1String("2067") || code == QLatin1String("1555")
        || error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

QSqlQuery sqlExec(const Database &database, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = sqlPrepare(database, statement);
    sqlRun(query, values);
    return query;
}

void sqlExecDirect(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement)) {
        qCWarning(lcServer) << "query failed" << statement << query.lastError().text();
        throw ApiError::internal(QStringLiteral("the database failed: ") + query.lastError().text());
    }
}

QSqlQuery sqlPrepare(const Database &database, const QString &statement)
{
    // Not forward-only: QPSQL then streams rows one by one, and a second query on the connection
    // while a first is still open discards the first's results.
    QSqlQuery query(database.connection());
    if (!query.prepare(statement)) {
        qCWarning(lcServer) << "cannot prepare" << statement << query.lastError().text();
        throw ApiError::internal(QStringLiteral("the database refused a query: ") + query.lastError().text());
    }
    return query;
}

void sqlRun(QSqlQuery &query, const QVariantList &values)
{
    // Only an invalid QVariant means NULL: a null QString is an empty text, as the NOT NULL
    // columns expect.
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        query.bindValue(int(i),
            value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull() ? QVariant(QString(u""_s))
                                                                                            : value);
    }
    if (!query.exec()) {
        if (isUniqueViolation(query.lastError()))
            throw ApiError::conflict(QStringLiteral("that already exists"));
        qCWarning(lcServer) << "query failed" << query.lastQuery() << query.lastError().text();
        throw ApiError::internal(QStringLiteral("the database failed: ") + query.lastError().text());
    }
}

SqlStatement::SqlStatement(const Database &database, const QString &statement, const QVariantList &values)
{
    Database::KeptStatement *kept = database.keptStatement(statement);
    if (kept && !kept->inUse) {
        kept->inUse = true;
        m_inUse = &kept->inUse;
        m_query = &kept->query;
    } else {
        m_own.emplace(sqlPrepare(database, statement));
        m_query = &*m_own;
    }
    try {
        sqlRun(*m_query, values);
    } catch (...) {
        release();
        throw;
    }
}

SqlStatement::~SqlStatement()
{
    release();
}

void SqlStatement::release()
{
    m_query->finish();
    if (m_inUse)
        *m_inUse = false;
    m_inUse = nullptr;
}

QString newId(const QString &prefix)
{
    const quint64 random = QRandomGenerator::global()->generate64() & 0xffffffffffULL;
    return prefix + u'_' + QStringLiteral("%1").arg(QDateTime::currentMSecsSinceEpoch(), 12, 16, QLatin1Char('0'))
        + QStringLiteral("%1").arg(random, 10, 16, QLatin1Char('0'));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

}
