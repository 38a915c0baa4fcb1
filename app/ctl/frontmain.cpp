// SPDX-License-Identifier: GPL-3.0-or-later
// tarmacctl as people and scripts start it. render and validate, which pipelines run on every change,
// run here, in a program that links Qt Core and Qml and nothing else of Tarmac's: loading Qt Gui, the
// keychain, libgit2 and what they pull in costs the dynamic loader more than rendering a template
// does. Every other command (--help and --version too) runs in tarmacctl-backend (main.cpp), which
// this program starts in its place, so that both behave as one program.
#include "commands.h"
#include "core/translations.h"
#include "tarmacversion.h"
#include "templatecommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <QFile>

#include <cerrno>
#include <unistd.h>
#include <vector>
#else
#include <QProcess>
#endif

using namespace Tarmac;

namespace Tarmac::Ctl {
namespace {

struct FrontCommand {
    const char *name;
    int (*run)(const QStringList &arguments);
};
constexpr FrontCommand frontCommands[] = {
    { "render", runRenderCommand },
    { "validate", runValidateCommand },
};

// Beside this program in the build folder, on Windows and in the macOS bundle; in libexec/tarmac
// once installed on Linux.
QString backendProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const char *relative : { TARMACCTL_BACKEND, TARMACCTL_BACKEND_INSTALLED }) {
        const QFileInfo candidate(here.filePath(QString::fromUtf8(relative)));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    return {};
}

// Runs the backend with this program's arguments and returns its exit status. On Unix the backend
// replaces this process, so that signals, the process id and the exit status are the backend's.
int runBackend(int argc, char *argv[])
{
    const QString program = backendProgram();
    if (program.isEmpty()) {
        printErr(tr("tarmacctl: cannot find %1 beside %2 or in %3; the installation is incomplete")
                .arg(QStringLiteral(TARMACCTL_BACKEND), QCoreApplication::applicationDirPath(),
                    QFileInfo(QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral(TARMACCTL_BACKEND_INSTALLED)))
                        .absolutePath()));
        return 127;
    }
#ifdef Q_OS_UNIX
    const QByteArray path = QFile::encodeName(program);
    std::vector<char *> arguments(argv, argv + argc);
    arguments.front() = const_cast<char *>(path.constData());
    arguments.push_back(nullptr);
    ::execv(path.constData(), arguments.data());
    printErr(tr("tarmacctl: cannot run %1: %2").arg(program, qt_error_string(errno)));
    return 127;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    QProcess backend;
    backend.setProcessChannelMode(QProcess::ForwardedChannels);
    backend.setInputChannelMode(QProcess::ForwardedInputChannel);
    backend.start(program, QCoreApplication::arguments().mid(1));
    if (!backend.waitForStarted(-1)) {
        printErr(tr("tarmacctl: cannot run %1: %2").arg(program, backend.errorString()));
        return 127;
    }
    backend.waitForFinished(-1);
    return backend.exitStatus() == QProcess::NormalExit ? backend.exitCode() : 1;
#endif
}

}
}

using namespace Tarmac::Ctl;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tarmac"));
    QCoreApplication::setApplicationName(QStringLiteral("tarmacctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TARMAC_VERSION_STRING));
    const QStringList arguments = QCoreApplication::arguments();
    for (const FrontCommand &command : frontCommands) {
        if (arguments.value(1) == QLatin1String(command.name)) {
            installTranslations();
            return command.run(arguments.mid(2));
        }
    }
    return runBackend(argc, argv);
}
