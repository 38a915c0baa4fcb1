// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace Tarmac {

// tarmacd run as the workbench's child: loopback, a port the server picks, a fresh random token
// handed over in its environment (never on the command line, where other users could read it)
// and SQLite in the given folder. Reports the URL once the server says it is listening.
class LocalPlatformProcess : public QObject {
    Q_OBJECT
public:
    explicit LocalPlatformProcess(QObject *parent = nullptr);
    ~LocalPlatformProcess() override;

    void start(const QString &serverProgram, const QString &dataDir);
    // Asks the server to shut down (SIGTERM) and waits briefly; kills it if it does not stop.
    void stop();

    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray token() const { return m_token; }

    // Name of the environment variable that carries the session token to tarmacd.
    static QString tokenEnvironmentVariable();

Q_SIGNALS:
    void listening(const QUrl &baseUrl);
    // The server could not start, or stopped on its own; reason says what happened, for people.
    void failed(const QString &reason);

private:
    void readStandardOutput();
    void readStandardError();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void fail(const QString &reason);
    QString lastErrorLine() const;

    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_token;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrTail;
    QUrl m_baseUrl;
    QString m_program;
    bool m_stopping = false;
};

}
