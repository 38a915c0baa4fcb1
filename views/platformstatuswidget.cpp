// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformstatuswidget.h"

#include "platform/platformconnection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace Tarmac {

namespace {
QColor stateColor(PlatformConnection::State state)
{
    switch (state) {
    case PlatformConnection::State::Idle:
        return QColor(0x71, 0x80, 0x96);
    case PlatformConnection::State::Starting:
        return QColor(0xd6, 0x9e, 0x2e);
    case PlatformConnection::State::Connected:
        return QColor(0x38, 0xa1, 0x69);
    case PlatformConnection::State::Failed:
        return QColor(0xe5, 0x3e, 0x3e);
    }
    return {};
}
}

PlatformStatusWidget::PlatformStatusWidget(PlatformConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("platformStatus"));
    m_text->setObjectName(QStringLiteral("platformStatusText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    connect(m_connection, &PlatformConnection::stateChanged, this, &PlatformStatusWidget::refresh);
    refresh();
}

PlatformStatusWidget::~PlatformStatusWidget() = default;

QString PlatformStatusWidget::text() const
{
    return m_text->text();
}

void PlatformStatusWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::DevicePixelRatioChange)
        refresh();
}

void PlatformStatusWidget::refresh()
{
    const QString text = m_connection->statusText();
    m_text->setText(text);
    setAccessibleName(text);
    const QUrl url = m_connection->baseUrl();
    setToolTip(url.isEmpty() ? text : tr("%1\nAPI: %2").arg(text, url.toDisplayString(QUrl::RemoveUserInfo)));

    const int size = fontMetrics().height() * 2 / 3;
    const qreal dpr = devicePixelRatioF();
    QPixmap dot(QSize(size, size) * dpr);
    dot.setDevicePixelRatio(dpr);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(stateColor(m_connection->state()));
    painter.drawEllipse(QRectF(0, 0, size, size));
    m_dot->setPixmap(dot);
}

}
