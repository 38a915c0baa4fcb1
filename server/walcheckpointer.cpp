// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include "core/logging.h"
#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <chrono>

namespace Tarmac::Server {

namespace {
// Often enough that the log stays a few MB at the bench's 1,000 writes/s.
constexpr std::chrono::milliseconds checkpointInterval(250);
// The server's own connection still checkpoints past this many pages (~80 MB), should this thread
// fall behind.
constexpr int fallbackCheckpointPages = 20000;
}

WalCheckpointer::WalCheckpointer(Database &database)
{
    if (database.kind() != QLatin1String("sqlite"))
        return;
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(fallbackCheckpointPages)))
        qCWarning(lcServer) << "cannot move checkpoints off the server's thread:" << query.lastError().text();
    m_thread = std::thread([this, &database] { run(database); });
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::run(const Database &main)
{
    // A connection belongs to the thread that opens it.
    Database own;
    QString error;
    if (!main.openAnother(&own, &error)) {
        qCWarning(lcServer) << "cannot open a connection for checkpoints:" << error;
        return;
    }
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, checkpointInterval, [this] { return m_stopping; })) {
        lock.unlock();
        // PASSIVE: copies what no reader still needs, never waits for the writer or readers.
        QSqlQuery query(own.connection());
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCWarning(lcServer) << "checkpoint failed:" << query.lastError().text();
        lock.lock();
    }
}

}
