// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/codehighlighter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace Tarmac {

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance; // loading the definitions is costly: once
    return instance;
}

// After an edit or a new text, this much highlighting happens at once; the rest in idle slices.
constexpr qint64 synchronousBudgetNs = 8'000'000;
constexpr qint64 idleSliceNs = 20'000'000; // each slice ends in a repaint: not too many

// The highlighter's state at the end of a block, which the next block starts from.
class BlockState : public QTextBlockUserData {
public:
    KSyntaxHighlighting::State end;
};

}

// KSyntaxHighlighting's own SyntaxHighlighter (a QSyntaxHighlighter) highlights a whole document
// before the first paint. This one highlights in order from the top, as far as the screen needs or a
// small time budget allows, and the rest in short idle slices; after an edit it re-highlights from
// the edited line until the highlighter's state is the same as before.
class CodeHighlighterEngine : public QObject, public KSyntaxHighlighting::AbstractHighlighter {
public:
    explicit CodeHighlighterEngine(QTextDocument *document)
        : QObject(document)
        , m_document(document)
        , m_blockCount(document->blockCount())
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(0);
        connect(&m_idle, &QTimer::timeout, this, [this] { runFor(idleSliceNs); });
        connect(document, &QTextDocument::contentsChange, this, &CodeHighlighterEngine::onContentsChange);
    }

    void setDefinition(const KSyntaxHighlighting::Definition &definition) override
    {
        AbstractHighlighter::setDefinition(definition);
        rehighlight();
    }

    void setTheme(const KSyntaxHighlighting::Theme &theme) override
    {
        AbstractHighlighter::setTheme(theme);
        m_formats.clear();
        rehighlight();
    }

    void rehighlight()
    {
        m_validEnd = 0;
        m_dirtyStart = -1;
        m_dirtyEnd = -1;
        runFor(synchronousBudgetNs);
    }

    bool needsWork(int last) const
    {
        return (m_dirtyStart >= 0 && m_dirtyStart <= last) || (m_validEnd <= last && m_validEnd < m_blockCount);
    }

    void ensureHighlighted(int last)
    {
        last = std::min(last, m_blockCount - 1);
        while (needsWork(last))
            step();
    }

    bool isComplete() const { return !needsWork(m_blockCount - 1); }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length == 0 || !format.isValid() || format.isDefaultTextStyle(theme()))
            return; // the editor's text colour is the theme's normal text
        auto it = m_formats.find(format.id());
        if (it == m_formats.end()) {
            QTextCharFormat f;
            f.setForeground(format.textColor(theme()));
            if (format.hasBackgroundColor(theme()))
                f.setBackground(format.backgroundColor(theme()));
            if (format.isBold(theme()))
                f.setFontWeight(QFont::Bold);
            if (format.isItalic(theme()))
                f.setFontItalic(true);
            if (format.isUnderline(theme()))
                f.setFontUnderline(true);
            if (format.isStrikeThrough(theme()))
                f.setFontStrikeOut(true);
            it = m_formats.insert(format.id(), f);
        }
        m_ranges.append({ offset, length, *it });
    }

private:
    void onContentsChange(int from, int removed, int added)
    {
        if (removed == 0 && added == 0)
            return;
        const int blockCount = m_document->blockCount();
        const int delta = blockCount - m_blockCount;
        m_blockCount = blockCount;
        const int first = m_document->findBlock(from).blockNumber();
        // (A new text reports one character more than the document holds.)
        const int addedLines
            = m_document->findBlock(std::min(from + added, m_document->characterCount() - 1)).blockNumber() - first;
        const int removedLines = addedLines - delta;
        // Block numbers after the edit moved by delta.
        const auto shift = [&](int &block) {
            if (block > first)
                block = block <= first + removedLines ? first : block + delta;
        };
        shift(m_validEnd);
        if (m_dirtyStart >= 0) {
            shift(m_dirtyStart);
            shift(m_dirtyEnd);
        }
        if (first < m_validEnd) {
            m_dirtyStart = m_dirtyStart < 0 ? first : std::min(m_dirtyStart, first);
            m_dirtyEnd = std::max(m_dirtyEnd, first + addedLines);
        }
        runFor(synchronousBudgetNs);
    }

    void runFor(qint64 budgetNs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!isComplete() && timer.nsecsElapsed() < budgetNs) {
            for (int i = 0; i < 16 && !isComplete(); ++i)
                step();
        }
        if (isComplete())
            m_idle.stop();
        else
            m_idle.start();
    }

    // Highlights one block: the first one after an edit that may be stale, else the next new one.
    void step()
    {
        if (m_dirtyStart >= 0) {
            const int block = m_dirtyStart;
            const bool changed = highlight(m_document->findBlockByNumber(block));
            if (block + 1 >= m_validEnd) {
                m_validEnd = block + 1;
                m_dirtyStart = m_dirtyEnd = -1;
            } else if (!changed && block >= m_dirtyEnd) {
                m_dirtyStart = m_dirtyEnd = -1; // the rest was highlighted from the same state
            } else {
                m_dirtyStart = block + 1;
            }
        } else if (m_validEnd < m_blockCount) {
            highlight(m_document->findBlockByNumber(m_validEnd));
            ++m_validEnd;
        }
    }

    // Returns whether the state at the block's end differs from the one stored before.
    bool highlight(QTextBlock block)
    {
        const QTextBlock previous = block.previous();
        const auto *before = previous.isValid() ? static_cast<BlockState *>(previous.userData()) : nullptr;
        m_ranges.clear();
        const KSyntaxHighlighting::State end
            = highlightLine(block.text(), before ? before->end : KSyntaxHighlighting::State());
        if (!(m_ranges.isEmpty() && block.layout()->formats().isEmpty())) {
            block.layout()->setFormats(m_ranges);
            m_document->markContentsDirty(block.position(), block.length());
        }
        auto *state = static_cast<BlockState *>(block.userData());
        const bool changed = !state || state->end != end;
        if (!state) {
            state = new BlockState;
            block.setUserData(state); // the block owns it
        }
        state->end = end;
        return changed;
    }

    QTextDocument *m_document;
    int m_blockCount = 1;
    int m_validEnd = 0; // blocks before this one are highlighted, apart from the dirty range
    int m_dirtyStart = -1; // first block to highlight again after an edit, or -1
    int m_dirtyEnd = -1; // last edited block: stopping early is allowed only after it
    QList<QTextLayout::FormatRange> m_ranges;
    QHash<quint16, QTextCharFormat> m_formats;
    QTimer m_idle;
};

struct CodeHighlighter::Private {
    CodeHighlighterEngine *engine = nullptr;
    // Loading KSyntaxHighlighting's definitions costs about 20 ms: done for the first file, not
    // when an editor is made (the Compose page makes one at start-up, before any file is shown).
    bool themed = false;
    QPalette palette = QGuiApplication::palette();

    void ensureThemed()
    {
        if (themed)
            return;
        themed = true;
        engine->setTheme(repository().themeForPalette(palette));
    }
};

CodeHighlighter::CodeHighlighter(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->engine = new CodeHighlighterEngine(document);
}

CodeHighlighter::~CodeHighlighter() = default;

void CodeHighlighter::setFileName(const QString &fileName)
{
    if (fileName.isEmpty()) {
        if (d->engine->definition().isValid())
            d->engine->setDefinition({});
        return;
    }
    d->ensureThemed();
    const KSyntaxHighlighting::Definition definition = repository().definitionForFileName(fileName);
    if (d->engine->definition() != definition)
        d->engine->setDefinition(definition);
}

QString CodeHighlighter::definitionName() const
{
    return d->engine->definition().isValid() ? d->engine->definition().name() : QString();
}

bool CodeHighlighter::setPalette(const QPalette &palette)
{
    d->palette = palette;
    if (!d->themed)
        return false;
    const KSyntaxHighlighting::Theme theme = repository().themeForPalette(palette);
    if (theme.name() == d->engine->theme().name())
        return false;
    d->engine->setTheme(theme);
    return true;
}

bool CodeHighlighter::isThemed() const
{
    return d->themed;
}

QString CodeHighlighter::themeName() const
{
    d->ensureThemed();
    return d->engine->theme().name();
}

void CodeHighlighter::ensureHighlighted(int lastBlockNumber)
{
    d->engine->ensureHighlighted(lastBlockNumber);
}

bool CodeHighlighter::isComplete() const
{
    return d->engine->isComplete();
}

CodeHighlighter::EditorColors CodeHighlighter::editorColors() const
{
    using Theme = KSyntaxHighlighting::Theme;
    d->ensureThemed();
    const Theme theme = d->engine->theme();
    const auto color = [&theme](Theme::EditorColorRole role) { return QColor::fromRgba(theme.editorColor(role)); };
    EditorColors colors;
    colors.background = color(Theme::BackgroundColor);
    colors.text = QColor::fromRgba(theme.textColor(Theme::Normal));
    colors.selection = color(Theme::TextSelection);
    colors.currentLine = color(Theme::CurrentLine);
    colors.lineNumbers = color(Theme::LineNumbers);
    colors.currentLineNumber = color(Theme::CurrentLineNumber);
    colors.gutter = color(Theme::IconBorder);
    colors.separator = color(Theme::Separator);
    colors.searchHighlight = color(Theme::SearchHighlight);
    colors.error = color(Theme::MarkError);
    colors.warning = color(Theme::MarkWarning);
    return colors;
}

}
