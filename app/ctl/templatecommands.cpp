// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatecommands.h"

#include "commands.h"
#include "templates/manifestloader.h"
#include "templates/nunjucksengine.h"
#include "templates/parameterschema.h"
#include "templates/templatecatalog.h"
#include "templates/templatelinter.h"
#include "templates/templaterenderer.h"
#include "templates/templatewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>
#include <future>

namespace Tarmac::Ctl {

QStringList templateFolders()
{
    QStringList folders;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!data.isEmpty())
        folders.append(data + QStringLiteral("/tarmac/templates"));
    const QString extra = qEnvironmentVariable("TARMAC_TEMPLATE_PATH");
    for (const QString &folder : extra.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        folders.append(folder);
    return folders;
}

int printTemplateDiagnostics(const TemplateDiagnostics &diagnostics)
{
    int errors = 0;
    int warnings = 0;
    for (const TemplateDiagnostic &d : diagnostics) {
        printErr(d.toString());
        (d.isError() ? errors : warnings)++;
    }
    return errors;
}

int runRenderCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Render a template (a built-in name, a template folder or a template.yaml) into a folder, as Backstage's "
           "fetch:template would. Steps that need a remote system are listed as skipped."));
    parser.addPositionalArgument(QStringLiteral("template"), tr("Template name, folder or template.yaml."));
    const QCommandLineOption set(
        QStringLiteral("set"), tr("A parameter value (repeatable)."), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption resource(QStringLiteral("resource"),
        tr("Attach a resource (repeatable), e.g. postgres or postgres:orders-db."), QStringLiteral("KIND[:NAME]"));
    const QCommandLineOption output(
        QStringList { QStringLiteral("o"), QStringLiteral("output") }, tr("Output folder."), QStringLiteral("DIR"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Write into a folder that is not empty."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Render and report, write nothing."));
    const QCommandLineOption user(QStringLiteral("user"),
        tr("Who renders, as the templates' user.ref (default: TARMAC_USER, or your login name)."),
        QStringLiteral("ENTITY-REF"));
    parser.addOptions({ set, resource, output, force, dryRun, user });
    if (!parseCommandLine(parser, QStringLiteral("render"), arguments))
        return 2;
    if (parser.positionalArguments().size() != 1 || (!parser.isSet(output) && !parser.isSet(dryRun))) {
        printErr(tr("usage: tarmacctl render TEMPLATE --set KEY=VALUE ... [--resource KIND[:NAME]] ... -o DIR"));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    // The catalog loads on a second thread while this one starts the template engine: the two need
    // nothing from each other. Without resources, only the named template's manifest is read.
    const QStringList folders = templateFolders();
    const QString name = parser.positionalArguments().constFirst();
    const bool attaches = parser.isSet(resource);
    std::future<TemplateCatalog::Loaded> loading = std::async(std::launch::async, [folders, name, attaches] {
        return attaches ? TemplateCatalog::load(folders) : TemplateCatalog::loadFor(name, folders);
    });
    NunjucksEngine engine;
    TemplateCatalog catalog;
    catalog.setUserFolders(folders);
    catalog.setLoaded(loading.get());
    const std::optional<TemplateCatalog::Entry> entry = catalog.find(name);
    if (!entry) {
        const ManifestLoader::Result loaded = ManifestLoader::load(name);
        if (!loaded.diagnostics.isEmpty() && (name.contains(QLatin1Char('/')) || QFileInfo::exists(name)))
            printTemplateDiagnostics(loaded.diagnostics);
        else
            printErr(tr("tarmacctl render: no template '%1' (see tarmacctl templates list)").arg(name));
        return 1;
    }
    const ParameterSchema schema(entry->manifest.parameterPages);
    QJsonObject values;
    for (const QString &pair : parser.values(set)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printErr(tr("tarmacctl render: --set expects KEY=VALUE, got '%1'").arg(pair));
            return 2;
        }
        const QString key = pair.left(eq);
        const std::optional<ParameterField> field = schema.field(key, values);
        const auto all = schema.fields(schema.withDefaults(values));
        const bool known
            = field || std::any_of(all.cbegin(), all.cend(), [&](const ParameterField &f) { return f.name == key; });
        if (!known) {
            QStringList names;
            for (const ParameterField &f : all)
                names.append(f.name);
            printErr(tr("tarmacctl render: '%1' is not a parameter of %2; expected one of: %3")
                    .arg(key, entry->manifest.name, names.join(QStringLiteral(", "))));
            return 2;
        }
        ParameterField f = field
            ? *field
            : *std::find_if(all.cbegin(), all.cend(), [&](const ParameterField &x) { return x.name == key; });
        values.insert(key, ParameterSchema::fromText(f, pair.mid(eq + 1)));
    }
    QList<ResourceAttachment> resources;
    for (const QString &r : parser.values(resource))
        resources.append({ r.section(QLatin1Char(':'), 0, 0), r.section(QLatin1Char(':'), 1) });

    TemplateRenderer renderer(engine);
    RenderRequest request = catalog.request(*entry, values, resources);
    request.user = parser.value(user);
    const RenderResult result = renderer.render(request);
    const int errors = printTemplateDiagnostics(result.diagnostics);
    if (errors > 0) {
        printErr(tr("tarmacctl render: %1 error(s); nothing was written").arg(errors));
        return 1;
    }
    int written = 0;
    for (const RenderedFile &f : result.files) {
        if (f.skipped)
            printOut(tr("skipped %1: %2").arg(f.path, f.skipReason));
        else if (!f.directory)
            ++written;
    }
    for (const StepReport &s : result.steps) {
        if (s.status == StepReport::Status::Skipped)
            printOut(tr("step %1 (%2) skipped: %3").arg(s.id, s.action, s.reason));
    }
    if (parser.isSet(dryRun)) {
        for (const RenderedFile &f : result.files) {
            if (!f.skipped && !f.directory)
                printOut(f.path);
        }
        return 0;
    }
    const QString out = parser.value(output);
    const QDir outDir(out);
    if (outDir.exists() && !outDir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
        && !parser.isSet(force)) {
        printErr(tr("tarmacctl render: %1 is not empty; use --force to write into it anyway").arg(out));
        return 1;
    }
    const TemplateDiagnostics problems = TemplateWriter::write(result, out);
    if (printTemplateDiagnostics(problems) > 0)
        return 1;
    printOut(tr("wrote %1 files to %2 in %3 ms").arg(written).arg(out).arg(timer.elapsed()));
    return 0;
}

int runValidateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a template (its manifest, GitHub Actions expressions nunjucks would eat, unknown filters, secrets, "
           "paths) or generated files (YAML, Kubernetes objects, secrets). Prints file:line:col: severity: message; "
           "exits 1 when there are errors."));
    parser.addPositionalArgument(QStringLiteral("path"), tr("A template folder or template.yaml, or generated files."));
    if (!parseCommandLine(parser, QStringLiteral("validate"), arguments))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        printErr(tr("usage: tarmacctl validate PATH"));
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const QFileInfo info(path);
    if (!info.exists()) {
        printErr(tr("tarmacctl validate: %1 does not exist").arg(path));
        return 2;
    }
    TemplateDiagnostics diagnostics;
    const bool isTemplate = info.fileName() == QLatin1String("template.yaml")
        || (info.isDir() && QFileInfo::exists(path + QStringLiteral("/template.yaml")));
    if (isTemplate) {
        TemplateCatalog catalog;
        catalog.setUserFolders(templateFolders());
        catalog.loadNow();
        NunjucksEngine engine;
        const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        diagnostics
            = TemplateLinter::lintTemplate(engine, path, catalog.resourceTemplates(), QFileInfo(folder).absolutePath());
    } else if (info.isDir()) {
        diagnostics = TemplateLinter::checkGeneratedFolder(path);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            printErr(tr("tarmacctl validate: cannot read %1").arg(path));
            return 2;
        }
        diagnostics = TemplateLinter::checkGeneratedFile(path, file.readAll());
    }
    const int errors = printTemplateDiagnostics(diagnostics);
    const int warnings = int(diagnostics.size()) - errors;
    printErr(tr("%1: %2 error(s), %3 warning(s)").arg(path).arg(errors).arg(warnings));
    return errors > 0 ? 1 : 0;
}

}
