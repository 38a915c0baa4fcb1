// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositioncommands.h"

#include "commands.h"
#include "composition/bundle.h"
#include "composition/compositionfile.h"
#include "composition/drift.h"
#include "templates/nunjucksengine.h"
#include "templates/templatecatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <cstdio>

namespace Tarmac::Ctl {

namespace {

// The same folders as tarmacctl render: built-in templates, the user's folder, TARMAC_TEMPLATE_PATH.
QList<TemplateCatalog::Entry> loadCatalog()
{
    QStringList folders;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!data.isEmpty())
        folders.append(data + QStringLiteral("/tarmac/templates"));
    for (const QString &folder :
        qEnvironmentVariable("TARMAC_TEMPLATE_PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts))
        folders.append(folder);
    TemplateCatalog catalog;
    catalog.setUserFolders(folders);
    catalog.loadNow();
    for (const TemplateDiagnostic &d : catalog.diagnostics())
        printErr(d.toString());
    return catalog.entries();
}

}

int runComposeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Render a composition (*.tarmac.yaml) into a folder: each service under services/<id>/ with its record, "
           "compose.yaml and deploy/kustomization.yaml. Generating again merges the services' overrides and refuses "
           "to overwrite hand edits that are not overrides."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The composition file."));
    const QCommandLineOption output(
        QStringList { QStringLiteral("o"), QStringLiteral("output") }, tr("Output folder."), QStringLiteral("DIR"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Render and list the files, write nothing."));
    parser.addOptions({ output, dryRun });
    if (!parseCommandLine(parser, QStringLiteral("compose"), arguments))
        return 2;
    if (parser.positionalArguments().size() != 1 || (!parser.isSet(output) && !parser.isSet(dryRun))) {
        printErr(tr("usage: tarmacctl compose FILE.tarmac.yaml -o DIR"));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const QString file = parser.positionalArguments().constFirst();
    const CompositionLoadResult loaded = CompositionFile::load(file);
    if (!loaded.ok()) {
        for (const SourceError &e : loaded.errors)
            printErr(e.toString());
        printErr(tr("tarmacctl compose: %1 cannot be read; nothing was written").arg(file));
        return 2;
    }
    const QList<TemplateCatalog::Entry> catalog = loadCatalog();
    NunjucksEngine engine;
    BundleBuilder builder(engine);
    const QString out = parser.value(output);
    const BundleWriter::Generation written = parser.isSet(dryRun)
        ? BundleWriter::Generation { 0, {}, builder.build({ 0, loaded.composition, catalog, {} }), {}, {}, 0 }
        : BundleWriter::generate(builder, engine, { 0, loaded.composition, catalog, {} }, out);
    const Bundle &bundle = written.bundle;
    int errors = 0;
    for (const TemplateDiagnostic &d : bundle.diagnostics) {
        printErr(d.toString());
        errors += d.isError() ? 1 : 0;
    }
    if (!written.ok() || errors > 0) {
        for (const QString &p : written.problems)
            printErr(p);
        printErr(tr("tarmacctl compose: nothing was written"));
        return 1;
    }
    if (parser.isSet(dryRun)) {
        for (const BundleFile &f : bundle.files)
            printOut(f.path);
        return 0;
    }
    for (const QString &removed : written.removed)
        printOut(tr("removed %1: the new render no longer produces it").arg(removed));
    int attention = 0;
    for (const BundleMerge &m : bundle.merges) {
        const QString path = Bundle::serviceFolder(m.serviceId) + QLatin1Char('/') + m.merge.result.path;
        switch (m.merge.status) {
        case OverrideMerge::Status::Unchanged:
            break;
        case OverrideMerge::Status::Merged:
            printOut(tr("merged your override of %1 with the new render").arg(path));
            break;
        case OverrideMerge::Status::Conflicted:
            ++attention;
            for (const ConflictHunk &hunk : m.merge.conflicts)
                printErr(tr("%1:%2: conflict between your override and the new render; both sides are in the file")
                        .arg(path)
                        .arg(hunk.line));
            break;
        case OverrideMerge::Status::Orphaned:
            ++attention;
            printErr(tr("%1: the template no longer produces this file; your override is kept").arg(path));
            break;
        case OverrideMerge::Status::Failed:
            ++attention;
            printErr(m.merge.error);
            break;
        }
    }
    printOut(tr("wrote %1 files for %2 services to %3 in %4 ms")
            .arg(written.files)
            .arg(bundle.services.size())
            .arg(out)
            .arg(timer.elapsed()));
    return attention > 0 ? 1 : 0;
}

int runDriftCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare generated services with a fresh render of their template version, parameters and overrides. "
           "DIR is a service folder or a bundle (its services/*). Exits 0 when clean, 1 with a unified diff on "
           "stdout when not, 2 when the check cannot run."));
    parser.addPositionalArgument(QStringLiteral("dir"), tr("A generated service folder, or a bundle folder."));
    const QCommandLineOption record(QStringLiteral("record"),
        tr("Keep the hand edit of FILE (relative to the service folder) as an override first (repeatable)."),
        QStringLiteral("FILE"));
    parser.addOption(record);
    if (!parseCommandLine(parser, QStringLiteral("drift"), arguments))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        printErr(tr("usage: tarmacctl drift DIR [--record FILE]..."));
        return 2;
    }
    const QDir dir(parser.positionalArguments().constFirst());
    if (!dir.exists()) {
        printErr(tr("tarmacctl drift: %1 does not exist").arg(dir.path()));
        return 2;
    }
    QStringList services;
    if (QFileInfo::exists(dir.filePath(QLatin1String(ServiceRecord::FileName)))) {
        services.append(dir.path());
    } else {
        const QDir bundle(dir.filePath(QStringLiteral("services")));
        for (const QString &name : bundle.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (QFileInfo::exists(bundle.filePath(name + QLatin1Char('/') + QLatin1String(ServiceRecord::FileName))))
                services.append(bundle.filePath(name));
        }
    }
    if (services.isEmpty()) {
        printErr(tr("tarmacctl drift: %1 has no service record (%2) and no services/*/%2; was it generated by "
                    "Tarmac?")
                .arg(dir.path(), QLatin1String(ServiceRecord::FileName)));
        return 2;
    }
    const QList<TemplateCatalog::Entry> catalog = loadCatalog();
    NunjucksEngine engine;
    if (parser.isSet(record)) {
        if (services.size() != 1) {
            printErr(tr("tarmacctl drift: --record needs a service folder, not a bundle"));
            return 2;
        }
        for (const QString &path : parser.values(record)) {
            QString error;
            if (!Drift::recordOverride(services.constFirst(), path, catalog, engine, &error)) {
                printErr(tr("tarmacctl drift: %1").arg(error));
                return 2;
            }
            printErr(tr("%1: kept your edit of %2 as an override").arg(services.constFirst(), path));
        }
    }
    bool drifted = false;
    bool failed = false;
    for (const QString &service : std::as_const(services)) {
        const DriftReport report = Drift::check(service, catalog, engine);
        if (!report.error.isEmpty()) {
            printErr(tr("tarmacctl drift: %1").arg(report.error));
            failed = true;
            continue;
        }
        if (report.clean())
            continue;
        drifted = true;
        std::fwrite(report.diff().constData(), 1, size_t(report.diff().size()), stdout);
        for (const QString &line : report.summary())
            printErr(QStringLiteral("%1: %2").arg(QDir::cleanPath(service), line));
    }
    if (failed)
        return 2;
    if (!drifted)
        printErr(tr("no drift: %n service(s) match their templates", nullptr, int(services.size())));
    return drifted ? 1 : 0;
}

}
