// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/rendercontroller.h"

#include "templates/renderworker.h"

namespace Tarmac {

RenderController::RenderController(QObject *parent)
    : QObject(parent)
    , m_worker(new RenderWorker)
{
    qRegisterMetaType<Tarmac::RenderResult>();
    qRegisterMetaType<Tarmac::RenderRequest>();
    m_thread.setObjectName(QStringLiteral("template render"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RenderWorker::rendered, this, &RenderController::onRendered, Qt::QueuedConnection);
    m_thread.start();
}

RenderController::~RenderController()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 RenderController::request(RenderRequest request)
{
    request.id = m_nextId++;
    m_latestId = request.id;
    m_pending = std::move(request);
    if (!m_busy)
        dispatch();
    return m_latestId;
}

void RenderController::dispatch()
{
    if (!m_pending)
        return;
    RenderRequest request = std::move(*m_pending);
    m_pending.reset();
    m_busy = true;
    Q_EMIT started(request.id);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->render(request); }, Qt::QueuedConnection);
}

void RenderController::onRendered(const RenderResult &result)
{
    m_busy = false;
    // A result older than the newest request is still shown (it is close), unless a newer one is
    // about to replace it anyway.
    if (!m_pending || result.requestId == m_latestId)
        Q_EMIT finished(result);
    dispatch();
}

}
