// SPDX-License-Identifier: GPL-3.0-or-later
#include "serversettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tarmac::Server {

bool ServerSettings::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonObject root = document.object();
    if (root.contains(QLatin1String("maxRequestBytes")))
        maxBodyBytes = root.value(QLatin1String("maxRequestBytes")).toInteger(maxBodyBytes);
    if (root.contains(QLatin1String("attributionWindowHours")))
        attributionWindowMs = root.value(QLatin1String("attributionWindowHours")).toInteger() * 3600 * 1000;
    if (root.contains(QLatin1String("maxConcurrentDeployments")))
        maxConcurrentDeployments = root.value(QLatin1String("maxConcurrentDeployments")).toInt(4);
    if (root.contains(QLatin1String("healthTimeoutSeconds")))
        healthTimeoutMs = root.value(QLatin1String("healthTimeoutSeconds")).toInt(30) * 1000;
    if (root.contains(QLatin1String("instanceTimeoutSeconds")))
        instanceTimeoutMs = root.value(QLatin1String("instanceTimeoutSeconds")).toInt(60) * 1000;
    if (instanceTimeoutMs < 1000) {
        *error = QStringLiteral("%1: instanceTimeoutSeconds must be at least 1").arg(path);
        return false;
    }
    const QJsonObject webhooks = root.value(QLatin1String("webhooks")).toObject();
    githubWebhookSecret = webhooks.value(QLatin1String("github")).toObject().value(QLatin1String("secret")).toString();
    gitlabWebhookToken = webhooks.value(QLatin1String("gitlab")).toObject().value(QLatin1String("token")).toString();
    const QJsonArray environmentList = root.value(QLatin1String("environments")).toArray();
    for (qsizetype i = 0; i < environmentList.size(); ++i) {
        const QJsonObject e = environmentList.at(i).toObject();
        EnvironmentSettings environment;
        environment.name = e.value(QLatin1String("name")).toString();
        environment.production = e.value(QLatin1String("production")).toBool();
        environment.deployer = e.value(QLatin1String("deployer")).toString(QStringLiteral("record"));
        environment.command = e.value(QLatin1String("command")).toString();
        const QString where = QStringLiteral("%1: environments[%2]").arg(path).arg(i);
        if (environment.name.isEmpty()) {
            *error = where + QStringLiteral(": needs a name");
            return false;
        }
        if (!QStringList { QStringLiteral("record"), QStringLiteral("local"), QStringLiteral("command") }.contains(
                environment.deployer)) {
            *error = where + QStringLiteral(": deployer must be record, local or command");
            return false;
        }
        if (environment.deployer == QLatin1String("command") && environment.command.isEmpty()) {
            *error = where + QStringLiteral(": the command deployer needs a command");
            return false;
        }
        environments.append(environment);
    }
    return true;
}

}
