// SPDX-License-Identifier: GPL-3.0-or-later
// The floor Tarmac's start-up is measured against: a Qt window with a YAML editor highlighted by
// KSyntaxHighlighting beside a Qt Charts line chart, shown, painted, saved as PNG, then quit.
#include <QApplication>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTimer>
#include <QWindow>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString screenshotPath = app.arguments().value(1);

    KSyntaxHighlighting::Repository repository;
    auto *editor = new QPlainTextEdit;
    editor->setPlainText(QStringLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: shop-api\n"
                                        "spec:\n  replicas: 2\n"));
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(editor->document());
    highlighter->setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(repository.definitionForName(QStringLiteral("YAML")));

    auto *series = new QLineSeries;
    for (int i = 0; i < 12; ++i)
        series->append(i, (i * 7) % 5 + 1);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();

    QMainWindow window;
    auto *splitter = new QSplitter;
    splitter->addWidget(editor);
    splitter->addWidget(new QChartView(chart));
    window.setCentralWidget(splitter);
    window.resize(1100, 720);
    window.show();

    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        if (!window.windowHandle() || !window.windowHandle()->isExposed())
            return;
        poll.stop();
        const bool saved = screenshotPath.isEmpty() || window.grab().save(screenshotPath, "PNG");
        QCoreApplication::exit(saved ? 0 : 1);
    });
    poll.start(5);
    return QApplication::exec();
}
