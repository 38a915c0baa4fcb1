// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Tarmac {

// One workbench per user and configuration: a second start hands its request (files to open, a
// page to show) to the running one over a local socket and exits.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    struct Request {
        QStringList files; // absolute paths
        QString page; // a work area id, or empty
    };

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands request to a running workbench; true when one took it.
    bool forward(const Request &request) const;
    // Becomes the running workbench, listening for later starts. False when another one got there
    // first (then forward() to it).
    bool listen();

    // The socket name: one per user and configuration folder, so that isolated runs (tests,
    // several profiles) do not meet.
    static QString socketName();

Q_SIGNALS:
    void requested(const Tarmac::SingleInstance::Request &request);

private:
    bool isServing() const;

    QLocalServer *m_server = nullptr;
};

}
