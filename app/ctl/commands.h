// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCommandLineParser;

namespace Tarmac::Ctl {

// What every tarmacctl command uses, in both programs (see frontmain.cpp).

// tarmacctl's words for people, translated; n for %n plurals, called tr(text, nullptr, n) as lupdate
// reads it. The context is the one lupdate gives tr() calls in this namespace, so that the
// translations in translations/*.ts are found at run time.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// A line on standard output or standard error, flushed at once, so that followed output (tarmacctl
// deploy --follow) arrives line by line even through a pipe.
void printOut(const QString &line);
void printErr(const QString &line);

// Parses a command's arguments with --help added. A mistake is said on standard error ("tarmacctl
// COMMAND: ...") and returns false; --help prints the help and exits with status 0.
bool parseCommandLine(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

}
