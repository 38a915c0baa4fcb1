// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/localplatformprocess.h"

#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace std::chrono_literals;

namespace Tarmac {

namespace {
constexpr auto startTimeout = 15s;
constexpr auto stopTimeoutMs = 3000;
constexpr qsizetype stderrTailBytes = 4096;
const QByteArray listeningMarker = QByteArrayLiteral("tarmacd: listening on ");

QByteArray freshToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
}

LocalPlatformProcess::LocalPlatformProcess(QObject *parent)
    : QObject(parent)
{
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(startTimeout);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("tarmacd did not start listening within %n second(s)", nullptr, int(startTimeout.count())));
        m_process.kill();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalPlatformProcess::readStandardOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &LocalPlatformProcess::readStandardError);
    connect(&m_process, &QProcess::finished, this, &LocalPlatformProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &LocalPlatformProcess::onErrorOccurred);
}

LocalPlatformProcess::~LocalPlatformProcess()
{
    stop();
}

QString LocalPlatformProcess::tokenEnvironmentVariable()
{
    return QStringLiteral("TARMACD_SESSION_TOKEN");
}

void LocalPlatformProcess::start(const QString &serverProgram, const QString &dataDir)
{
    stop();
    m_stopping = false;
    m_baseUrl.clear();
    m_stdoutBuffer.clear();
    m_stderrTail.clear();
    m_token = freshToken();
    m_program = serverProgram;

    if (!QDir().mkpath(dataDir)) {
        fail(tr("cannot create the data folder %1").arg(QDir::toNativeSeparators(dataDir)));
        return;
    }
    // The embedded platform deploys on this machine: one environment with the local deployer. Written
    // once, so that a user may edit it (more environments, a longer health timeout).
    const QString configPath = QDir(dataDir).filePath(QStringLiteral("tarmacd.json"));
    if (!QFileInfo::exists(configPath)) {
        QSaveFile config(configPath);
        if (!config.open(QIODevice::WriteOnly)
            || config.write(R"({"environments": [{"name": "local", "production": false, "deployer": "local"}]})"
                            "\n")
                < 0
            || !config.commit()) {
            fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(configPath), config.errorString()));
            return;
        }
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(tokenEnvironmentVariable(), QString::fromLatin1(m_token));
    m_process.setProcessEnvironment(env);
    m_process.setProgram(serverProgram);
    m_process.setArguments({
        QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--database"),
        QStringLiteral("sqlite:") + QDir(dataDir).filePath(QStringLiteral("tarmacd.sqlite")),
        QStringLiteral("--config"),
        configPath,
        QStringLiteral("--state-dir"),
        QDir(dataDir).filePath(QStringLiteral("state")),
        // Our end of its standard input stays open while we live; if we are killed, it stops too.
        QStringLiteral("--stop-when-stdin-closes"),
    });
    qCInfo(lcPlatform) << "starting local platform" << serverProgram;
    m_startTimeout.start();
    m_process.start();
}

void LocalPlatformProcess::stop()
{
    m_startTimeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(stopTimeoutMs)) {
        qCWarning(lcPlatform) << "tarmacd did not stop on request; killing it";
        m_process.kill();
        m_process.waitForFinished(stopTimeoutMs);
    }
}

bool LocalPlatformProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void LocalPlatformProcess::readStandardOutput()
{
    m_stdoutBuffer += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdoutBuffer.left(newline).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        if (m_baseUrl.isEmpty() && line.startsWith(listeningMarker)) {
            const QUrl url(QString::fromUtf8(line.mid(listeningMarker.size())));
            if (!url.isValid() || url.port() <= 0) {
                fail(tr("tarmacd reported an address that is not a URL: %1").arg(QString::fromUtf8(line)));
                m_process.kill();
                return;
            }
            m_startTimeout.stop();
            m_baseUrl = url;
            qCInfo(lcPlatform) << "local platform listening on" << url.toString();
            Q_EMIT listening(url);
        }
    }
}

void LocalPlatformProcess::readStandardError()
{
    m_stderrTail += m_process.readAllStandardError();
    if (m_stderrTail.size() > stderrTailBytes)
        m_stderrTail = m_stderrTail.right(stderrTailBytes);
}

QString LocalPlatformProcess::lastErrorLine() const
{
    const QList<QByteArray> lines = m_stderrTail.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.constLast().trimmed());
}

void LocalPlatformProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_startTimeout.stop();
    readStandardError();
    if (m_stopping)
        return;
    const QString detail = lastErrorLine();
    QString reason
        = status == QProcess::CrashExit ? tr("tarmacd crashed") : tr("tarmacd exited with code %1").arg(exitCode);
    if (!detail.isEmpty())
        reason += QStringLiteral(": ") + detail;
    fail(reason);
}

void LocalPlatformProcess::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and exits are reported by onFinished
    m_startTimeout.stop();
    const QString program = QDir::toNativeSeparators(m_program);
    fail(QFileInfo::exists(m_program) ? tr("cannot start %1: %2").arg(program, m_process.errorString())
                                      : tr("%1 not found").arg(program));
}

void LocalPlatformProcess::fail(const QString &reason)
{
    qCWarning(lcPlatform) << "local platform failed:" << reason;
    Q_EMIT failed(reason);
}

}
