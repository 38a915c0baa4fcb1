// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Tarmac {

// Runs ConfigChecker on a worker thread for an editor: one run at a time; a newer revision supersedes
// the one waiting and asks the running one to stop; results are delivered only for the newest revision.
class DiagnosticsRunner : public QObject {
    Q_OBJECT
public:
    explicit DiagnosticsRunner(QObject *parent = nullptr);
    ~DiagnosticsRunner() override;

    // revision must grow with every change of the text (the editor's own counter).
    void check(quint64 revision, const QString &fileName, const QString &content);
    // Drops what is running or waiting: nothing is delivered for revisions up to now.
    void cancel();
    bool isBusy() const { return m_running; }

Q_SIGNALS:
    void finished(quint64 revision, const Tarmac::TemplateDiagnostics &diagnostics, double milliseconds);

private:
    struct Request {
        quint64 revision = 0;
        QString fileName;
        QString content;
    };
    struct Shared;

    void start(Request request);
    void deliver(quint64 revision, const TemplateDiagnostics &diagnostics, double milliseconds);

    std::shared_ptr<Shared> m_shared;
    std::optional<Request> m_waiting;
    bool m_running = false;
};

}
