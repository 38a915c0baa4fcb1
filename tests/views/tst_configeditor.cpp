// SPDX-License-Identifier: GPL-3.0-or-later
// The config editor driven as a user drives it: typing brings diagnostics from the worker, a click in
// the list jumps to the text, find and replace and go to line from the keyboard, the theme follows the
// palette.
#include "config/configeditor.h"
#include "config/diagnosticsmodel.h"
#include "config/diffview.h"
#include "config/findreplacebar.h"
#include "config/gotolinebar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QTreeView>

using namespace Tarmac;

namespace {

// The diagnostics of an editor as "line:col message" lines.
QStringList shown(const ConfigEditor &editor)
{
    QStringList out;
    const DiagnosticsModel *model = editor.diagnosticsModel();
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, DiagnosticsModel::PositionColumn).data().toString() + QLatin1Char(' ')
            + model->index(row, DiagnosticsModel::MessageColumn).data().toString());
    return out;
}

QList<QTextEdit::ExtraSelection> underlines(const ConfigEditor &editor)
{
    QList<QTextEdit::ExtraSelection> out;
    for (const QTextEdit::ExtraSelection &s : editor.textEdit()->extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            out.append(s);
    }
    return out;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1c));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, QColor(0x30, 0x32, 0x35));
    p.setColor(QPalette::ButtonText, Qt::white);
    return p;
}

}

class TestConfigEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typingShowsTheYamlErrorWhereItIs()
    {
        ConfigEditor editor;
        QAbstractItemModelTester tester(
            editor.diagnosticsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.resize(700, 500);
        editor.setFile(QStringLiteral("deploy/values.yaml"), QStringLiteral("name: api\n"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(editor.highlightingDefinition(), QStringLiteral("YAML"));
        QTRY_VERIFY(editor.diagnosticsCurrent());
        QCOMPARE(editor.diagnosticsModel()->rowCount(), 0);

        QSignalSpy changed(&editor, &ConfigEditor::contentChanged);
        QPlainTextEdit *text = editor.textEdit();
        text->setFocus();
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral("ports: [80, 443"));
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, QStringLiteral("replicas: 2"));
        QVERIFY(changed.size() > 0);
        QVERIFY(!editor.diagnosticsCurrent()); // debounced: checked once the typing stops
        QTRY_VERIFY(editor.diagnosticsCurrent());
        const QStringList found = shown(editor);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.at(0).startsWith(QStringLiteral("2:8 ")), qPrintable(found.at(0)));
        QVERIFY2(found.at(0).contains(QStringLiteral("not valid YAML")), qPrintable(found.at(0)));

        // Underlined in the text, from the offending '[' to the end of its token.
        const QList<QTextEdit::ExtraSelection> wavy = underlines(editor);
        QCOMPARE(wavy.size(), 1);
        QCOMPARE(wavy.at(0).cursor.block().blockNumber(), 1);
        QCOMPARE(wavy.at(0).cursor.selectedText(), QStringLiteral("[80,"));

        // Hovering the underline tells what is wrong.
        QTextCursor at = wavy.at(0).cursor;
        at.setPosition(at.selectionStart() + 1);
        const QPoint position = text->cursorRect(at).center();
        QHelpEvent help(QEvent::ToolTip, position, text->viewport()->mapToGlobal(position));
        QApplication::sendEvent(text->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("not valid YAML")), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // Fixing it clears the list; undo brings the error back: the document's own undo.
        QTest::keyClick(text, Qt::Key_Up);
        QTest::keyClick(text, Qt::Key_End);
        QTest::keyClicks(text, QStringLiteral("]"));
        QTRY_VERIFY(editor.diagnosticsCurrent());
        QCOMPARE(editor.diagnosticsModel()->rowCount(), 0);
        QVERIFY(underlines(editor).isEmpty());
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(editor.diagnosticsCurrent());
        QCOMPARE(editor.diagnosticsModel()->rowCount(), 1);
        QVERIFY(editor.content().endsWith(QStringLiteral("ports: [80, 443\nreplicas: 2")));
    }

    void clickingAProblemJumpsToIt()
    {
        ConfigEditor editor;
        editor.resize(800, 600);
        editor.setFile(QStringLiteral("Dockerfile"),
            QStringLiteral(
                "# build\nFROM golang:1.22 AS build\nRUN go build\n\nFROM    alpine\nCOPY --from=build /a /a\n"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(editor.highlightingDefinition(), QStringLiteral("Dockerfile"));
        QTRY_COMPARE(editor.diagnosticsModel()->rowCount(), 2);
        QCOMPARE(shown(editor).at(1).left(4), QStringLiteral("5:9 "));

        QTreeView *list = editor.diagnosticsView();
        const QRect row = list->visualRect(editor.diagnosticsModel()->index(1, DiagnosticsModel::MessageColumn));
        QVERIFY(row.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(editor.cursorLine(), 5);
        QCOMPARE(editor.cursorColumn(), 9);
        QTRY_VERIFY(editor.textEdit()->hasFocus());
        // Keyboard activation too.
        list->setFocus();
        list->setCurrentIndex(editor.diagnosticsModel()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(editor.cursorLine(), 5);
        QCOMPARE(editor.cursorColumn(), 1);
    }

    void findAndReplaceFromTheKeyboard()
    {
        ConfigEditor editor;
        editor.resize(800, 500);
        editor.setFile(QStringLiteral("notes.md"), QStringLiteral("alpha beta alpha\nAlpha alphabet\nalpha\n"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QPlainTextEdit *text = editor.textEdit();
        FindReplaceBar *bar = editor.findReplaceBar();
        text->setFocus();
        QTest::keyClick(text, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->findField()->hasFocus());
        QVERIFY(!bar->replaceField()->isVisible());

        QTest::keyClicks(bar->findField(), QStringLiteral("alpha"));
        QCOMPARE(text->textCursor().selectionStart(), 0); // found as typed
        QTest::keyClick(bar->findField(), Qt::Key_F3);
        QCOMPARE(text->textCursor().selectionStart(), 11);
        QTest::keyClick(bar->findField(), Qt::Key_F3); // "Alpha": case does not matter yet
        QCOMPARE(text->textCursor().selectionStart(), 17);
        QTest::keyClick(bar->findField(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(text->textCursor().selectionStart(), 11);

        bar->matchCaseBox()->setChecked(true);
        bar->wholeWordsBox()->setChecked(true);
        QTest::keyClick(bar->findField(), Qt::Key_Return); // "alphabet" is not a whole word
        QCOMPARE(text->textCursor().selectionStart(), 32);
        QTest::keyClick(bar->findField(), Qt::Key_Return); // wraps around
        QCOMPARE(text->textCursor().selectionStart(), 0);
        QVERIFY(bar->status().contains(QStringLiteral("top")));

        QTest::keyClick(bar->findField(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(text->hasFocus());

        // Replace one, then all with a regular expression; Replace all is one undo step.
        QTest::keyClick(text, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->replaceField()->isVisible());
        bar->findField()->setFocus();
        QTest::keyClick(bar->findField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(bar->findField(), QStringLiteral("beta"));
        QTest::keyClicks(bar->replaceField(), QStringLiteral("gamma"));
        QTest::keyClick(bar->replaceField(), Qt::Key_Return);
        QCOMPARE(editor.content(), QStringLiteral("alpha gamma alpha\nAlpha alphabet\nalpha\n"));

        bar->regexBox()->setChecked(true);
        bar->wholeWordsBox()->setChecked(false);
        bar->matchCaseBox()->setChecked(false);
        bar->findField()->setText(QStringLiteral("a(l)pha"));
        bar->replaceField()->setText(QStringLiteral("<\\1>"));
        QCOMPARE(bar->replaceAll(), 5);
        QCOMPARE(editor.content(), QStringLiteral("<l> gamma <l>\n<l> <l>bet\n<l>\n"));
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor.content(), QStringLiteral("alpha gamma alpha\nAlpha alphabet\nalpha\n"));

        bar->findField()->setText(QStringLiteral("(unclosed"));
        QVERIFY(!bar->findNext());
        QVERIFY(bar->status().contains(QStringLiteral("Invalid expression")));
    }

    void goToLine()
    {
        ConfigEditor editor;
        editor.resize(600, 400);
        editor.setFile(QStringLiteral("main.go"), QStringLiteral("package main\n\nfunc main() {\n\tprintln(1)\n}\n"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(editor.highlightingDefinition(), QStringLiteral("Go"));
        QPlainTextEdit *text = editor.textEdit();
        text->setFocus();
        QTest::keyClick(text, Qt::Key_L, Qt::ControlModifier);
        GoToLineBar *bar = editor.goToLineBar();
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->field()->hasFocus());
        QCOMPARE(bar->field()->text(), QStringLiteral("1"));
        QTest::keyClicks(bar->field(), QStringLiteral("eleven"));
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->status().contains(QStringLiteral("from 1 to 6")));
        bar->field()->clear();
        QTest::keyClicks(bar->field(), QStringLiteral("4:3"));
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QVERIFY(!bar->isVisible());
        QCOMPARE(editor.cursorLine(), 4);
        QCOMPARE(editor.cursorColumn(), 3);
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClick(text, Qt::Key_L, Qt::ControlModifier);
        QTest::keyClicks(bar->field(), QStringLiteral("3"));
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QCOMPARE(editor.cursorLine(), 3);
        QCOMPARE(editor.cursorColumn(), 1);
        // Escape closes without moving.
        QTest::keyClick(text, Qt::Key_L, Qt::ControlModifier);
        QTest::keyClicks(bar->field(), QStringLiteral("5"));
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(editor.cursorLine(), 3);
    }

    void themeFollowsThePalette()
    {
        ConfigEditor editor;
        editor.setFile(QStringLiteral("a.yaml"), QStringLiteral("a: 1\n"));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QString light = editor.themeName();
        const QColor lightBase = editor.textEdit()->palette().color(QPalette::Base);
        QVERIFY(lightBase.lightness() > 128);
        editor.setPalette(darkPalette());
        QVERIFY2(editor.themeName() != light, qPrintable(editor.themeName()));
        QVERIFY(editor.textEdit()->palette().color(QPalette::Base).lightness() < 128);
        editor.setPalette(QPalette());
        QCOMPARE(editor.themeName(), light);
        QCOMPARE(editor.textEdit()->palette().color(QPalette::Base), lightBase);
    }

    void highlightingByFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("definition");
        QTest::newRow("yaml") << "k8s/deployment.yaml" << "YAML";
        QTest::newRow("dockerfile") << "Dockerfile" << "Dockerfile";
        QTest::newRow("json") << "package.json" << "JSON";
        QTest::newRow("shell") << "scripts/run.sh" << "Bash";
        QTest::newRow("toml") << "Cargo.toml" << "TOML";
        QTest::newRow("ini") << "setup.cfg" << "INI Files";
        QTest::newRow("markdown") << "README.md" << "Markdown";
        QTest::newRow("go") << "main.go" << "Go";
        QTest::newRow("python") << "app/main.py" << "Python";
        QTest::newRow("typescript") << "src/server.ts" << "TypeScript";
        QTest::newRow("rust") << "src/main.rs" << "Rust";
        QTest::newRow("unknown") << "LICENSE" << "";
    }

    void highlightingByFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, definition);
        ConfigEditor editor;
        editor.setFile(fileName, QStringLiteral("x\n"));
        QCOMPARE(editor.highlightingDefinition(), definition);
    }

    void readOnlyKeepsTheText()
    {
        ConfigEditor editor;
        editor.setFile(QStringLiteral("a.yaml"), QStringLiteral("a: 1\n"));
        editor.setReadOnly(true);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.textEdit()->setFocus();
        QTest::keyClicks(editor.textEdit(), QStringLiteral("zzz"));
        QCOMPARE(editor.content(), QStringLiteral("a: 1\n"));
        QVERIFY(!editor.isModified());
        QTest::keyClick(editor.textEdit(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(editor.findReplaceBar()->isVisible());
        QVERIFY(!editor.findReplaceBar()->replaceField()->isVisible());
    }

    // The lines on screen are highlighted before they are painted, the rest in idle time; after edits
    // the highlighting is the same as that of the final text opened afresh.
    void highlightsWhatIsShownThenTheRest()
    {
        QString text;
        for (int i = 0; i < 3000; ++i)
            text += QStringLiteral("key%1: \"value\" # note\n  nested%1: 1\n").arg(i);
        ConfigEditor edited;
        edited.resize(700, 400);
        edited.setFile(QStringLiteral("big.yaml"), text);
        edited.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edited));
        QTextDocument *document = edited.textEdit()->document();
        QVERIFY(!document->firstBlock().layout()->formats().isEmpty());
        QVERIFY(!document->findBlockByNumber(10).layout()->formats().isEmpty()); // on screen
        QTRY_VERIFY(edited.isHighlightingComplete());
        QVERIFY(!document->findBlockByNumber(5998).layout()->formats().isEmpty());

        // A block scalar turns the following indented line into text; then a line is removed.
        edited.goTo(102); // an indented line: it becomes the scalar's text
        QTest::keyClicks(edited.textEdit(), QStringLiteral("block: |"));
        QTest::keyClick(edited.textEdit(), Qt::Key_Return);
        edited.goTo(4001);
        QTest::keyClick(edited.textEdit(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(edited.textEdit(), Qt::Key_Delete);
        QTRY_VERIFY(edited.isHighlightingComplete());

        ConfigEditor fresh;
        fresh.setFile(QStringLiteral("big.yaml"), edited.content());
        QTRY_VERIFY(fresh.isHighlightingComplete());
        QTextBlock a = document->firstBlock();
        QTextBlock b = fresh.textEdit()->document()->firstBlock();
        int differing = 0;
        for (; a.isValid() && b.isValid(); a = a.next(), b = b.next())
            differing += a.layout()->formats() != b.layout()->formats() ? 1 : 0;
        QVERIFY(!a.isValid() && !b.isValid());
        QCOMPARE(differing, 0);
        QVERIFY(document->findBlockByNumber(102).layout()->formats()
            != document->findBlockByNumber(104).layout()->formats());
    }

    void diffViewColoursAndAligns()
    {
        DiffView view;
        view.resize(900, 400);
        view.setDiff(QStringLiteral("--- generated/app.yaml\n+++ edited/app.yaml\n@@ -1,3 +1,3 @@\n name: api\n"
                                    "-replicas: 2\n+replicas: 3\n+paused: true\n port: 80\n"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.mode(), DiffView::Mode::Unified);
        const QTextDocument *unified = view.unifiedText()->document();
        QCOMPARE(unified->blockCount(), 8);
        QVERIFY(unified->findBlockByNumber(4).text().contains(QStringLiteral("- replicas: 2")));
        const QColor removed = unified->findBlockByNumber(4).blockFormat().background().color();
        const QColor added = unified->findBlockByNumber(5).blockFormat().background().color();
        QVERIFY(removed.isValid() && added.isValid() && removed != added);
        QCOMPARE(unified->findBlockByNumber(3).blockFormat().background().style(), Qt::NoBrush);

        view.setMode(DiffView::Mode::SideBySide);
        QVERIFY(view.leftText()->isVisible());
        const QTextDocument *left = view.leftText()->document();
        const QTextDocument *right = view.rightText()->document();
        QCOMPARE(left->blockCount(), right->blockCount()); // aligned row for row
        QCOMPARE(left->findBlockByNumber(4).text(), QStringLiteral("2 replicas: 2"));
        QCOMPARE(right->findBlockByNumber(4).text(), QStringLiteral("2 replicas: 3"));
        QCOMPARE(left->findBlockByNumber(5).text(), QString()); // filler beside the added line
        QCOMPARE(right->findBlockByNumber(5).text(), QStringLiteral("3 paused: true"));
        QCOMPARE(right->findBlockByNumber(6).text(), QStringLiteral("4 port: 80"));
        // Scrolled together.
        view.setDiff(QString(QStringLiteral("@@ -1,300 +1,300 @@\n")).append(QStringLiteral(" line\n").repeated(300)));
        view.leftText()->verticalScrollBar()->setValue(120);
        QCOMPARE(view.rightText()->verticalScrollBar()->value(), 120);
    }

    // The gutter is measured in the font's units, so it grows with the font (and the screen's scale).
    void gutterFollowsTheFont()
    {
        ConfigEditor editor;
        QString lines;
        for (int i = 0; i < 1200; ++i)
            lines += QStringLiteral("line: %1\n").arg(i);
        editor.setFile(QStringLiteral("a.yaml"), lines);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QPlainTextEdit *text = editor.textEdit();
        const int small = text->viewport()->geometry().left();
        QVERIFY(small > text->fontMetrics().horizontalAdvance(QStringLiteral("1201")));
        QFont big = text->font();
        big.setPointSizeF(big.pointSizeF() * 2);
        text->setFont(big);
        QTRY_VERIFY(text->viewport()->geometry().left() > small * 3 / 2);
    }
};

QTEST_MAIN(TestConfigEditor)
#include "tst_configeditor.moc"
