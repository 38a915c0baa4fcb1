// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QTreeView;

namespace Tarmac {

class CodeEditor;
class CodeHighlighter;
class DiagnosticsModel;
class DiagnosticsRunner;
class FindReplaceBar;
class GoToLineBar;

// A config file in an editor: syntax highlighting by file name with a theme that follows the palette,
// line numbers, find and replace (Ctrl+F, Ctrl+H, F3, Shift+F3), go to line (Ctrl+L), and diagnostics
// computed off the GUI thread as the user types, shown inline and in a list under the text where
// activating one jumps to it. Undo is the text document's own.
class ConfigEditor : public QWidget {
    Q_OBJECT
public:
    explicit ConfigEditor(QWidget *parent = nullptr);
    ~ConfigEditor() override;

    // Replaces the text (and its undo history); the name picks the highlighting and the checks.
    void setFile(const QString &fileName, const QString &content);
    QString fileName() const { return m_fileName; }
    QString content() const;
    bool isModified() const;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    // Moves the cursor to a 1-based line and column and focuses the text.
    void goTo(int line, int column = 1);
    int cursorLine() const;
    int cursorColumn() const;

    // The diagnostics of the text as last checked, for a list elsewhere too.
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    // Whether the diagnostics shown belong to the text as it is now.
    bool diagnosticsCurrent() const;
    void setDiagnosticsListVisible(bool visible);

    void showFind();
    void showReplace();
    void showGoToLine();
    void findNext();
    void findPrevious();

    QPlainTextEdit *textEdit() const;
    FindReplaceBar *findReplaceBar() const { return m_findBar; }
    GoToLineBar *goToLineBar() const { return m_goToBar; }
    QTreeView *diagnosticsView() const { return m_diagnosticsView; }
    QString highlightingDefinition() const;
    QString themeName() const;
    // Whether every line is highlighted (the lines on screen always are).
    bool isHighlightingComplete() const;

Q_SIGNALS:
    // The user changed the text (not setFile).
    void contentChanged();
    // The diagnostics model now holds the findings of the current text.
    void diagnosticsUpdated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void onContentsChange(int from, int removed, int added);
    void runChecks();
    void updateSummary();
    void jumpToDiagnostic(const QModelIndex &index);

    QString m_fileName;
    CodeEditor *m_editor = nullptr;
    CodeHighlighter *m_highlighter = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    GoToLineBar *m_goToBar = nullptr;
    DiagnosticsModel *m_diagnostics = nullptr;
    DiagnosticsRunner *m_runner = nullptr;
    QTreeView *m_diagnosticsView = nullptr;
    QWidget *m_diagnosticsPanel = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_debounce = nullptr;
    QAction *m_escape = nullptr;
    quint64 m_revision = 0;
    quint64 m_checkedRevision = 0;
    bool m_settingFile = false;
};

}
