// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentplatformcommands.h"

#include "assessment/assessmentsessionfile.h"
#include "commands.h"
#include "platform/assessmentpublisher.h"
#include "platform/storedassessment.h"
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

int publishAssessment(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Store a workshop session on the platform (without the facilitator's private "
                                        "notes); a session stored before is replaced."));
    parser.addPositionalArgument(u"session"_s, tr("The *.tarmac-assessment.yaml file."));
    PlatformOptions platform;
    platform.addTo(parser);
    if (!parseCommandLine(parser, u"assessment publish"_s, arguments))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        printErr(tr("usage: tarmacctl assessment publish SESSION.tarmac-assessment.yaml [--platform URL]"));
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const SessionLoadResult loaded = AssessmentSessionFile::load(path);
    if (!loaded.ok()) {
        printErr(joinErrors(loaded.errors));
        return 1;
    }
    if (!loaded.session.date.isValid()) {
        printErr(tr("%1: the session has no date; set one before publishing (the platform lists sessions by date)")
                .arg(path));
        return 1;
    }
    QString error;
    if (!platform.resolve(parser, &error)) {
        printErr(u"tarmacctl assessment publish: "_s + error);
        return 2;
    }
    AssessmentPublisher publisher(platform.client());
    QEventLoop loop;
    int status = 1;
    QObject::connect(
        &publisher, &AssessmentPublisher::published, &loop, [&](const StoredAssessment &stored, bool replaced) {
            printErr((replaced ? tr("%1: replaced the copy stored as %2 (%3, %4)") : tr("%1: stored as %2 (%3, %4)"))
                    .arg(path, stored.id, stored.scopeText(), stored.date.toString(Qt::ISODate)));
            printOut(stored.id);
            status = 0;
            loop.quit();
        });
    QObject::connect(&publisher, &AssessmentPublisher::failed, &loop, [&](const ApiError &failure) {
        printErr(u"tarmacctl assessment publish: "_s + failure.describe());
        loop.quit();
    });
    publisher.publish(loaded.session);
    loop.exec();
    return status;
}

int listAssessments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the workshop sessions the platform stores, newest first."));
    const QCommandLineOption scope(
        u"scope"_s, tr("Only this scope: organisation, unit or team, optionally with :NAME."), u"KIND[:NAME]"_s);
    const QCommandLineOption model(u"model"_s, tr("Only sessions run with this model id."), u"ID"_s);
    const QCommandLineOption limit(u"limit"_s, tr("At most this many (default 50)."), u"N"_s, u"50"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of a table."));
    parser.addOptions({ scope, model, limit, json });
    PlatformOptions platform;
    platform.addTo(parser);
    if (!parseCommandLine(parser, u"assessment list"_s, arguments))
        return 2;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(tr("usage: tarmacctl assessment list [--scope KIND[:NAME]] [--model ID] [--limit N] [--json]"));
        return 2;
    }
    bool limitOk = false;
    const int wanted = parser.value(limit).toInt(&limitOk);
    if (!limitOk || wanted < 1) {
        printErr(tr("tarmacctl assessment list: --limit must be a positive number"));
        return 2;
    }
    QString error;
    if (!platform.resolve(parser, &error)) {
        printErr(u"tarmacctl assessment list: "_s + error);
        return 2;
    }
    QJsonArray items;
    const CallResult listed = collectPages(
        wanted,
        [&](const QString &cursor, int pageLimit) {
            return platform.client()->listAssessments(parser.value(scope), parser.value(model), cursor, pageLimit);
        },
        &items);
    if (!listed.ok()) {
        printErr(u"tarmacctl assessment list: "_s + listed.error.describe());
        return 1;
    }

    if (parser.isSet(json)) {
        std::fprintf(stdout, "%s", QJsonDocument(items).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    printOut(u"%1 %2 %3 %4 %5 %6"_s.arg(u"ID"_s, -27)
            .arg(u"DATE"_s, -10)
            .arg(u"SCOPE"_s, -24)
            .arg(u"MODEL"_s, -26)
            .arg(u"AGREED"_s, -7)
            .arg(u"TITLE"_s));
    for (const QJsonValue &value : std::as_const(items)) {
        QString why;
        const auto stored = StoredAssessment::fromJson(value.toObject(), &why);
        if (!stored) {
            printErr(u"tarmacctl assessment list: "_s + why);
            return 1;
        }
        int agreed = 0;
        for (const StoredAssessment::CapabilityResult &capability : stored->capabilities)
            agreed += capability.agreedLevel > 0 ? 1 : 0;
        printOut(u"%1 %2 %3 %4 %5 %6"_s.arg(stored->id, -27)
                .arg(stored->date.toString(Qt::ISODate), -10)
                .arg(stored->scopeText(), -24)
                .arg(stored->model.id + u'@' + stored->model.version, -26)
                .arg(u"%1/%2"_s.arg(agreed).arg(stored->capabilities.size()), -7)
                .arg(stored->title));
    }
    return 0;
}

}
