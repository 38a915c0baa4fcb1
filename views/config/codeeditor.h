// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/codehighlighter.h"
#include "templates/templatetypes.h"

#include <QPlainTextEdit>

namespace Tarmac {

class CodeEditorGutter;

// The text area of the config editor: a line-number gutter with diagnostic markers, the current line,
// diagnostics as wavy underlines with their message on hover. Underlines are made for the visible
// lines only, so that a file with thousands of findings scrolls and types as fast as one without.
class CodeEditor : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // The highlighter of this editor's document, asked to be ahead of each paint.
    void setHighlighter(CodeHighlighter *highlighter) { m_highlighter = highlighter; }
    void setColors(const CodeHighlighter::EditorColors &colors);
    const CodeHighlighter::EditorColors &colors() const { return m_colors; }
    // Diagnostics of the current text (1-based lines and columns).
    void setDiagnostics(const TemplateDiagnostics &diagnostics);
    // The diagnostics on a 1-based line.
    TemplateDiagnostics diagnosticsOnLine(int line) const;

    // Moves the cursor to a 1-based line and column (clamped to the text) and shows it.
    void goTo(int line, int column = 1);
    int gutterWidth() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    friend class CodeEditorGutter;
    void paintGutter(QPaintEvent *event);
    bool gutterEvent(QEvent *event);
    void updateGutterWidth();
    void onUpdateRequest(const QRect &rect, int dy);
    void updateExtraSelections();
    int lastVisibleBlockNumber() const;
    int lineAt(const QPoint &viewportPosition) const;

    CodeEditorGutter *m_gutter = nullptr;
    CodeHighlighter *m_highlighter = nullptr;
    CodeHighlighter::EditorColors m_colors;
    TemplateDiagnostics m_diagnostics; // sorted by line
    int m_gutterDigits = 0;
    int m_firstVisibleBlock = -1;
    int m_lastVisibleBlock = -1;
};

}
