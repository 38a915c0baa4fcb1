// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatecatalogcommands.h"

#include "commands.h"
#include "platformoptions.h"
#include "templatecommands.h"
#include "templates/manifestloader.h"
#include "templates/templatecatalog.h"
#include "templates/templatefolder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <limits>

namespace Tarmac::Ctl {

namespace {

// tarmacctl templates publish DIR: the folder's files to the platform as one immutable version.
int publishTemplate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Publish a template folder (template.yaml and its skeleton) to the platform "
                                        "as the version its metadata.tarmac.version names. Versions never change: "
                                        "the same version with other files is refused."));
    parser.addPositionalArgument(QStringLiteral("folder"), tr("The template folder, holding template.yaml."));
    PlatformOptions platform;
    platform.addTo(parser);
    if (!parseCommandLine(parser, QStringLiteral("templates publish"), arguments))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        printErr(tr("usage: tarmacctl templates publish FOLDER [--platform URL]"));
        return 2;
    }
    const QString folder = parser.positionalArguments().constFirst();
    // The same checks the platform makes, first here, with the file's own path in each message.
    const ManifestLoader::Result loaded = ManifestLoader::load(folder);
    if (printTemplateDiagnostics(loaded.diagnostics) > 0 || !loaded.manifest)
        return 1;
    const TemplateFolder::Read read = TemplateFolder::read(QFileInfo(loaded.manifest->manifestPath).absolutePath());
    if (printTemplateDiagnostics(read.diagnostics) > 0)
        return 1;
    QString error;
    if (!platform.resolve(parser, &error)) {
        printErr(QStringLiteral("tarmacctl templates publish: ") + error);
        return 2;
    }
    const CallResult published
        = runSynchronously(platform.client()->publishTemplate(read.files, PlatformClient::newIdempotencyKey()));
    if (!published.ok()) {
        printErr(tr("tarmacctl templates publish: %1 %2 to %3: %4")
                .arg(loaded.manifest->name, loaded.manifest->version, platform.url().toDisplayString(),
                    published.error.describe()));
        // A template the platform refused: each problem at its file (and line) in the folder.
        TemplateDiagnostics problems;
        const QDir root(QFileInfo(loaded.manifest->manifestPath).absolutePath());
        for (const QJsonValue &value : QJsonDocument::fromJson(published.error.details.toUtf8())
                 .object()
                 .value(QLatin1String("errors"))
                 .toArray()) {
            const QJsonObject problem = value.toObject();
            problems.append({ root.filePath(problem.value(QLatin1String("path")).toString()),
                problem.value(QLatin1String("line")).toInt(), problem.value(QLatin1String("column")).toInt(),
                TemplateDiagnostic::Severity::Error, problem.value(QLatin1String("message")).toString() });
        }
        printTemplateDiagnostics(problems);
        return 1;
    }
    const QJsonObject stored = published.json.toObject();
    printErr(tr("%1: published %2 %3 (%n file(s)) as %4", nullptr, int(read.files.size()))
            .arg(folder, stored.value(QLatin1String("name")).toString(),
                stored.value(QLatin1String("version")).toString(), stored.value(QLatin1String("id")).toString()));
    printOut(stored.value(QLatin1String("id")).toString());
    return 0;
}

void printTemplateTable(const QList<QStringList> &rows)
{
    printOut(QStringLiteral("%1 %2 %3 %4")
            .arg(QStringLiteral("NAME"), -22)
            .arg(QStringLiteral("KIND"), -9)
            .arg(QStringLiteral("VERSION"), -8)
            .arg(QStringLiteral("TITLE")));
    for (const QStringList &row : rows)
        printOut(
            QStringLiteral("%1 %2 %3 %4").arg(row.at(0), -22).arg(row.at(1), -9).arg(row.at(2), -8).arg(row.at(3)));
}

// tarmacctl templates list --platform URL: the latest version of each template the platform has.
int listPublishedTemplates(const QCommandLineParser &parser, PlatformOptions &platform, bool json)
{
    QString error;
    if (!platform.resolve(parser, &error)) {
        printErr(QStringLiteral("tarmacctl templates list: ") + error);
        return 2;
    }
    QJsonArray items;
    const CallResult listed = collectPages(
        std::numeric_limits<int>::max(),
        [&](const QString &cursor, int limit) { return platform.client()->listTemplates({}, cursor, limit); }, &items);
    if (!listed.ok()) {
        printErr(QStringLiteral("tarmacctl templates list: ") + listed.error.describe());
        return 1;
    }
    if (json) {
        std::fprintf(stdout, "%s", QJsonDocument(items).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    QList<QStringList> rows;
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject item = value.toObject();
        rows.append({ item.value(QLatin1String("name")).toString(), item.value(QLatin1String("kind")).toString(),
            item.value(QLatin1String("version")).toString(), item.value(QLatin1String("title")).toString() });
    }
    printTemplateTable(rows);
    return 0;
}

}

int runTemplatesCommand(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("publish"))
        return publishTemplate(arguments.mid(1));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the templates tarmacctl knows: built-in, then your folders; with "
                                        "--platform, the latest version of each template the platform has. "
                                        "'templates publish FOLDER' publishes one."));
    parser.addPositionalArgument(QStringLiteral("list"), tr("What to do (list, or publish FOLDER)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    parser.addOption(json);
    PlatformOptions platform;
    platform.addTo(parser);
    if (!parseCommandLine(parser, QStringLiteral("templates"), arguments))
        return 2;
    if (parser.positionalArguments() != QStringList { QStringLiteral("list") }) {
        printErr(tr("tarmacctl templates: expected 'list' or 'publish FOLDER' (tarmacctl templates list [--platform "
                    "URL] [--json])"));
        return 2;
    }
    if (parser.isSet(QStringLiteral("platform")))
        return listPublishedTemplates(parser, platform, parser.isSet(json));
    TemplateCatalog catalog;
    catalog.setUserFolders(templateFolders());
    catalog.loadNow();
    printTemplateDiagnostics(catalog.diagnostics());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const TemplateCatalog::Entry &e : catalog.entries()) {
            list.append(QJsonObject { { QStringLiteral("name"), e.manifest.name },
                { QStringLiteral("title"), e.manifest.title }, { QStringLiteral("kind"), e.manifest.kindName() },
                { QStringLiteral("version"), e.manifest.version },
                { QStringLiteral("description"), e.manifest.description },
                { QStringLiteral("tags"), QJsonArray::fromStringList(e.manifest.tags) },
                { QStringLiteral("resources"), QJsonArray::fromStringList(e.manifest.attachableResources) },
                { QStringLiteral("source"), e.source } });
        }
        std::fprintf(stdout, "%s", QJsonDocument(list).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    QList<QStringList> rows;
    for (const TemplateCatalog::Entry &e : catalog.entries())
        rows.append({ e.manifest.name, e.manifest.kindName(), e.manifest.version, e.manifest.title });
    printTemplateTable(rows);
    return 0;
}

}
