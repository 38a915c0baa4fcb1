// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QObject>
#include <QTimer>

#include <vector>

namespace Tarmac::Server {

class Database;

// Group commit for the API's writes. Writes that arrive together share one transaction and so one
// durable commit: on PostgreSQL each commit waits for its WAL flush, which with one commit per
// request came one after another (a slow disk makes that the limit). Each write runs under its own
// savepoint, so one that fails (a bad body, a conflict) rolls back alone and is answered at once;
// the others' answers wait for the commit, so nothing is acknowledged before it is durable. The
// batch commits when the event loop has nothing more to hand it, when it is full, or when anything
// else needs the connection (Database::setPendingCommit): reads, streams and the runner only see
// committed data.
class WriteBatch : public QObject {
    Q_OBJECT
public:
    explicit WriteBatch(Database &database, QObject *parent = nullptr);
    // Commits what is open and sends its answers.
    ~WriteBatch() override;

    // Starts one write: the batch's transaction if none is open, then the write's savepoint. On
    // failure says why in error; the caller answers 503.
    bool join(QString *error);
    // The write succeeded: keeps its work and sends response once the batch has committed.
    void hold(QHttpServerResponder &&responder, QHttpServerResponse &&response);
    // The write failed: undoes its work; the caller answers at once.
    void undo();
    // Commits now and sends the held answers; each gets 503 if the commit fails.
    void commit();

Q_SIGNALS:
    void committed();

private:
    void leaveOpen();
    // Rolls the whole batch back and answers the held writes 503.
    void failAll(const QString &why);

    struct Held {
        QHttpServerResponder responder;
        QHttpServerResponse response;
    };
    // Ends the batch as open (the caller commits or rolls back) and hands over the held writes.
    std::vector<Held> close();

    Database &m_database;
    std::vector<Held> m_held;
    QTimer m_idle;
    bool m_open = false;
};

}
