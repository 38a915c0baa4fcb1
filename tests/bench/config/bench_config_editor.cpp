// SPDX-License-Identifier: GPL-3.0-or-later
// Tarmac's config editor on the benchmark's file, whole process: opens FILE in a ConfigEditor, shows it,
// and quits once the window is painted (saving it if PNG is given), or with --diagnostics once the
// diagnostics of the file are in the list.
//   bench_config_editor [--diagnostics] FILE [PNG]
#include "config/configeditor.h"
#include "config/diagnosticsmodel.h"

#include <QApplication>
#include <QFile>
#include <QTimer>
#include <QWindow>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool waitForDiagnostics = arguments.removeAll(QStringLiteral("--diagnostics")) > 0;
    const QString path = arguments.value(0);
    const QString screenshot = arguments.value(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;

    Tarmac::ConfigEditor editor;
    editor.setFile(path, QString::fromUtf8(file.readAll()));
    editor.resize(1100, 720);
    editor.show();

    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &editor, [&] {
        if (!editor.windowHandle() || !editor.windowHandle()->isExposed())
            return;
        if (waitForDiagnostics && !editor.diagnosticsCurrent())
            return;
        poll.stop();
        if (waitForDiagnostics)
            std::fprintf(stderr, "%d diagnostics\n", editor.diagnosticsModel()->rowCount());
        const bool saved = screenshot.isEmpty() || editor.grab().save(screenshot, "PNG");
        QCoreApplication::exit(saved ? 0 : 1);
    });
    poll.start(5);
    return QApplication::exec();
}
