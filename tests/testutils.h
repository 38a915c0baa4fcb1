// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QHash>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace TestUtils {

// Path of a built program (tarmac, tarmacctl, tarmacd).
QString program(const QString &name);

// An environment whose user folders (data, config, cache) live in dir, so a program under test
// never touches the real user's files.
QProcessEnvironment isolatedEnvironment(const QString &dir);

// What a program printed and how it ended; exitCode is -1 for a crash or a time-out.
struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a built program (see program()) to completion in env, killing it after timeoutMs.
ProgramRun runProgram(
    const QString &name, const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 60000);

// `tarmacd token create OPTIONS` on a SQLite database file; the run, whose out is the token.
ProgramRun createToken(const QString &databasePath, const QStringList &options, const QString &home);
// `tarmacd ARGUMENTS --database DATABASE` (a URL) to completion: the exit code (-1 when it hung) and
// what it printed; what it said on standard error is logged.
std::pair<int, QByteArray> tarmacdCommand(const QString &database, const QStringList &arguments, const QString &home);
// A new token from `tarmacd token create OPTIONS` on DATABASE (a URL); empty when that fails.
QByteArray newToken(const QString &database, const QStringList &options, const QString &home);

// A widget or object found by object name, with a warning naming it when it is missing.
template <typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

struct HttpResult {
    int status = 0; // 0 when no HTTP answer came
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;
};

// A blocking request with its own event loop, for tests only.
HttpResult httpRequest(const QByteArray &method, const QUrl &url, const QHash<QByteArray, QByteArray> &headers = {},
    const QByteArray &body = {});

// With TARMAC_RESPONSE_LOG=FILE set, appends the response to FILE as one JSON line for the contract
// check (tests/integration/check_responses.py); does nothing otherwise.
void recordResponse(const QByteArray &method, const QUrl &url, const HttpResult &result);

// A real tarmacd on loopback with a fresh SQLite database, stopped on destruction.
class Tarmacd {
public:
    Tarmacd();
    ~Tarmacd();

    // Starts the server with the given session token (may be empty); returns false on failure and
    // leaves what it printed in output().
    bool start(const QByteArray &sessionToken = {}, const QStringList &extraArguments = {});
    QUrl url(const QString &path) const;
    QProcess &process() { return m_process; }
    QString databasePath() const;
    QByteArray output() const { return m_output; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_base;
    QByteArray m_output;
};

}
