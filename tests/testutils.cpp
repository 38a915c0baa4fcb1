// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutils.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

namespace TestUtils {

QString program(const QString &name)
{
    return QDir(QStringLiteral(TARMAC_BIN_DIR)).filePath(name);
}

QProcessEnvironment isolatedEnvironment(const QString &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir + QStringLiteral("/cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // A fresh configuration is a first start: no welcome unless the test asks for it.
    env.insert(QStringLiteral("TARMAC_NO_WELCOME"), QStringLiteral("1"));
    return env;
}

ProgramRun createToken(const QString &databasePath, const QStringList &options, const QString &home)
{
    return runProgram(QStringLiteral("tarmacd"),
        QStringList { QStringLiteral("token"), QStringLiteral("create") } + options
            + QStringList { QStringLiteral("--database"), QStringLiteral("sqlite:") + databasePath },
        isolatedEnvironment(home));
}

std::pair<int, QByteArray> tarmacdCommand(const QString &database, const QStringList &arguments, const QString &home)
{
    QProcess process;
    process.setProcessEnvironment(isolatedEnvironment(home));
    process.start(
        program(QStringLiteral("tarmacd")), arguments + QStringList { QStringLiteral("--database"), database });
    if (!process.waitForFinished(30000))
        return { -1, {} };
    const QByteArray errors = process.readAllStandardError();
    if (!errors.isEmpty())
        qInfo() << "tarmacd" << arguments.mid(0, 2) << "said:" << errors;
    return { process.exitCode(), process.readAllStandardOutput() };
}

QByteArray newToken(const QString &database, const QStringList &options, const QString &home)
{
    const auto [code, output]
        = tarmacdCommand(database, QStringList { QStringLiteral("token"), QStringLiteral("create") } + options, home);
    return code == 0 ? output.trimmed() : QByteArray();
}

ProgramRun runProgram(const QString &name, const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program(name), arguments);
    ProgramRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish within %2 ms").arg(name).arg(timeoutMs);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

HttpResult httpRequest(
    const QByteArray &method, const QUrl &url, const QHash<QByteArray, QByteArray> &headers, const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    // Generous: an uncached DORA answer over the demo history takes seconds on a loaded machine, and
    // sends nothing until it is computed.
    request.setTransferTimeout(60000);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    delete reply;
    return result;
}

void recordResponse(const QByteArray &method, const QUrl &url, const HttpResult &result)
{
    const QString log = qEnvironmentVariable("TARMAC_RESPONSE_LOG");
    if (log.isEmpty())
        return;
    QFile file(log);
    if (!file.open(QIODevice::Append))
        return;
    const QJsonObject entry { { QStringLiteral("method"), QString::fromLatin1(method) },
        { QStringLiteral("path"), url.path() }, { QStringLiteral("status"), result.status },
        { QStringLiteral("contentType"), QString::fromLatin1(result.headers.value("content-type")) },
        { QStringLiteral("body"), QString::fromUtf8(result.body) } };
    file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
}

Tarmacd::Tarmacd() = default;

Tarmacd::~Tarmacd()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString Tarmacd::databasePath() const
{
    return m_dir.filePath(QStringLiteral("tarmacd.sqlite"));
}

bool Tarmacd::start(const QByteArray &sessionToken, const QStringList &extraArguments)
{
    QProcessEnvironment env = isolatedEnvironment(m_dir.path());
    if (!sessionToken.isEmpty())
        env.insert(QStringLiteral("TARMACD_SESSION_TOKEN"), QString::fromLatin1(sessionToken));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program(QStringLiteral("tarmacd")),
        QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
            QStringLiteral("sqlite:") + databasePath() }
            + extraArguments);
    if (!m_process.waitForStarted(10000))
        return false;
    const QByteArray marker = QByteArrayLiteral("tarmacd: listening on ");
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            m_output += line + '\n';
            if (line.startsWith(marker)) {
                m_base = QUrl(QString::fromUtf8(line.mid(marker.size())));
                return true;
            }
            continue;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(100);
    }
    m_output += m_process.readAllStandardError();
    return false;
}

QUrl Tarmacd::url(const QString &path) const
{
    QUrl url = m_base;
    url.setPath(path);
    return url;
}

}
