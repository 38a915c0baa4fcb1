// SPDX-License-Identifier: GPL-3.0-or-later
#include "writebatch.h"

#include "core/logging.h"
#include "database.h"
#include "httperror.h"

namespace Tarmac::Server {

namespace {
// PostgreSQL keeps the ids of up to 64 subtransactions (our savepoints) per transaction in shared
// memory; past that, every other session's snapshot has to look them up on disk.
constexpr size_t maxBatchSize = 64;

QHttpServerResponse unavailable(const QString &why)
{
    return errorResponse(QHttpServerResponse::StatusCode::ServiceUnavailable, QStringLiteral("database_unavailable"),
        QStringLiteral("cannot commit: ") + why);
}
}

WriteBatch::WriteBatch(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    // Zero: after the requests already waiting in the event loop, which join this batch.
    m_idle.setSingleShot(true);
    m_idle.setInterval(0);
    connect(&m_idle, &QTimer::timeout, this, &WriteBatch::commit);
}

WriteBatch::~WriteBatch()
{
    commit();
}

bool WriteBatch::join(QString *error)
{
    if (!m_open) {
        if (!m_database.beginWrite(error))
            return false;
        m_open = true;
        m_idle.start();
    }
    // The write's own statements run inside the batch.
    m_database.setPendingCommit({});
    m_database.savepoint();
    return true;
}

void WriteBatch::hold(QHttpServerResponder &&responder, QHttpServerResponse &&response)
{
    m_database.releaseSavepoint();
    m_held.push_back({ std::move(responder), std::move(response) });
    leaveOpen();
    if (m_held.size() >= maxBatchSize)
        commit();
}

void WriteBatch::undo()
{
    if (m_database.savepointBroken()) {
        // An earlier write's statement failed with this one's: none of the batch can be kept.
        failAll(QStringLiteral("a statement of the batch failed before this write's savepoint"));
        return;
    }
    m_database.rollbackToSavepoint();
    if (m_held.empty()) {
        // Nothing else in it: no commit to wait for.
        close();
        m_database.rollback();
        return;
    }
    m_database.releaseSavepoint();
    leaveOpen();
}

void WriteBatch::leaveOpen()
{
    m_database.setPendingCommit([this] { commit(); });
}

void WriteBatch::commit()
{
    if (!m_open)
        return;
    std::vector<Held> held = close();
    QString why;
    const bool ok = m_database.commit(&why);
    if (!ok) {
        qCWarning(lcServer) << "cannot commit" << held.size() << "writes:" << why;
        m_database.rollback();
    }
    for (Held &write : held)
        write.responder.sendResponse(ok ? std::move(write.response) : unavailable(why));
    if (ok)
        Q_EMIT committed();
}

void WriteBatch::failAll(const QString &why)
{
    qCWarning(lcServer) << "rolling back" << m_held.size() << "writes:" << why;
    std::vector<Held> held = close();
    m_database.rollback();
    for (Held &write : held)
        write.responder.sendResponse(unavailable(why));
}

std::vector<WriteBatch::Held> WriteBatch::close()
{
    m_open = false;
    m_idle.stop();
    m_database.setPendingCommit({});
    return std::exchange(m_held, {});
}

}
