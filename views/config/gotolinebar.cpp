// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/gotolinebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>

namespace Tarmac {

GoToLineBar::GoToLineBar(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Go to line"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(tr("Go to line:"), this);
    m_field = new QLineEdit(this);
    m_field->setAccessibleName(tr("Line and column"));
    m_field->setPlaceholderText(tr("line or line:column"));
    label->setBuddy(m_field);
    m_hint = new QLabel(this);
    m_hint->setAccessibleName(tr("Go to line hint"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close (Escape)"));
    close->setAccessibleName(tr("Close go to line"));
    close->setAutoRaise(true);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(m_hint, 1);
    layout->addWidget(close);
    connect(m_field, &QLineEdit::returnPressed, this, &GoToLineBar::accept);
    connect(close, &QToolButton::clicked, this, &GoToLineBar::close);
    hide();
}

GoToLineBar::~GoToLineBar() = default;

void GoToLineBar::open(int currentLine, int lineCount)
{
    m_lineCount = std::max(1, lineCount);
    m_hint->setText(tr("1 to %1").arg(m_lineCount));
    m_field->setText(QString::number(currentLine));
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void GoToLineBar::close()
{
    hide();
    Q_EMIT closed();
}

QString GoToLineBar::status() const
{
    return m_hint->text();
}

void GoToLineBar::accept()
{
    static const QRegularExpression lineColumn(QStringLiteral(R"(^\s*(\d+)\s*(?::\s*(\d+))?\s*$)"));
    const QRegularExpressionMatch m = lineColumn.match(m_field->text());
    const int line = m.hasMatch() ? m.captured(1).toInt() : 0;
    if (line < 1 || line > m_lineCount) {
        m_hint->setText(tr("Type a line from 1 to %1, optionally with :column").arg(m_lineCount));
        m_field->selectAll();
        return;
    }
    const int column = m.captured(2).isEmpty() ? 1 : std::max(1, m.captured(2).toInt());
    hide();
    Q_EMIT goToRequested(line, column);
    Q_EMIT closed();
}

}
