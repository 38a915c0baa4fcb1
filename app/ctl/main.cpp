// SPDX-License-Identifier: GPL-3.0-or-later
// tarmacctl: the workbench's capabilities without a window, for scripts and CI.
#include "tarmacversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {
struct Subcommand {
    const char *name;
    const char *summary;
};

// The commands tarmacctl is growing into; each one lands with the feature it drives.
constexpr Subcommand plannedSubcommands[] = {
    { "render", "render a golden-path template with parameters into a folder" },
    { "validate", "check generated files: YAML, Kubernetes manifests, Dockerfiles" },
    { "drift", "compare a service's files with a fresh render of its template" },
    { "deploy", "deploy a service to an environment and follow its progress" },
    { "deployments", "list deployments" },
    { "metrics", "DORA and adoption metrics for a scope and time range" },
    { "assessment", "export a maturity assessment session as a report" },
};

QString subcommandHelp()
{
    QString text = QStringLiteral("Commands (not yet available in this version):\n");
    for (const Subcommand &command : plannedSubcommands)
        text += QStringLiteral("  %1 %2\n").arg(QLatin1String(command.name), -12).arg(QLatin1String(command.summary));
    return text;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tarmac"));
    QCoreApplication::setApplicationName(QStringLiteral("tarmacctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TARMAC_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tarmac without a window, for scripts and CI.\n\n") + subcommandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do; see the list above."),
        QStringLiteral("COMMAND [ARGS...]"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return 2;
    }
    const QString command = arguments.constFirst();
    for (const Subcommand &planned : plannedSubcommands) {
        if (command == QLatin1String(planned.name)) {
            std::fprintf(
                stderr, "tarmacctl: '%s' is not available in this version of tarmacctl yet\n", qPrintable(command));
            return 3;
        }
    }
    std::fprintf(stderr, "tarmacctl: unknown command '%s' (see tarmacctl --help)\n", qPrintable(command));
    return 2;
}
