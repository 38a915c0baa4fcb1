// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymenttask.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>

namespace Tarmac::Server {

DeploymentTask::DeploymentTask(DeploymentJob job, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
{
}

DeploymentTask::~DeploymentTask() = default;

bool DeploymentTask::writeBundle(const QJsonObject &bundle, const QString &folder, QString *error)
{
    const QDir root(folder);
    if (!root.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }
    const QString rootPath = QFileInfo(folder).absoluteFilePath();
    const QJsonObject files = bundle.value(QLatin1String("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QString path = QDir::cleanPath(root.absoluteFilePath(it.key()));
        if (!path.startsWith(rootPath + u'/')) {
            *error = QStringLiteral("bundle file '%1' would land outside the release folder").arg(it.key());
            return false;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        file.write(it.value().toString().toUtf8());
        if (!file.commit()) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

QProcessEnvironment DeploymentTask::environment(const QString &bundleFolder) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TARMAC_DEPLOYMENT_ID"), m_job.id);
    env.insert(QStringLiteral("TARMAC_SERVICE"), m_job.service);
    env.insert(QStringLiteral("TARMAC_ENVIRONMENT"), m_job.environment);
    env.insert(QStringLiteral("TARMAC_PRODUCTION"), m_job.production ? QStringLiteral("1") : QStringLiteral("0"));
    env.insert(QStringLiteral("TARMAC_VERSION"), m_job.version);
    env.insert(QStringLiteral("TARMAC_SHA"), m_job.sha);
    env.insert(QStringLiteral("TARMAC_INTENT"), m_job.intent);
    env.insert(QStringLiteral("TARMAC_BUNDLE_DIR"), bundleFolder);
    return env;
}

void DeploymentTask::forwardOutput(QProcess *process)
{
    const auto forward = [this, process](QProcess::ProcessChannel channel, const QString &name) {
        process->setReadChannel(channel);
        while (process->canReadLine())
            Q_EMIT logLine(QString::fromUtf8(process->readLine()).trimmed(), name);
    };
    connect(process, &QProcess::readyReadStandardOutput, this,
        [forward] { forward(QProcess::StandardOutput, QStringLiteral("stdout")); });
    connect(process, &QProcess::readyReadStandardError, this,
        [forward] { forward(QProcess::StandardError, QStringLiteral("stderr")); });
    // The last line may lack its newline.
    connect(process, &QProcess::finished, this, [this, process] {
        for (const auto &[channel, name] : { std::pair { QProcess::StandardOutput, QStringLiteral("stdout") },
                 std::pair { QProcess::StandardError, QStringLiteral("stderr") } }) {
            process->setReadChannel(channel);
            const QString rest = QString::fromUtf8(process->readAll());
            for (const QString &line : rest.split(u'\n', Qt::SkipEmptyParts))
                Q_EMIT logLine(line, name);
        }
    });
}

}
