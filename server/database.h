// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Tarmac::Server {

// tarmacd's storage: opened from a --database URL, brought to the newest schema by the versioned
// migrations in server/migrations/ on open.
class Database {
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // url is sqlite:PATH. On failure returns false and says what and where in error.
    bool open(const QString &url, QString *error);
    void close();

    QSqlDatabase connection() const;
    // "sqlite" or "postgres"
    QString kind() const { return m_kind; }
    int schemaVersion() const;
    // True when the database answers a trivial query.
    bool isHealthy() const;

private:
    bool openSqlite(const QString &path, QString *error);
    bool migrate(QString *error);

    QString m_connectionName;
    QString m_kind;
};

}
