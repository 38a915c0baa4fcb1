// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of the config editor benchmark: KSyntaxHighlighting alone in a plain QPlainTextEdit.
// Opens FILE, highlights it, shows it, and quits once the window is painted (saving it if PNG is given).
//   bench_config_baseline FILE [PNG]
#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTimer>
#include <QWindow>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString path = app.arguments().value(1);
    const QString screenshot = app.arguments().value(2);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;

    KSyntaxHighlighting::Repository repository;
    QPlainTextEdit editor;
    editor.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor.setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(editor.document());
    highlighter->setTheme(repository.themeForPalette(app.palette()));
    highlighter->setDefinition(repository.definitionForFileName(path));
    editor.setPlainText(QString::fromUtf8(file.readAll()));
    editor.resize(1100, 720);
    editor.show();

    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &editor, [&] {
        if (!editor.windowHandle() || !editor.windowHandle()->isExposed())
            return;
        poll.stop();
        const bool saved = screenshot.isEmpty() || editor.grab().save(screenshot, "PNG");
        QCoreApplication::exit(saved ? 0 : 1);
    });
    poll.start(5);
    return QApplication::exec();
}
