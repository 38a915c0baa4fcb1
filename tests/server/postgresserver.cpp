// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUuid>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace TestUtils {

namespace {
QString findBinaries()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(
        versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/postgres")))
            return bin;
    }
    return {};
}
}

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    if (m_server.state() != QProcess::NotRunning) {
        // SIGINT: PostgreSQL's fast shutdown.
        ::kill(pid_t(m_server.processId()), SIGINT);
        if (!m_server.waitForFinished(10000))
            m_server.kill();
        m_server.waitForFinished(5000);
    }
}

QStringList PostgresServer::asServerUser(const QString &program, const QStringList &arguments) const
{
    if (::geteuid() != 0)
        return QStringList { program } + arguments;
    return QStringList { QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
        QStringLiteral("--clear-groups"), program }
    + arguments;
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    const QStringList command = asServerUser(program, arguments);
    process.start(command.constFirst(), command.mid(1));
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(command.join(u' '), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    m_bin = findBinaries();
    if (m_bin.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL server under /usr/lib/postgresql/*/bin");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot make a temporary folder");
        return false;
    }
    if (::geteuid() == 0) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody || ::chown(QFile::encodeName(m_dir.path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the user nobody").arg(m_dir.path());
            return false;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(m_bin + QStringLiteral("/initdb"),
            { QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("tarmac"),
                QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--no-sync"), QStringLiteral("--no-instructions") },
            error))
        return false;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
    }
    const QStringList command = asServerUser(m_bin + QStringLiteral("/postgres"),
        { QStringLiteral("-D"), data, QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
            QString::number(m_port), QStringLiteral("-k"), m_dir.path(), QStringLiteral("-c"),
            QStringLiteral("fsync=off"), QStringLiteral("-c"), QStringLiteral("max_connections=50") });
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(command.constFirst(), command.mid(1));
    if (!m_server.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start postgres: ") + m_server.errorString();
        return false;
    }
    // Ready when it says so; its log is the signal, not a guess at how long it takes.
    QByteArray log;
    QDeadlineTimer deadline(60000);
    while (!log.contains("ready to accept connections")) {
        if (m_server.state() == QProcess::NotRunning || deadline.hasExpired()) {
            *error = QStringLiteral("postgres did not start: ") + QString::fromLocal8Bit(log + m_server.readAll());
            return false;
        }
        m_server.waitForReadyRead(1000);
        log += m_server.readAll();
    }
    return true;
}

bool PostgresServer::createDatabase(const QString &name, QString *url, QString *error)
{
    const QString connection = QStringLiteral("pg-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("tarmac"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = QStringLiteral("cannot connect to the test PostgreSQL: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!ok)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    *url = QStringLiteral("postgres://tarmac@127.0.0.1:%1/%2").arg(m_port).arg(name);
    return ok;
}

}
