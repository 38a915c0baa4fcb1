// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <QObject>
#include <QThread>

#include <optional>

namespace Tarmac {

class RenderWorker;

// Renders off the GUI thread. Requests made while a render runs are coalesced: only the newest
// one runs next, so typing in a form never queues up stale renders.
class RenderController : public QObject {
    Q_OBJECT
public:
    explicit RenderController(QObject *parent = nullptr);
    ~RenderController() override;

    // Returns the request's id; finished() carries it back.
    quint64 request(RenderRequest request);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(const Tarmac::RenderResult &result);
    void started(quint64 id);

private:
    void dispatch();
    void onRendered(const RenderResult &result);

    QThread m_thread;
    RenderWorker *m_worker = nullptr; // lives on m_thread
    std::optional<RenderRequest> m_pending;
    quint64 m_nextId = 1;
    quint64 m_latestId = 0;
    bool m_busy = false;
};

}
