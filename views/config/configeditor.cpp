// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configeditor.h"

#include "config/codeeditor.h"
#include "config/codehighlighter.h"
#include "config/diagnosticsmodel.h"
#include "config/diagnosticsrunner.h"
#include "config/findreplacebar.h"
#include "config/gotolinebar.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Tarmac {

namespace {
// Long enough that a burst of typing is checked once, short enough to feel immediate.
constexpr int checkDelayMs = 300;
}

ConfigEditor::ConfigEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new CodeEditor(this))
    , m_diagnostics(new DiagnosticsModel(this))
    , m_runner(new DiagnosticsRunner(this))
    , m_debounce(new QTimer(this))
{
    m_editor->setAccessibleName(tr("Editor"));
    m_highlighter = new CodeHighlighter(m_editor->document(), this);
    m_editor->setHighlighter(m_highlighter);
    m_findBar = new FindReplaceBar(m_editor, this);
    m_goToBar = new GoToLineBar(this);

    m_diagnosticsPanel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(m_diagnosticsPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->setSpacing(0);
    m_summary = new QLabel(m_diagnosticsPanel);
    m_summary->setContentsMargins(4, 2, 4, 2);
    m_summary->setAccessibleName(tr("Problems summary"));
    m_diagnosticsView = new QTreeView(m_diagnosticsPanel);
    m_diagnosticsView->setModel(m_diagnostics);
    m_diagnosticsView->setRootIsDecorated(false);
    m_diagnosticsView->setUniformRowHeights(true);
    m_diagnosticsView->setAllColumnsShowFocus(true);
    m_diagnosticsView->setAccessibleName(tr("Problems"));
    m_diagnosticsView->header()->setStretchLastSection(true);
    m_diagnosticsView->header()->setSectionResizeMode(DiagnosticsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_diagnosticsView->header()->setSectionResizeMode(DiagnosticsModel::PositionColumn, QHeaderView::ResizeToContents);
    panelLayout->addWidget(m_summary);
    panelLayout->addWidget(m_diagnosticsView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(m_editor);
    topLayout->addWidget(m_goToBar);
    topLayout->addWidget(m_findBar);
    splitter->addWidget(top);
    splitter->addWidget(m_diagnosticsPanel);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Shortcuts for the whole editor, including its bars.
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    shortcut(QKeySequence::Find, [this] { showFind(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_H), [this] { showReplace(); });
    shortcut(QKeySequence(Qt::Key_F3), [this] { findNext(); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), [this] { findPrevious(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { showGoToLine(); });
    m_escape = shortcut(QKeySequence(Qt::Key_Escape), [this] {
        if (m_goToBar->isVisible())
            m_goToBar->close();
        if (m_findBar->isVisible())
            m_findBar->close();
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    m_escape->setEnabled(false); // only while a bar is open, so Escape reaches the page otherwise
    const auto barsChanged = [this] { m_escape->setEnabled(m_findBar->isVisible() || m_goToBar->isVisible()); };
    connect(m_findBar, &FindReplaceBar::closed, this, barsChanged);
    connect(m_goToBar, &GoToLineBar::closed, this, [this, barsChanged] {
        barsChanged();
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    connect(m_goToBar, &GoToLineBar::goToRequested, this, [this](int line, int column) { goTo(line, column); });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(checkDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &ConfigEditor::runChecks);
    connect(m_editor->document(), &QTextDocument::contentsChange, this, &ConfigEditor::onContentsChange);
    connect(
        m_runner, &DiagnosticsRunner::finished, this, [this](quint64 revision, const TemplateDiagnostics &diagnostics) {
            if (revision != m_revision)
                return; // the text changed since; a newer check follows
            m_checkedRevision = revision;
            m_diagnostics->setDiagnostics(diagnostics);
            m_editor->setDiagnostics(diagnostics);
            updateSummary();
            Q_EMIT diagnosticsUpdated();
        });
    connect(m_diagnosticsView, &QTreeView::activated, this, &ConfigEditor::jumpToDiagnostic);
    connect(m_diagnosticsView, &QTreeView::clicked, this, &ConfigEditor::jumpToDiagnostic);

    applyTheme();
    updateSummary();
    setFocusProxy(m_editor);
}

ConfigEditor::~ConfigEditor() = default;

void ConfigEditor::setFile(const QString &fileName, const QString &content)
{
    m_fileName = fileName;
    m_editor->setAccessibleName(tr("Editor for %1").arg(fileName));
    m_diagnosticsView->setAccessibleName(tr("Problems in %1").arg(fileName));
    m_settingFile = true;
    const bool wasThemed = m_highlighter->isThemed();
    m_highlighter->setFileName(fileName);
    if (!wasThemed && m_highlighter->isThemed())
        applyTheme();
    m_editor->setDiagnostics({});
    m_editor->setPlainText(content); // also clears the undo history
    m_settingFile = false;
    m_debounce->stop();
    ++m_revision;
    runChecks(); // at once: nobody is typing
}

QString ConfigEditor::content() const
{
    return m_editor->toPlainText();
}

bool ConfigEditor::isModified() const
{
    return m_editor->document()->isModified();
}

void ConfigEditor::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    if (readOnly && m_findBar->isVisible())
        m_findBar->open(false);
}

bool ConfigEditor::isReadOnly() const
{
    return m_editor->isReadOnly();
}

void ConfigEditor::goTo(int line, int column)
{
    m_editor->goTo(line, column);
    m_editor->setFocus(Qt::OtherFocusReason);
}

int ConfigEditor::cursorLine() const
{
    return m_editor->textCursor().blockNumber() + 1;
}

int ConfigEditor::cursorColumn() const
{
    return m_editor->textCursor().positionInBlock() + 1;
}

bool ConfigEditor::diagnosticsCurrent() const
{
    return m_checkedRevision == m_revision;
}

void ConfigEditor::setDiagnosticsListVisible(bool visible)
{
    m_diagnosticsPanel->setVisible(visible);
}

void ConfigEditor::showFind()
{
    m_goToBar->hide();
    m_findBar->open(false);
    m_escape->setEnabled(true);
}

void ConfigEditor::showReplace()
{
    m_goToBar->hide();
    m_findBar->open(true);
    m_escape->setEnabled(true);
}

void ConfigEditor::showGoToLine()
{
    m_findBar->hide();
    m_goToBar->open(cursorLine(), m_editor->blockCount());
    m_escape->setEnabled(true);
}

void ConfigEditor::findNext()
{
    if (m_findBar->findField()->text().isEmpty())
        showFind();
    else
        m_findBar->findNext();
}

void ConfigEditor::findPrevious()
{
    if (m_findBar->findField()->text().isEmpty())
        showFind();
    else
        m_findBar->findPrevious();
}

QPlainTextEdit *ConfigEditor::textEdit() const
{
    return m_editor;
}

QString ConfigEditor::highlightingDefinition() const
{
    return m_highlighter->definitionName();
}

bool ConfigEditor::isHighlightingComplete() const
{
    return m_highlighter->isComplete();
}

QString ConfigEditor::themeName() const
{
    return m_highlighter->themeName();
}

void ConfigEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void ConfigEditor::applyTheme()
{
    // The theme follows this widget's palette; the text area gets the theme's own colours.
    m_highlighter->setPalette(palette());
    // Until the first file, the editor keeps the palette's colours (see CodeHighlighter).
    if (m_highlighter->isThemed())
        m_editor->setColors(m_highlighter->editorColors());
}

void ConfigEditor::onContentsChange(int from, int removed, int added)
{
    Q_UNUSED(from);
    if (removed == 0 && added == 0)
        return; // formatting by the highlighter, not an edit
    ++m_revision;
    if (m_settingFile)
        return;
    m_debounce->start();
    updateSummary();
    Q_EMIT contentChanged();
}

void ConfigEditor::runChecks()
{
    m_runner->check(m_revision, m_fileName, m_editor->toPlainText());
}

void ConfigEditor::updateSummary()
{
    const int errors = m_diagnostics->errorCount();
    const int warnings = m_diagnostics->rowCount() - errors;
    QString text;
    if (errors == 0 && warnings == 0)
        text = tr("No problems found");
    else if (warnings == 0)
        text = tr("%n error(s)", nullptr, errors);
    else if (errors == 0)
        text = tr("%n warning(s)", nullptr, warnings);
    else
        text = tr("%1, %2").arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings));
    if (!diagnosticsCurrent())
        text = tr("%1 (checking…)").arg(text);
    m_summary->setText(text);
}

void ConfigEditor::jumpToDiagnostic(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    goTo(index.data(DiagnosticsModel::LineRole).toInt(), index.data(DiagnosticsModel::ColumnRole).toInt());
}

}
