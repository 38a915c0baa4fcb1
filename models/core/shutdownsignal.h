// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Tarmac {

// Turns SIGTERM and SIGINT into a Qt signal delivered in the event loop, so a program can close
// what it has open (listeners, databases, child processes) before it exits.
class ShutdownSignal : public QObject {
    Q_OBJECT
public:
    explicit ShutdownSignal(QObject *parent = nullptr);
    ~ShutdownSignal() override;

Q_SIGNALS:
    void requested(int signalNumber);
};

}
