// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentcommand.h"

#include "assessment/assessmentreport.h"
#include "assessment/assessmentsessionfile.h"
#include "assessment/crosswalk.h"
#include "assessment/maturitymodelloader.h"
#include "assessmentplatformcommands.h"
#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>

#include <cstdio>

namespace Tarmac::Ctl {

namespace {
QString usage()
{
    return tr("Usage:\n"
              "  tarmacctl assessment models\n"
              "      list the maturity models (built in, then your own)\n"
              "  tarmacctl assessment validate FILE...\n"
              "      check model or crosswalk files; errors say file:line:column\n"
              "  tarmacctl assessment export SESSION [--format csv|md|pdf] [-o FILE]\n"
              "                          [--csv FILE] [--md FILE] [--pdf FILE] [--previous SESSION]\n"
              "                          [--model MODELFILE] [--as MODEL-ID]\n"
              "      write the report of a *.tarmac-assessment.yaml session; CSV and Markdown go\n"
              "      to standard output without -o; --as reads the results in another model\n"
              "      through a crosswalk (platform-engineering <-> cncf-platform-engineering)\n"
              "  tarmacctl assessment publish SESSION [--platform URL]\n"
              "      store the session on the platform without its private notes (a session\n"
              "      stored before is replaced); prints the stored id\n"
              "  tarmacctl assessment list [--scope KIND[:NAME]] [--model ID] [--limit N] [--json]\n"
              "      the sessions the platform stores, newest first");
}

int listModels()
{
    for (const QString &path : MaturityModelLoader::availableModelPaths()) {
        const MaturityModelLoadResult loaded = MaturityModelLoader::load(path);
        if (!loaded.ok()) {
            printErr(joinErrors(loaded.errors));
            continue;
        }
        const MaturityModel &model = loaded.model;
        // Tab-separated for scripts; the sizes column is for people.
        printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                .arg(model.id, model.version, model.name,
                    tr("%1 capabilities x %2 levels").arg(model.capabilities.size()).arg(model.levels.size()), path));
    }
    return 0;
}

int validate(const QStringList &paths)
{
    if (paths.isEmpty()) {
        printErr(usage());
        return 2;
    }
    int failures = 0;
    for (const QString &path : paths) {
        QFile file(path);
        const bool crosswalk = file.open(QIODevice::ReadOnly) && file.peek(4096).contains("tarmac-maturity-crosswalk/");
        const QList<SourceError> errors
            = crosswalk ? Crosswalk::load(path).errors : MaturityModelLoader::load(path).errors;
        if (errors.isEmpty()) {
            printOut(tr("%1: ok").arg(path));
        } else {
            printErr(joinErrors(errors));
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-") {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printErr(tr("tarmacctl: cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

int exportSession(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the report of a *.tarmac-assessment.yaml session."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("csv, md or pdf"), QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outputOption(
        { QStringLiteral("o"), QStringLiteral("output") }, tr("Where to write the report."), QStringLiteral("FILE"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("Also write CSV to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption mdOption(QStringLiteral("md"), tr("Also write Markdown to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"), tr("Also write the PDF report to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption previousOption(
        QStringLiteral("previous"), tr("The previous round's session, for comparison."), QStringLiteral("SESSION"));
    const QCommandLineOption modelOption(
        QStringLiteral("model"), tr("The model file, when it is not installed."), QStringLiteral("MODELFILE"));
    const QCommandLineOption asOption(
        QStringLiteral("as"), tr("Report in another model, through a crosswalk."), QStringLiteral("MODEL-ID"));
    parser.addOptions(
        { formatOption, outputOption, csvOption, mdOption, pdfOption, previousOption, modelOption, asOption });
    parser.addPositionalArgument(QStringLiteral("session"), tr("The *.tarmac-assessment.yaml file."));
    if (!parseCommandLine(parser, QStringLiteral("assessment export"), arguments))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        printErr(usage());
        return 2;
    }
    const QString sessionPath = parser.positionalArguments().constFirst();
    const SessionLoadResult session = AssessmentSessionFile::load(sessionPath);
    if (!session.ok()) {
        printErr(joinErrors(session.errors));
        return 1;
    }

    QStringList modelPaths = MaturityModelLoader::availableModelPaths();
    if (parser.isSet(modelOption))
        modelPaths.prepend(parser.value(modelOption));
    std::optional<MaturityModel> model;
    for (const QString &path : std::as_const(modelPaths)) {
        const MaturityModelLoadResult loaded = MaturityModelLoader::load(path);
        if (!loaded.ok()) {
            if (parser.isSet(modelOption) && path == parser.value(modelOption)) {
                printErr(joinErrors(loaded.errors));
                return 1;
            }
            continue;
        }
        if (loaded.model.id == session.session.model.id) {
            model = loaded.model;
            break;
        }
    }
    if (!model) {
        printErr(tr("tarmacctl: %1 uses the model '%2', which is not installed (give it with --model)")
                .arg(sessionPath, session.session.model.id));
        return 1;
    }
    if (model->contentHash != session.session.model.hash)
        printErr(tr("tarmacctl: note: the model '%1' has changed since this session was run (%2 then, %3 now)")
                .arg(model->id, session.session.model.version, model->version));

    std::optional<AssessmentSession> previous;
    if (parser.isSet(previousOption)) {
        const SessionLoadResult loaded = AssessmentSessionFile::load(parser.value(previousOption));
        if (!loaded.ok()) {
            printErr(joinErrors(loaded.errors));
            return 1;
        }
        previous = loaded.session;
    }
    AssessmentSession reported = session.session;
    if (parser.isSet(asOption)) {
        const QString wanted = parser.value(asOption);
        std::optional<MaturityModel> target;
        for (const QString &path : std::as_const(modelPaths)) {
            const MaturityModelLoadResult loaded = MaturityModelLoader::load(path);
            if (loaded.ok() && loaded.model.id == wanted)
                target = loaded.model;
        }
        if (!target) {
            printErr(tr("tarmacctl: no model '%1' is installed").arg(wanted));
            return 1;
        }
        std::optional<AssessmentSession> translated;
        std::optional<AssessmentSession> translatedPrevious;
        for (const QString &path : Crosswalk::builtinCrosswalkPaths()) {
            const CrosswalkLoadResult crosswalk = Crosswalk::load(path);
            if (!crosswalk.ok() || translated)
                continue;
            translated = crosswalk.crosswalk.translate(reported, *target);
            if (previous)
                translatedPrevious = crosswalk.crosswalk.translate(*previous, *target);
        }
        if (!translated) {
            printErr(tr("tarmacctl: no crosswalk joins '%1' and '%2'").arg(model->id, wanted));
            return 1;
        }
        model = target;
        reported = *translated;
        previous = translatedPrevious;
    }
    const AssessmentReport report(*model, reported, previous);

    // --format/-o is one output; --csv, --md and --pdf add more.
    QList<std::pair<QString, QString>> outputs;
    if (parser.isSet(outputOption) || !(parser.isSet(csvOption) || parser.isSet(mdOption) || parser.isSet(pdfOption)))
        outputs.append({ parser.isSet(formatOption) || !parser.isSet(outputOption) ? parser.value(formatOption)
                : parser.value(outputOption).endsWith(QLatin1String(".pdf"))       ? QStringLiteral("pdf")
                : parser.value(outputOption).endsWith(QLatin1String(".md"))        ? QStringLiteral("md")
                                                                                   : QStringLiteral("csv"),
            parser.value(outputOption) });
    if (parser.isSet(csvOption))
        outputs.append({ QStringLiteral("csv"), parser.value(csvOption) });
    if (parser.isSet(mdOption))
        outputs.append({ QStringLiteral("md"), parser.value(mdOption) });
    if (parser.isSet(pdfOption))
        outputs.append({ QStringLiteral("pdf"), parser.value(pdfOption) });
    for (const auto &[format, path] : std::as_const(outputs)) {
        if (format == u"csv") {
            if (!writeBytes(path, report.csv()))
                return 1;
        } else if (format == u"md") {
            if (!writeBytes(path, report.markdown().toUtf8()))
                return 1;
        } else if (format == u"pdf") {
            if (path.isEmpty() || path == u"-") {
                printErr(tr("tarmacctl: a PDF needs a file: -o FILE or --pdf FILE"));
                return 2;
            }
            if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
                printErr(tr("tarmacctl: PDF export needs a GUI application object"));
                return 1;
            }
            QString error;
            if (!report.writePdf(path, &error)) {
                printErr(QStringLiteral("tarmacctl: %1").arg(error));
                return 1;
            }
        } else {
            printErr(tr("tarmacctl: unknown format '%1' (csv, md or pdf)").arg(format));
            return 2;
        }
    }
    return 0;
}
}

int runAssessmentCommand(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == u"models")
        return listModels();
    if (action == u"validate")
        return validate(arguments.mid(1));
    if (action == u"export")
        return exportSession(arguments.mid(1));
    if (action == u"publish")
        return publishAssessment(arguments.mid(1));
    if (action == u"list")
        return listAssessments(arguments.mid(1));
    if (action == u"--help" || action == u"-h" || action == u"help") {
        printOut(usage());
        return 0;
    }
    printErr(usage());
    return 2;
}

bool assessmentCommandDraws(const QStringList &arguments)
{
    if (arguments.value(0) != QLatin1String("export"))
        return false;
    // Generous on purpose: a QGuiApplication too many costs milliseconds, one too few fails the export.
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--pdf") || argument.startsWith(QLatin1String("--pdf="))
            || argument == QLatin1String("pdf") || argument == QLatin1String("--format=pdf")
            || argument.endsWith(QLatin1String(".pdf")))
            return true;
    }
    return false;
}

}
