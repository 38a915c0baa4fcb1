// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/findreplacebar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

namespace Tarmac {

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setAccessibleName(tr("Find and replace"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);

    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    m_matchCase = new QCheckBox(tr("Match case"), this);
    m_wholeWords = new QCheckBox(tr("Whole words"), this);
    m_regex = new QCheckBox(tr("Regular expression"), this);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Search result"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close (Escape)"));
    close->setAccessibleName(tr("Close find and replace"));
    close->setAutoRaise(true);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_wholeWords);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_status);
    findRow->addWidget(close);
    layout->addLayout(findRow, 0, 0);

    m_replaceRow = new QWidget(this);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    m_replace = new QLineEdit(m_replaceRow);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    auto *replaceEvery = new QPushButton(tr("Replace all"), m_replaceRow);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceEvery);
    layout->addWidget(m_replaceRow, 1, 0);

    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // Search as you type, from where the current match starts.
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_editor->setTextCursor(cursor);
        if (!m_find->text().isEmpty())
            findNext();
        else
            m_status->clear();
    });
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replace);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replace);
    connect(replaceEvery, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &FindReplaceBar::close);
    hide();
}

FindReplaceBar::~FindReplaceBar() = default;

void FindReplaceBar::open(bool withReplace)
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(m_regex->isChecked() ? QRegularExpression::escape(selected) : selected);
    m_replaceRow->setVisible(withReplace && !m_editor->isReadOnly());
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindReplaceBar::close()
{
    hide();
    m_editor->setFocus(Qt::OtherFocusReason);
    Q_EMIT closed();
}

QString FindReplaceBar::status() const
{
    return m_status->text();
}

QRegularExpression FindReplaceBar::pattern() const
{
    QString source = m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_wholeWords->isChecked())
        source = QStringLiteral("\\b(?:") + source + QStringLiteral(")\\b");
    QRegularExpression re(source,
        m_matchCase->isChecked() ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
    return re;
}

QTextDocument::FindFlags FindReplaceBar::findFlags() const
{
    // QTextDocument ignores the expression's own case option: it goes by this flag.
    return m_matchCase->isChecked() ? QTextDocument::FindCaseSensitively : QTextDocument::FindFlags();
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::find(bool backward)
{
    if (m_find->text().isEmpty())
        return false;
    const QRegularExpression re = pattern();
    if (!re.isValid()) {
        m_status->setText(tr("Invalid expression: %1").arg(re.errorString()));
        return false;
    }
    const QTextDocument::FindFlags flags
        = findFlags() | (backward ? QTextDocument::FindBackward : QTextDocument::FindFlags());
    QTextDocument *document = m_editor->document();
    QTextCursor found = document->find(re, m_editor->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around.
        QTextCursor from(document);
        if (backward)
            from.movePosition(QTextCursor::End);
        found = document->find(re, from, flags);
        if (!found.isNull())
            m_status->setText(backward ? tr("Continued from the end") : tr("Continued from the top"));
    } else {
        m_status->clear();
    }
    if (found.isNull()) {
        m_status->setText(tr("No matches"));
        return false;
    }
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    return true;
}

bool FindReplaceBar::selectionMatches(const QRegularExpression &re) const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return false;
    const QRegularExpressionMatch m
        = re.match(cursor.block().text(), cursor.selectionStart() - cursor.block().position(),
            QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return m.hasMatch() && m.capturedEnd() == cursor.selectionEnd() - cursor.block().position();
}

void FindReplaceBar::replace()
{
    if (m_editor->isReadOnly() || m_find->text().isEmpty())
        return;
    const QRegularExpression re = pattern();
    if (re.isValid() && selectionMatches(re)) {
        QTextCursor cursor = m_editor->textCursor();
        QString text = cursor.selectedText();
        if (m_regex->isChecked())
            text.replace(re, m_replace->text()); // \1 and friends
        else
            text = m_replace->text();
        cursor.insertText(text);
        m_editor->setTextCursor(cursor);
    }
    findNext();
}

int FindReplaceBar::replaceAll()
{
    if (m_editor->isReadOnly() || m_find->text().isEmpty())
        return 0;
    const QRegularExpression re = pattern();
    if (!re.isValid()) {
        m_status->setText(tr("Invalid expression: %1").arg(re.errorString()));
        return 0;
    }
    QTextDocument *document = m_editor->document();
    QTextCursor edit(document);
    edit.beginEditBlock(); // one undo step
    int count = 0;
    QTextCursor found = document->find(re, 0, findFlags());
    while (!found.isNull()) {
        const bool empty = !found.hasSelection();
        QString text = found.selectedText();
        if (m_regex->isChecked())
            text.replace(re, m_replace->text());
        else
            text = m_replace->text();
        edit.setPosition(found.selectionStart());
        edit.setPosition(found.selectionEnd(), QTextCursor::KeepAnchor);
        edit.insertText(text);
        ++count;
        const int from = edit.position() + (empty ? 1 : 0); // an empty match must not match again
        if (from >= document->characterCount())
            break;
        found = document->find(re, from, findFlags());
    }
    edit.endEditBlock();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

}
