// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

#include <vector>

namespace Tarmac::Server {

class Database;

// One row of a SqlBatch result, read as a QSqlQuery's current row is.
class SqlRow {
public:
    explicit SqlRow(const QVariantList &values)
        : m_values(values)
    {
    }
    QVariant value(int index) const { return m_values.value(index); }

private:
    const QVariantList &m_values;
};

// Statements that go to the database together, in order, inside the current transaction, with
// positional (?) bindings as sqlExec takes them. On PostgreSQL they go out in one libpq pipeline,
// kept prepared on the connection: one round trip for all of them, where QPSQL takes one per
// statement. (QPSQL cannot send several: given "A; B" it reports A's result only and drops B's
// error.) On this 2-core virtual machine a round trip costs more than the statements it carries,
// since each one wakes the other side's idle processor. On SQLite, in process, they run one after
// another as SqlStatements. The statements the database deferred (Database::defer: a write's
// savepoint, the previous one's release and stored answer) go out first, in the same round trip.
//
// The first statement that fails throws ApiError as sqlRun does (409 for a unique key already
// taken), and the ones after it do not run.
class SqlBatch {
public:
    explicit SqlBatch(const Database &database);

    // Adds a statement; its result is result(index) once run.
    int add(const QString &statement, const QVariantList &values = {});
    void run();

    struct Result {
        QList<QVariantList> rows;
        int rowsAffected = 0;
        // PostgreSQL's command tag ("INSERT 0 1", "COMMIT"); empty on SQLite.
        QByteArray command;
    };
    const Result &result(int index) const { return m_results.at(size_t(index)); }

private:
    struct Statement {
        QString text;
        QVariantList values;
    };

    void runInProcess();
    void runPipelined();

    const Database &m_database;
    std::vector<Statement> m_statements;
    std::vector<Result> m_results;
};

}
