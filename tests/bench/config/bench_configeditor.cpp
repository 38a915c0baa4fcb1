// SPDX-License-Identifier: GPL-3.0-or-later
// In-process timings of the config editor on a 20,000-line YAML file: opening (highlighting and
// painting) against KSyntaxHighlighting alone, a keystroke, and the diagnostics.
//   bench_configeditor [QtTest options]        run the benchmarks
//   bench_configeditor --write-yaml FILE        write the benchmark's YAML file (for run.sh)
#include "config/configchecker.h"
#include "config/configeditor.h"
#include "config/diagnosticsmodel.h"
#include "config/diagnosticsrunner.h"
#include "largeyaml.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

using namespace Tarmac;

namespace {
constexpr int benchmarkLines = 20000;
const QString fileName = QStringLiteral("deploy/k8s/all.yaml");
}

class BenchConfigEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_text = largeKubernetesYaml(benchmarkLines);
        QVERIFY(m_text.count(QLatin1Char('\n')) >= benchmarkLines);
    }

    // KSyntaxHighlighting alone: set the text into a highlighted plain text editor and paint it.
    void openBaseline()
    {
        KSyntaxHighlighting::Repository repository;
        QPlainTextEdit editor;
        editor.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        editor.setLineWrapMode(QPlainTextEdit::NoWrap);
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(editor.document());
        highlighter->setTheme(repository.themeForPalette(editor.palette()));
        highlighter->setDefinition(repository.definitionForFileName(fileName));
        editor.resize(1100, 720);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QBENCHMARK
        {
            editor.setPlainText(m_text);
            editor.repaint();
        }
    }

    void openConfigEditor()
    {
        ConfigEditor editor;
        editor.resize(1100, 720);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QBENCHMARK
        {
            editor.setFile(fileName, m_text);
            editor.repaint();
        }
    }

    // Until the last line is highlighted too (idle slices included): the whole work, for comparison.
    void openConfigEditorUntilFullyHighlighted()
    {
        ConfigEditor editor;
        editor.resize(1100, 720);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QBENCHMARK
        {
            editor.setFile(fileName, m_text);
            editor.repaint();
            while (!editor.isHighlightingComplete())
                QCoreApplication::processEvents();
        }
    }

    void keystrokeBaseline()
    {
        KSyntaxHighlighting::Repository repository;
        QPlainTextEdit editor;
        editor.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(editor.document());
        highlighter->setTheme(repository.themeForPalette(editor.palette()));
        highlighter->setDefinition(repository.definitionForFileName(fileName));
        editor.setPlainText(m_text);
        editor.resize(1100, 720);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        typeInTheMiddle(&editor);
    }

    void keystrokeConfigEditor()
    {
        ConfigEditor editor;
        editor.setFile(fileName, m_text);
        editor.resize(1100, 720);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTRY_VERIFY_WITH_TIMEOUT(editor.isHighlightingComplete(), 60000); // as in the baseline
        typeInTheMiddle(editor.textEdit());
    }

    // The checks alone, on the calling thread.
    void diagnostics()
    {
        TemplateDiagnostics found;
        QBENCHMARK
        {
            found = ConfigChecker::check(fileName, m_text);
        }
        QVERIFY(!found.isEmpty());
    }

    // From asking the worker to having the result back on this thread.
    void diagnosticsThroughRunner()
    {
        DiagnosticsRunner runner;
        QSignalSpy finished(&runner, &DiagnosticsRunner::finished);
        quint64 revision = 0;
        QBENCHMARK
        {
            runner.check(++revision, fileName, m_text);
            QVERIFY(finished.wait(60000));
        }
    }

private:
    // A character typed in the middle of the file, then painted: what a keystroke costs.
    static void typeInTheMiddle(QPlainTextEdit *editor)
    {
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(editor->document()->findBlockByNumber(benchmarkLines / 2).position());
        editor->setTextCursor(cursor);
        editor->centerCursor();
        QBENCHMARK
        {
            QTest::keyClick(editor, Qt::Key_X);
            QTest::keyClick(editor, Qt::Key_Backspace);
            editor->repaint();
        }
    }

    QString m_text;
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--write-yaml") == 0) {
        QFile out(QString::fromLocal8Bit(argv[2]));
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        out.write(largeKubernetesYaml(benchmarkLines).toUtf8());
        return 0;
    }
    QApplication app(argc, argv);
    BenchConfigEditor bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_configeditor.moc"
