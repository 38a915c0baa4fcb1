// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

#include <memory>
#include <vector>

namespace Tarmac::Server {

// tarmacd --workers N: N-1 more processes serve the same port, each a tarmacd instance
// of its own on the same PostgreSQL database, as instances started apart already are (jobs are
// claimed with SKIP LOCKED, event streams read the database). One instance handles one request at
// a time and waits while PostgreSQL works on a write, so on its own it uses about one core. Each
// process listens on a socket of its own on the port (SO_REUSEPORT), and the kernel spreads new
// connections over them: with one socket shared, the process that woke first took every
// connection a client opened at once (wrk's 32 all went to one). The workers stop with
// this process, also when it is killed (their parent-death signal), and one that exits otherwise
// is started again.
class WorkerProcesses : public QObject {
    Q_OBJECT
public:
    // arguments are this process's own (without the program); the workers get them with the address
    // this process listens on (its port, where it asked for any) in place of the options that are
    // this process's alone.
    WorkerProcesses(
        const QString &listen, const QStringList &arguments, QByteArray sessionToken, QObject *parent = nullptr);
    // Stops them: SIGTERM, which they answer by finishing their writes, then waits.
    ~WorkerProcesses() override;

    void start(int count);

private:
    static QStringList workerArguments(const QStringList &arguments, const QString &listen);
    void startWorker(QProcess &worker);

    QStringList m_arguments;
    QByteArray m_sessionToken;
    std::vector<std::unique_ptr<QProcess>> m_workers;
    bool m_stopping = false;
};

}
