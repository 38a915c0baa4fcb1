// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include "core/logging.h"

#include <QApplication>
#include <QSystemTrayIcon>
#if defined(Q_OS_LINUX) && defined(TARMAC_HAVE_DBUS)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

using namespace Qt::StringLiterals;

namespace Tarmac {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *tray)
{
    if (m_ownTray && m_tray && m_tray != tray)
        delete m_tray;
    m_tray = tray;
    m_ownTray = false;
}

void DesktopNotifier::notify(const QString &title, const QString &body, bool failure)
{
#if defined(Q_OS_LINUX) && defined(TARMAC_HAVE_DBUS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        const QString service = u"org.freedesktop.Notifications"_s;
        QDBusMessage message
            = QDBusMessage::createMethodCall(service, u"/org/freedesktop/Notifications"_s, service, u"Notify"_s);
        const QVariantMap hints { { u"desktop-entry"_s, QStringLiteral(TARMAC_APP_ID) },
            { u"urgency"_s, QVariant::fromValue<uchar>(failure ? 2 : 1) } };
        message << QCoreApplication::applicationName() << uint(0) << QStringLiteral(TARMAC_APP_ID) << title << body
                << QStringList() << hints << int(-1);
        // Asynchronous: the GUI never waits for the notification service; without one, the tray.
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, title, body, failure](QDBusPendingCallWatcher *) {
                watcher->deleteLater();
                const QDBusPendingReply<uint> reply = *watcher;
                if (!reply.isError()) {
                    Q_EMIT shown(u"dbus"_s);
                    return;
                }
                qCInfo(lcPlatform) << "no desktop notification service:" << reply.error().message();
                notifyThroughTray(title, body, failure);
            });
        return;
    }
#endif
    notifyThroughTray(title, body, failure);
}

void DesktopNotifier::notifyThroughTray(const QString &title, const QString &body, bool failure)
{
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_ownTray = true;
        m_tray->show();
    }
    if (m_tray) {
        m_tray->showMessage(title, body, failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
        Q_EMIT shown(u"tray"_s);
        return;
    }
    qCInfo(lcPlatform) << "no notification service here:" << title << body;
    Q_EMIT shown(QString());
}

}
