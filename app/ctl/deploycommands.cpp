// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploycommands.h"

#include "commands.h"
#include "platform/deploymentbundle.h"
#include "platform/deploymentstream.h"
#include "platform/platformclient.h"
#include "platformoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Tarmac::Ctl {

namespace {

// Follows a deployment's events to its end; log lines on stdout, status changes on stderr.
int follow(PlatformClient *client, const QString &deploymentId)
{
    DeploymentStream stream(client, deploymentId);
    QEventLoop loop;
    int status = 1;
    QObject::connect(&stream, &DeploymentStream::logLine, &loop,
        [](const QString &line, const QString &, const QDateTime &) { printOut(line); });
    QObject::connect(&stream, &DeploymentStream::statusChanged, &loop,
        [deploymentId](const QString &state, const QString &message, const QDateTime &) {
            printErr(message.isEmpty() ? tr("deployment %1: %2").arg(deploymentId, state)
                                       : tr("deployment %1: %2 (%3)").arg(deploymentId, state, message));
        });
    QObject::connect(&stream, &DeploymentStream::resuming, &loop, [](const ApiError &why, int attempt) {
        printErr(tr("event stream interrupted (%1); resuming, attempt %2").arg(why.message).arg(attempt));
    });
    QObject::connect(&stream, &DeploymentStream::finished, &loop, [&](const QString &state) {
        status = state == "succeeded"_L1 ? 0 : 1;
        loop.quit();
    });
    QObject::connect(&stream, &DeploymentStream::failed, &loop, [&](const ApiError &error) {
        printErr(tr("tarmacctl deploy: cannot follow deployment %1: %2").arg(deploymentId, error.describe()));
        status = 1;
        loop.quit();
    });
    stream.start();
    loop.exec();
    return status;
}

}

int runDeployCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Deploy a service to an environment of the platform, and with --follow "
                                        "print its log until it finishes (exit 0 on success, 1 on failure)."));
    parser.addPositionalArgument(u"service"_s, tr("The service's name or id."));
    const QCommandLineOption env(u"env"_s, tr("The environment's name or id."), u"ENV"_s);
    const QCommandLineOption followOption(u"follow"_s, tr("Print the deployment's log until it finishes."));
    const QCommandLineOption intent(
        u"intent"_s, tr("planned (default), hotfix or rollback."), u"INTENT"_s, u"planned"_s);
    const QCommandLineOption version(
        u"version"_s, tr("The version being deployed (default: a time stamp)."), u"VERSION"_s);
    const QCommandLineOption sha(u"sha"_s, tr("The commit being deployed."), u"SHA"_s);
    const QCommandLineOption bundle(u"bundle"_s, tr("A folder of files the deployer writes out and runs."), u"DIR"_s);
    parser.addOptions({ env, followOption, intent, version, sha, bundle });
    PlatformOptions platform;
    platform.addTo(parser);
    if (!parseCommandLine(parser, u"deploy"_s, arguments))
        return 2;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(env)) {
        printErr(tr("usage: tarmacctl deploy SERVICE --env ENV [--follow] [--intent planned|hotfix|rollback]"));
        return 2;
    }
    const QString intentValue = parser.value(intent);
    if (intentValue != "planned"_L1 && intentValue != "hotfix"_L1 && intentValue != "rollback"_L1) {
        printErr(tr("tarmacctl deploy: --intent must be planned, hotfix or rollback, not '%1'").arg(intentValue));
        return 2;
    }
    QString error;
    if (!platform.resolve(parser, &error)) {
        printErr(u"tarmacctl deploy: "_s + error);
        return 2;
    }

    QJsonObject body { { u"service"_s, parser.positionalArguments().constFirst() },
        { u"environment"_s, parser.value(env) }, { u"intent"_s, intentValue },
        { u"version"_s,
            parser.isSet(version) ? parser.value(version)
                                  : QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd.HHmmss"_s) } };
    if (parser.isSet(sha))
        body.insert(u"sha"_s, parser.value(sha));
    if (parser.isSet(bundle)) {
        const DeploymentBundle files = DeploymentBundle::fromFolder(parser.value(bundle), &error);
        if (!error.isEmpty()) {
            printErr(u"tarmacctl deploy: "_s + error);
            return 2;
        }
        body.insert(u"bundle"_s, files.toJson());
    }
    // One key for every attempt: a retry after a lost answer never deploys twice.
    const CallResult created
        = runSynchronously(platform.client()->post(u"/deployments"_s, body, PlatformClient::newIdempotencyKey()));
    if (!created.ok()) {
        printErr(u"tarmacctl deploy: "_s + created.error.describe());
        return 1;
    }
    const QJsonObject deployment = created.json.toObject();
    const QString id = deployment.value("id"_L1).toString();
    printErr(tr("deployment %1 of %2 to %3: %4")
            .arg(id, deployment.value("service"_L1).toString(), deployment.value("environment"_L1).toString(),
                deployment.value("status"_L1).toString()));
    if (!parser.isSet(followOption)) {
        printOut(id);
        return 0;
    }
    return follow(platform.client(), id);
}

int runDeploymentsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List a platform's deployments, newest first."));
    parser.addPositionalArgument(u"list"_s, tr("What to do (list)."));
    const QCommandLineOption service(u"service"_s, tr("Only this service's."), u"SERVICE"_s);
    const QCommandLineOption env(u"env"_s, tr("Only this environment's."), u"ENV"_s);
    const QCommandLineOption status(
        u"status"_s, tr("Only queued, running, succeeded, failed or cancelled ones."), u"STATUS"_s);
    const QCommandLineOption limit(u"limit"_s, tr("At most this many (default 50)."), u"N"_s, u"50"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of a table."));
    parser.addOptions({ service, env, status, limit, json });
    PlatformOptions platform;
    platform.addTo(parser);
    if (!parseCommandLine(parser, u"deployments"_s, arguments))
        return 2;
    if (parser.positionalArguments() != QStringList { u"list"_s }) {
        printErr(tr("usage: tarmacctl deployments list [--service S] [--env E] [--status S] [--json]"));
        return 2;
    }
    bool limitOk = false;
    const int wanted = parser.value(limit).toInt(&limitOk);
    if (!limitOk || wanted < 1) {
        printErr(tr("tarmacctl deployments: --limit must be a positive number"));
        return 2;
    }
    QString error;
    if (!platform.resolve(parser, &error)) {
        printErr(u"tarmacctl deployments: "_s + error);
        return 2;
    }
    QUrlQuery filters;
    if (parser.isSet(service))
        filters.addQueryItem(u"service"_s, parser.value(service));
    if (parser.isSet(env))
        filters.addQueryItem(u"environment"_s, parser.value(env));
    if (parser.isSet(status))
        filters.addQueryItem(u"status"_s, parser.value(status));

    // Page by page until enough.
    QJsonArray items;
    const CallResult listed = collectPages(
        wanted,
        [&](const QString &cursor, int pageLimit) {
            QUrlQuery query = filters;
            query.addQueryItem(u"limit"_s, QString::number(pageLimit));
            if (!cursor.isEmpty())
                query.addQueryItem(u"cursor"_s, cursor);
            return platform.client()->get(u"/deployments"_s, query);
        },
        &items);
    if (!listed.ok()) {
        printErr(u"tarmacctl deployments: "_s + listed.error.describe());
        return 1;
    }

    if (parser.isSet(json)) {
        std::fprintf(stdout, "%s", QJsonDocument(items).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    printOut(u"%1 %2 %3 %4 %5 %6 %7"_s.arg(u"ID"_s, -27)
            .arg(u"SERVICE"_s, -20)
            .arg(u"ENVIRONMENT"_s, -12)
            .arg(u"VERSION"_s, -16)
            .arg(u"INTENT"_s, -9)
            .arg(u"STATUS"_s, -10)
            .arg(u"CREATED"_s));
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject d = value.toObject();
        printOut(u"%1 %2 %3 %4 %5 %6 %7"_s.arg(d.value("id"_L1).toString(), -27)
                .arg(d.value("service"_L1).toString(), -20)
                .arg(d.value("environment"_L1).toString(), -12)
                .arg(d.value("version"_L1).toString(), -16)
                .arg(d.value("intent"_L1).toString(), -9)
                .arg(d.value("status"_L1).toString(), -10)
                .arg(d.value("createdAt"_L1).toString()));
    }
    return 0;
}

}
