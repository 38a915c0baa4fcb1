// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tarmac::Ctl {

// One tarmacctl subcommand: its name, a line for --help, and what runs it. run is null while the
// command has not landed; tarmacctl then says so. run gets the arguments after the command's name
// and returns the process exit status. draws, when set, says whether those arguments will draw
// (text in a PDF, say): drawing needs a QGuiApplication, which tarmacctl then creates offscreen.
struct Command {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
    bool (*draws)(const QStringList &arguments) = nullptr;
};

// Every subcommand, in the order --help lists them.
QList<Command> commands();

// Whether the command line (as main() gets it) runs a command that will draw.
bool commandLineDraws(int argc, char **argv);

}
