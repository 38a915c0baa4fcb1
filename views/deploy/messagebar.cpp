// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Tarmac {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const auto action = m_retryAction;
        clear();
        if (action)
            action();
    });
    connect(m_close, &QPushButton::clicked, this, &MessageBar::clear);
    hide();
}

MessageBar::~MessageBar() = default;

void MessageBar::showError(const QString &text, std::function<void()> retry)
{
    QPalette p = palette();
    // A tint of the palette's own colours, so that light and dark themes both read well.
    QColor tint = p.color(QPalette::Window);
    tint = QColor::fromRgbF(std::min(1.0f, tint.redF() * 0.8f + 0.2f), tint.greenF() * 0.85f, tint.blueF() * 0.85f);
    p.setColor(QPalette::Window, tint);
    setPalette(p);
    m_label->setText(text);
    m_retryAction = std::move(retry);
    m_retry->setVisible(bool(m_retryAction));
    show();
}

void MessageBar::showInformation(const QString &text)
{
    setPalette(QPalette());
    m_label->setText(text);
    m_retryAction = {};
    m_retry->hide();
    show();
}

void MessageBar::clear()
{
    m_retryAction = {};
    m_label->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

}
