// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/codeeditor.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace Tarmac {

// The strip left of the text: line numbers and a marker for lines with diagnostics.
class CodeEditorGutter : public QWidget {
public:
    explicit CodeEditorGutter(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setAccessibleName(tr("Line numbers"));
    }

    QSize sizeHint() const override { return { m_editor->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    bool event(QEvent *event) override { return m_editor->gutterEvent(event) || QWidget::event(event); }

private:
    CodeEditor *m_editor;
};

namespace {

bool lineLess(const TemplateDiagnostic &d, int line)
{
    return d.line < line;
}

QString tooltipFor(const TemplateDiagnostics &diagnostics)
{
    QStringList lines;
    for (const TemplateDiagnostic &d : diagnostics)
        lines.append((d.isError() ? CodeEditor::tr("Error: %1") : CodeEditor::tr("Warning: %1")).arg(d.message));
    return lines.join(QLatin1Char('\n'));
}

}

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new CodeEditorGutter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::onUpdateRequest);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateExtraSelections();
        m_gutter->update(); // the current line number is drawn differently
    });
    updateGutterWidth();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setColors(const CodeHighlighter::EditorColors &colors)
{
    m_colors = colors;
    QPalette p = palette();
    p.setColor(QPalette::Base, colors.background);
    p.setColor(QPalette::Text, colors.text);
    p.setColor(QPalette::Highlight, colors.selection);
    p.setColor(QPalette::HighlightedText, colors.text);
    setPalette(p);
    updateExtraSelections();
    m_gutter->update();
}

void CodeEditor::setDiagnostics(const TemplateDiagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    std::stable_sort(m_diagnostics.begin(), m_diagnostics.end(),
        [](const TemplateDiagnostic &a, const TemplateDiagnostic &b) { return a.line < b.line; });
    updateExtraSelections();
    m_gutter->update();
}

TemplateDiagnostics CodeEditor::diagnosticsOnLine(int line) const
{
    TemplateDiagnostics out;
    for (auto it = std::lower_bound(m_diagnostics.cbegin(), m_diagnostics.cend(), line, lineLess);
        it != m_diagnostics.cend() && it->line == line; ++it)
        out.append(*it);
    return out;
}

void CodeEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
}

int CodeEditor::gutterWidth() const
{
    // Digits plus room for the marker, in units of the font so that it scales with the screen.
    const QFontMetrics metrics = fontMetrics();
    const int digit = metrics.horizontalAdvance(QLatin1Char('9'));
    return digit * std::max(m_gutterDigits, 2) + metrics.height() + digit;
}

void CodeEditor::updateGutterWidth()
{
    int digits = 1;
    for (int n = std::max(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    if (digits == m_gutterDigits)
        return; // the usual case: a keystroke does not change the width
    m_gutterDigits = digits;
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    m_gutter->setGeometry(r.left(), r.top(), gutterWidth(), r.height());
}

void CodeEditor::onUpdateRequest(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    const int first = firstVisibleBlock().blockNumber();
    if (first != m_firstVisibleBlock)
        updateExtraSelections();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(r.left(), r.top(), gutterWidth(), r.height());
    updateExtraSelections();
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
        m_gutterDigits = 0; // recompute for the new font
        updateGutterWidth();
    }
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_colors.currentLine.isValid() && !isReadOnly()) {
        QTextEdit::ExtraSelection current;
        current.format.setBackground(m_colors.currentLine);
        current.format.setProperty(QTextFormat::FullWidthSelection, true);
        current.cursor = textCursor();
        current.cursor.clearSelection();
        selections.append(current);
    }
    // Underlines for the diagnostics of the visible lines only.
    m_firstVisibleBlock = firstVisibleBlock().blockNumber();
    m_lastVisibleBlock = lastVisibleBlockNumber();
    for (auto it = std::lower_bound(m_diagnostics.cbegin(), m_diagnostics.cend(), m_firstVisibleBlock + 1, lineLess);
        it != m_diagnostics.cend() && it->line <= m_lastVisibleBlock + 1; ++it) {
        const QTextBlock line = document()->findBlockByNumber(it->line - 1);
        const QString text = line.text();
        // Underline the token that starts at the column, or the last character of a line that ends
        // before it.
        qsizetype start = std::clamp<qsizetype>(it->column - 1, 0, text.size());
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (end == start) {
            if (start < text.size())
                ++end;
            else if (start > 0)
                --start;
        }
        if (end == start)
            continue; // an empty line: the gutter marker shows it
        QTextEdit::ExtraSelection underline;
        underline.cursor = QTextCursor(line);
        underline.cursor.setPosition(line.position() + int(start));
        underline.cursor.setPosition(line.position() + int(end), QTextCursor::KeepAnchor);
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(it->isError() ? m_colors.error : m_colors.warning);
        underline.format.setToolTip(it->message);
        selections.append(underline);
    }
    setExtraSelections(selections);
}

int CodeEditor::lastVisibleBlockNumber() const
{
    QTextBlock block = firstVisibleBlock();
    int last = block.blockNumber();
    const int viewportHeight = viewport()->height();
    for (qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
        block.isValid() && top <= viewportHeight; block = block.next()) {
        top += blockBoundingRect(block).height();
        last = block.blockNumber();
    }
    return last;
}

void CodeEditor::paintEvent(QPaintEvent *event)
{
    if (m_highlighter)
        m_highlighter->ensureHighlighted(lastVisibleBlockNumber());
    QPlainTextEdit::paintEvent(event);
}

int CodeEditor::lineAt(const QPoint &viewportPosition) const
{
    return cursorForPosition(viewportPosition).blockNumber() + 1;
}

bool CodeEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        const TemplateDiagnostics here = diagnosticsOnLine(cursor.blockNumber() + 1);
        // On the line's underlined text, or anywhere on a line whose finding has no column.
        TemplateDiagnostics shown;
        const int column = cursor.positionInBlock() + 1;
        for (const TemplateDiagnostic &d : here) {
            const QString text = cursor.block().text();
            qsizetype end = d.column - 1;
            while (end < text.size() && !text.at(end).isSpace())
                ++end;
            if (column >= d.column - 1 && column <= end + 1)
                shown.append(d);
        }
        if (shown.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tooltipFor(shown), viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

bool CodeEditor::gutterEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    const auto *help = static_cast<QHelpEvent *>(event);
    const TemplateDiagnostics here = diagnosticsOnLine(lineAt(QPoint(0, help->pos().y())));
    if (here.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tooltipFor(here), m_gutter);
    return true;
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), m_colors.gutter.isValid() ? m_colors.gutter : palette().color(QPalette::Window));
    const QFontMetrics metrics = fontMetrics();
    const int marker = metrics.height();
    const int numbersRight = m_gutter->width() - metrics.horizontalAdvance(QLatin1Char('9')) / 2;
    const int currentBlock = textCursor().blockNumber();
    painter.setFont(font());
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    auto diagnostic = std::lower_bound(m_diagnostics.cbegin(), m_diagnostics.cend(), block.blockNumber() + 1, lineLess);
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        const int line = block.blockNumber() + 1;
        if (block.isVisible() && top + height >= event->rect().top()) {
            const QRectF row(0, top, numbersRight, metrics.height());
            painter.setPen(block.blockNumber() == currentBlock ? m_colors.currentLineNumber : m_colors.lineNumbers);
            painter.drawText(row, Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
            while (diagnostic != m_diagnostics.cend() && diagnostic->line < line)
                ++diagnostic;
            bool error = false;
            bool any = false;
            for (auto it = diagnostic; it != m_diagnostics.cend() && it->line == line; ++it) {
                any = true;
                error = error || it->isError();
            }
            if (any) {
                const qreal size = marker * 0.6;
                const QRectF dot((marker - size) / 2, top + (metrics.height() - size) / 2, size, size);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(error ? m_colors.error : m_colors.warning);
                painter.drawEllipse(dot);
                painter.setRenderHint(QPainter::Antialiasing, false);
            }
        }
        top += height;
        block = block.next();
    }
}

}
