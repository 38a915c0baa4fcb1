// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

class QSqlError;

namespace Tarmac::Server {

class Database;

// Runs one statement with positional (?) bindings; throws ApiError (500, or 409 for a unique key
// already taken) when it fails, so handlers read as the happy path.
QSqlQuery sqlExec(const Database &database, const QString &statement, const QVariantList &values = {});
// A statement without bindings run as it is, not prepared: for what PostgreSQL cannot prepare
// (CREATE TABLE ... AS, SET). Throws ApiError like sqlExec.
void sqlExecDirect(const Database &database, const QString &statement);
// The two halves of sqlExec, for a statement run many times: prepare once, then bind and run.
QSqlQuery sqlPrepare(const Database &database, const QString &statement);
void sqlRun(QSqlQuery &query, const QVariantList &values);
bool isUniqueViolation(const QSqlError &error);

// Runs a statement that the connection keeps prepared, like sqlExec: for the statements every write
// runs, which cost more to prepare (with the triggers they fire) than to run. Finished when it goes
// out of scope, so that a SELECT never holds on to SQLite's snapshot. While one is alive, the same
// statement run elsewhere is prepared afresh.
class SqlStatement {
public:
    SqlStatement(const Database &database, const QString &statement, const QVariantList &values = {});
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    QSqlQuery &query() { return *m_query; }
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    void release();

    bool *m_inUse = nullptr;
    std::optional<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
};

// A new id: prefix, then the creation time and randomness in hex, so ids sort by creation time.
QString newId(const QString &prefix);
qint64 nowMs();

}
