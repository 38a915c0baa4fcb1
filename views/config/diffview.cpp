// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/diffview.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Tarmac {

namespace {

QPlainTextEdit *makeText(QWidget *parent, const QString &name)
{
    auto *text = new QPlainTextEdit(parent);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setAccessibleName(name);
    return text;
}

// A tint of colour over the palette's base, readable in light and dark palettes alike.
QColor tint(const QPalette &palette, const QColor &colour, double amount)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + colour.redF() * amount),
        float(base.greenF() * (1 - amount) + colour.greenF() * amount),
        float(base.blueF() * (1 - amount) + colour.blueF() * amount));
}

struct Backgrounds {
    QColor added;
    QColor removed;
    QColor header;
    QColor filler;
};

Backgrounds backgrounds(const QPalette &palette)
{
    return { tint(palette, QColor(0x2e, 0xa0, 0x43), 0.25), tint(palette, QColor(0xd7, 0x3a, 0x49), 0.25),
        tint(palette, QColor(0x3b, 0x82, 0xf6), 0.18), tint(palette, palette.color(QPalette::Text), 0.06) };
}

QColor background(const UnifiedDiff::Line &line, const Backgrounds &colours)
{
    switch (line.kind) {
    case UnifiedDiff::Line::Kind::Added:
        return colours.added;
    case UnifiedDiff::Line::Kind::Removed:
        return colours.removed;
    case UnifiedDiff::Line::Kind::FileHeader:
    case UnifiedDiff::Line::Kind::HunkHeader:
        return colours.header;
    default:
        return {};
    }
}

// Writes lines with their backgrounds into a text edit, as one block each.
class Writer {
public:
    explicit Writer(QPlainTextEdit *text)
        : m_cursor(text->document())
    {
        text->clear();
        m_cursor.beginEditBlock();
    }
    ~Writer() { m_cursor.endEditBlock(); }

    void add(const QString &line, const QColor &background)
    {
        if (!m_first)
            m_cursor.insertBlock();
        m_first = false;
        QTextBlockFormat format;
        if (background.isValid())
            format.setBackground(background);
        m_cursor.setBlockFormat(format);
        m_cursor.insertText(line);
    }

private:
    QTextCursor m_cursor;
    bool m_first = true;
};

QString number(int n, int width)
{
    return n > 0 ? QStringLiteral("%1").arg(n, width) : QString(width, QLatin1Char(' '));
}

}

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Differences"));
    m_modeBox = new QComboBox(this);
    m_modeBox->addItem(tr("Unified"));
    m_modeBox->addItem(tr("Side by side"));
    m_modeBox->setAccessibleName(tr("Diff layout"));
    m_summary = new QLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_modeBox);

    m_stack = new QStackedWidget(this);
    m_unified = makeText(m_stack, tr("Unified diff"));
    auto *split = new QSplitter(Qt::Horizontal, m_stack);
    m_left = makeText(split, tr("Generated"));
    m_right = makeText(split, tr("Edited"));
    split->addWidget(m_left);
    split->addWidget(m_right);
    m_stack->addWidget(m_unified);
    m_stack->addWidget(split);
    // The two columns scroll together.
    connect(
        m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(), &QScrollBar::setValue);
    connect(
        m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(), &QScrollBar::setValue);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    connect(m_modeBox, &QComboBox::currentIndexChanged, m_stack, &QStackedWidget::setCurrentIndex);
}

DiffView::~DiffView() = default;

void DiffView::setDiff(const QString &unifiedDiff, const QString &oldTitle, const QString &newTitle)
{
    m_diff = UnifiedDiff::parse(unifiedDiff);
    m_oldTitle = oldTitle.isEmpty() ? tr("Generated") : oldTitle;
    m_newTitle = newTitle.isEmpty() ? tr("Edited") : newTitle;
    m_left->setAccessibleName(m_oldTitle);
    m_right->setAccessibleName(m_newTitle);
    render();
}

void DiffView::setMode(Mode mode)
{
    m_modeBox->setCurrentIndex(mode == Mode::SideBySide ? 1 : 0);
}

DiffView::Mode DiffView::mode() const
{
    return m_modeBox->currentIndex() == 1 ? Mode::SideBySide : Mode::Unified;
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void DiffView::render()
{
    const Backgrounds colours = backgrounds(palette());
    const QList<UnifiedDiff::Line> &lines = m_diff.lines();
    int widest = 1;
    for (const UnifiedDiff::Line &line : lines)
        widest = std::max({ widest, line.oldLine, line.newLine });
    const int width = int(QString::number(widest).size());
    using Kind = UnifiedDiff::Line::Kind;
    {
        Writer unified(m_unified);
        for (const UnifiedDiff::Line &line : lines) {
            QString text;
            if (line.kind == Kind::FileHeader || line.kind == Kind::HunkHeader || line.kind == Kind::Note)
                text = line.text;
            else
                text = number(line.oldLine, width) + QLatin1Char(' ') + number(line.newLine, width)
                    + (line.kind == Kind::Added          ? QStringLiteral(" + ")
                            : line.kind == Kind::Removed ? QStringLiteral(" - ")
                                                         : QStringLiteral("   "))
                    + line.text;
            unified.add(text, background(line, colours));
        }
    }
    {
        Writer left(m_left);
        Writer right(m_right);
        for (const UnifiedDiff::Row &row : m_diff.sideBySide()) {
            const auto side = [&](Writer &writer, int index, bool isOld) {
                if (index < 0)
                    return writer.add({}, colours.filler);
                const UnifiedDiff::Line &line = lines.at(index);
                if (line.kind == Kind::FileHeader || line.kind == Kind::HunkHeader)
                    return writer.add(line.text, colours.header);
                writer.add(number(isOld ? line.oldLine : line.newLine, width) + QLatin1Char(' ') + line.text,
                    background(line, colours));
            };
            side(left, row.left, true);
            side(right, row.right, false);
        }
    }
    m_summary->setText(
        tr("%1 → %2: %3 added, %4 removed").arg(m_oldTitle, m_newTitle).arg(m_diff.added()).arg(m_diff.removed()));
}

}
