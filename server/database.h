// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Tarmac::Server {

// tarmacd's storage: opened from a --database URL, brought to the newest schema by the versioned
// migrations in server/migrations/ on open.
class Database {
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // url is sqlite:PATH or postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE. Brings the schema up to
    // date unless setMigrateOnOpen(false). On failure returns false and says what and where in error.
    bool open(const QString &url, QString *error);
    void setMigrateOnOpen(bool migrate) { m_migrateOnOpen = migrate; }
    // Applies the migrations this tarmacd has that the database lacks.
    bool migrate(QString *error);
    // Opens other on the same database, for a second connection (another thread, a listener).
    bool openAnother(Database *other, QString *error) const;
    void close();

    QSqlDatabase connection() const;
    // A write transaction. On SQLite it takes the write lock up front (BEGIN IMMEDIATE, waiting up
    // to the busy timeout), so that another process's commit cannot invalidate what it read.
    bool beginWrite(QString *error);
    bool commit(QString *error);
    void rollback();
    // One savepoint inside the open transaction: a part of it that fails alone (one request of a
    // write batch) is undone with rollbackToSavepoint, which keeps the savepoint, without undoing
    // the rest; releaseSavepoint keeps the part's work in the transaction. The savepoint and its
    // release are sent with the next statement (a round trip each saved, see SqlBatch); a failure
    // to make one shows as that statement's failure.
    void savepoint();
    void releaseSavepoint();
    void rollbackToSavepoint();
    // Runs action once the open transaction has committed, or at once outside one. Dropped when
    // the work that asked for it rolls back (to the savepoint, or the whole transaction).
    void afterCommit(std::function<void()> action);
    // A transaction kept open between calls (the write batch's, see WriteBatch) commits through
    // commit before anything else uses this connection, so that nothing reads or writes inside it
    // by accident. Called once, then forgotten; empty to clear.
    void setPendingCommit(std::function<void()> commit) { m_pendingCommit = std::move(commit); }
    // Runs the statements of the shared SQL script NAME (server/sql/) for this kind of database, in
    // the current transaction if there is one. On failure returns false and says what in error.
    bool runScript(const QString &name, QString *error);
    // "sqlite" or "postgres"
    QString kind() const { return m_kind; }
    int schemaVersion() const;
    // The newest migration this build knows.
    static int latestSchemaVersion();
    // True when the database answers a trivial query.
    bool isHealthy() const;

    // A statement this connection keeps prepared (see SqlStatement in sql.h), and whether a
    // SqlStatement is using it now.
    struct KeptStatement {
        QSqlQuery query;
        bool inUse = false;
    };
    // The kept statement for this text, prepared on first use; nullptr if it cannot be prepared.
    KeptStatement *keptStatement(const QString &statement) const;

    // A statement of the open transaction sent with the next one (SqlBatch sends them in one round
    // trip) or with the commit, not on its own; done, if given, gets its count of rows affected
    // then. Rolling back to the savepoint drops those not sent yet that came after it. A failure
    // shows as the failure of the statement it went with.
    struct Deferred {
        QString statement;
        QVariantList values;
        std::function<void(int rowsAffected)> done;
        bool opensSavepoint = false;
    };
    void defer(const QString &statement, const QVariantList &values = {}, std::function<void(int)> done = {});
    // Deferred statements fail with the one they went with. One that failed before the savepoint
    // after it was made (an earlier part's, say) leaves nothing that rolling back to the savepoint
    // would undo alone: the transaction as a whole is then to be rolled back.
    void failedBeforeSavepoint() const { m_brokenSavepoint = true; }
    bool savepointBroken() const { return m_brokenSavepoint; }

    // For SqlBatch's pipelines on PostgreSQL: libpq's connection (a PGconn) under Qt's driver,
    // the deferred statements, which the caller now sends, and the name this connection keeps a
    // statement prepared under.
    void *postgresConnection() const;
    QList<Deferred> takeDeferredStatements() const;
    struct PipelinedStatement {
        QByteArray name;
        QByteArray text;
        int parameters = 0;
        bool prepared = false;
    };
    PipelinedStatement &pipelinedStatement(const QString &statement) const;

private:
    // The connection without settling a pending commit: for this class's own transaction control.
    QSqlDatabase rawConnection() const;
    void settlePendingCommit() const;
    void sendDeferredStatements() const;
    void sendDeferred(const Deferred &deferred) const;
    bool openSqlite(const QString &path, QString *error);
    bool openPostgres(const QString &url, QString *error);
    bool migrateLocked(QString *error);

    QString m_connectionName;
    mutable std::unordered_map<QString, std::unique_ptr<KeptStatement>> m_keptStatements;
    mutable std::unordered_map<QString, PipelinedStatement> m_pipelinedStatements;
    mutable QList<Deferred> m_deferred;
    mutable bool m_brokenSavepoint = false;
    // A savepoint asked for and not released nor dropped unsent: one to roll back to.
    bool m_hasSavepoint = false;
    QString m_kind;
    QString m_url;
    bool m_migrateOnOpen = true;
    bool m_inTransaction = false;
    std::vector<std::function<void()>> m_afterCommit;
    size_t m_afterCommitAtSavepoint = 0;
    mutable std::function<void()> m_pendingCommit;
};

}
