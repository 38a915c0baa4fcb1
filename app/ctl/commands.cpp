// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace Tarmac::Ctl {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Tarmac::Ctl", text, disambiguation, n);
}

void printOut(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void printErr(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("tarmacctl ") + command } + arguments)) {
        printErr(QStringLiteral("tarmacctl %1: %2").arg(command, parser.errorText()));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the program by argv[0], a path (the backend's, after the front's
        // hand-over); the usage line names the command as the user types it.
        QString help = parser.helpText();
        const QString programUsage = QStringLiteral("Usage: ") + QCoreApplication::arguments().constFirst();
        if (help.startsWith(programUsage))
            help.replace(0, programUsage.size(), QStringLiteral("Usage: tarmacctl ") + command);
        printOut(help);
        std::exit(0);
    }
    return true;
}

}
