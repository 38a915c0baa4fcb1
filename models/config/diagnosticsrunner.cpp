// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/diagnosticsrunner.h"

#include "config/configchecker.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThreadPool>

#include <atomic>

namespace Tarmac {

// What a worker shares with the runner: the newest revision (to stop stale work early) and the runner
// itself, cleared when it goes, so that a worker finishing late posts to nobody.
struct DiagnosticsRunner::Shared {
    std::atomic<quint64> wanted { 0 };
    QMutex mutex;
    DiagnosticsRunner *runner = nullptr;
};

DiagnosticsRunner::DiagnosticsRunner(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->runner = this;
}

DiagnosticsRunner::~DiagnosticsRunner()
{
    m_shared->wanted = std::numeric_limits<quint64>::max();
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->runner = nullptr;
}

void DiagnosticsRunner::check(quint64 revision, const QString &fileName, const QString &content)
{
    m_shared->wanted = revision;
    Request request { revision, fileName, content };
    if (m_running)
        m_waiting = std::move(request); // started when the running one stops
    else
        start(std::move(request));
}

void DiagnosticsRunner::cancel()
{
    m_shared->wanted = m_shared->wanted + 1;
    m_waiting.reset();
}

void DiagnosticsRunner::start(Request request)
{
    m_running = true;
    QThreadPool::globalInstance()->start([shared = m_shared, request = std::move(request)] {
        QElapsedTimer timer;
        timer.start();
        const auto stale = [&shared, revision = request.revision] { return shared->wanted.load() != revision; };
        TemplateDiagnostics diagnostics;
        if (!stale())
            diagnostics = ConfigChecker::check(request.fileName, request.content, stale);
        const double milliseconds = double(timer.nsecsElapsed()) / 1e6;
        const QMutexLocker lock(&shared->mutex);
        if (!shared->runner)
            return;
        QMetaObject::invokeMethod(
            shared->runner,
            [runner = shared->runner, revision = request.revision, diagnostics, milliseconds] {
                runner->deliver(revision, diagnostics, milliseconds);
            },
            Qt::QueuedConnection);
    });
}

void DiagnosticsRunner::deliver(quint64 revision, const TemplateDiagnostics &diagnostics, double milliseconds)
{
    m_running = false;
    if (revision == m_shared->wanted.load())
        Q_EMIT finished(revision, diagnostics, milliseconds);
    if (m_waiting) {
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        if (next.revision == m_shared->wanted.load())
            start(std::move(next));
    }
}

}
