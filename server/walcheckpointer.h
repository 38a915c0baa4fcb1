// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Tarmac::Server {

class Database;

// Copies SQLite's write-ahead log into the database file from a thread of its own. A checkpoint
// syncs the log and the file to the disk; left to SQLite, the connection whose commit filled the
// log runs it, and that request waits for the disk (fdatasync took 12% of the server thread's time
// under the write bench). Commits themselves need no sync to survive the process being killed.
class WalCheckpointer {
public:
    // Does nothing unless database is SQLite.
    explicit WalCheckpointer(Database &database);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

private:
    void run(const Database &main);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

}
