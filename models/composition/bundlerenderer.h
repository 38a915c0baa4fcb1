// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/bundle.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace Tarmac {

class BundleWorker;

// Renders bundles off the GUI thread, for the live preview and Generate. Requests coalesce: a
// request made while a render runs replaces any waiting one and stops the running one at the next
// service, so only the latest composition is rendered to the end. finished() carries only bundles
// that were neither replaced nor cancelled.
class BundleRenderer : public QObject {
    Q_OBJECT
public:
    explicit BundleRenderer(QObject *parent = nullptr);
    ~BundleRenderer() override;

    // Returns the request's id; finished() carries it back in Bundle::requestId.
    quint64 request(BundleRequest request);
    // Drops the waiting request and stops the running one; no finished() follows for either.
    void cancel();
    // Generate: writes the bundle into a folder on the worker thread (hand edits that are not
    // overrides stop it, overrides are merged); generated() follows. Never coalesced or cancelled.
    quint64 generate(BundleRequest request, const QString &outputDirectory);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void started(quint64 id);
    void finished(const Tarmac::Bundle &bundle);
    void generated(const Tarmac::BundleWriter::Generation &generation);

private:
    void dispatch();
    void onBuilt(const Bundle &bundle);

    QThread m_thread;
    BundleWorker *m_worker = nullptr; // lives on m_thread
    // The id the worker should still be rendering; anything else stops at the next service.
    std::shared_ptr<std::atomic<quint64>> m_wanted = std::make_shared<std::atomic<quint64>>(0);
    std::optional<BundleRequest> m_pending;
    quint64 m_nextId = 1;
    bool m_busy = false;
};

}
