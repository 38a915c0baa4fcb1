// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace TestUtils {

// A real, throwaway PostgreSQL for a test: initdb in a temporary folder and postgres on a free
// loopback port. PostgreSQL refuses to run as root, so as root both run as the user nobody in a
// folder handed to it. Stopped and removed on destruction.
class PostgresServer {
public:
    PostgresServer();
    ~PostgresServer();

    // On failure returns false and says why in error (a test must fail then, never skip).
    bool start(QString *error);
    // Makes an empty database and returns its URL for tarmacd: postgres://tarmac@127.0.0.1:PORT/NAME
    bool createDatabase(const QString &name, QString *url, QString *error);
    quint16 port() const { return m_port; }
    // The folder of its Unix socket.
    QString socketFolder() const { return m_dir.path(); }

private:
    bool run(const QString &program, const QStringList &arguments, QString *error);
    QStringList asServerUser(const QString &program, const QStringList &arguments) const;

    QString m_bin;
    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
};

}
