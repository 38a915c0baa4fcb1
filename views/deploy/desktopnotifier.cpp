// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include "core/logging.h"

#include <QApplication>
#include <QSystemTrayIcon>
#if defined(Q_OS_LINUX) && defined(TARMAC_HAVE_DBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#endif

using namespace Qt::StringLiterals;

namespace Tarmac {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

DesktopNotifier::~DesktopNotifier() = default;

QString DesktopNotifier::notify(const QString &title, const QString &body, bool failure)
{
#if defined(Q_OS_LINUX) && defined(TARMAC_HAVE_DBUS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QString service = u"org.freedesktop.Notifications"_s;
    if (bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(service)) {
        QDBusMessage message
            = QDBusMessage::createMethodCall(service, u"/org/freedesktop/Notifications"_s, service, u"Notify"_s);
        const QVariantMap hints { { u"desktop-entry"_s, QStringLiteral(TARMAC_APP_ID) },
            { u"urgency"_s, QVariant::fromValue<uchar>(failure ? 2 : 1) } };
        message << QCoreApplication::applicationName() << uint(0) << QStringLiteral(TARMAC_APP_ID) << title << body
                << QStringList() << hints << int(-1);
        // Asynchronous: the GUI never waits for the notification service.
        bus.asyncCall(message);
        return u"dbus"_s;
    }
#endif
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(title, body, failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
        return u"tray"_s;
    }
    qCInfo(lcPlatform) << "no notification service here:" << title << body;
    return {};
}

}
