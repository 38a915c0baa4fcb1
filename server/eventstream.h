// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServerResponder>
#include <QObject>
#include <QTimer>

namespace Tarmac::Server {

class Database;
class DeploymentEvents;

// One client's Server-Sent Events stream of a deployment: every event after the one it last saw,
// then new ones as they come, ending after the terminal status. Events written by this process
// arrive by signal; a slow poll picks up those another instance wrote. Deletes itself when done.
class EventStream : public QObject {
    Q_OBJECT
public:
    EventStream(Database &database, DeploymentEvents &events, QString deploymentId, qint64 afterSeq,
        QHttpServerResponder &&responder);
    ~EventStream() override;

private:
    void flush();
    void finish();

    Database &m_database;
    DeploymentEvents &m_events;
    QString m_deploymentId;
    qint64 m_lastSeq = 0;
    QHttpServerResponder m_responder;
    QTimer m_poll;
    QTimer m_heartbeat;
    bool m_finished = false;
};

}
