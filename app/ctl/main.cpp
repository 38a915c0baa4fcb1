// SPDX-License-Identifier: GPL-3.0-or-later
// tarmacctl-backend: every tarmacctl command, the workbench's capabilities without a window. The
// tarmacctl that people and scripts start (frontmain.cpp) runs render and validate itself and starts
// this program for the rest.
#include "commands.h"
#include "commandtable.h"
#include "core/translations.h"
#include "tarmacversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace Tarmac;
using namespace Tarmac::Ctl;

namespace {
QString commandHelp()
{
    QString text = QStringLiteral("Commands:\n");
    for (const Command &command : commands()) {
        text += QStringLiteral("  %1 %2%3\n")
                    .arg(QLatin1String(command.name), -12)
                    .arg(QLatin1String(command.summary))
                    .arg(command.run ? QString() : QStringLiteral(" (not yet available)"));
    }
    text += QStringLiteral("\nRun tarmacctl COMMAND --help for a command's options.");
    return text;
}
}

int main(int argc, char *argv[])
{
    // Only runs that draw get a QGuiApplication, offscreen: tarmacctl never shows a window and must
    // work without a display.
    const bool draws = commandLineDraws(argc, argv);
    if (draws)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(
        draws ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Tarmac"));
    QCoreApplication::setApplicationName(QStringLiteral("tarmacctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TARMAC_VERSION_STRING));
    installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tarmac without a window, for scripts and CI.\n\n") + commandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do; see the list above."),
        QStringLiteral("COMMAND [ARGS...]"));
    // Everything after the command's name belongs to the command, --help included.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(*app);

    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
        return 2;
    }
    const QString name = arguments.constFirst();
    for (const Command &command : commands()) {
        if (name != QLatin1String(command.name))
            continue;
        if (!command.run) {
            std::fprintf(
                stderr, "tarmacctl: '%s' is not available in this version of tarmacctl yet\n", qPrintable(name));
            return 3;
        }
        return command.run(arguments.mid(1));
    }
    std::fprintf(stderr, "tarmacctl: unknown command '%s' (see tarmacctl --help)\n", qPrintable(name));
    return 2;
}
