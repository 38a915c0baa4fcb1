// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace Tarmac {

// A desktop notification that shows also while the window is hidden or minimised: the
// freedesktop.org notification service over D-Bus on Linux, the system tray's balloon elsewhere
// (and on Linux when no notification service answers).
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // The workbench's tray icon, for balloons; without one the notifier makes its own when needed.
    void setTrayIcon(QSystemTrayIcon *tray);

    // Never waits: the D-Bus call is asynchronous, and its failure falls back to the tray.
    void notify(const QString &title, const QString &body, bool failure);

Q_SIGNALS:
    // How it was shown: "dbus", "tray", or "" when neither is available here.
    void shown(const QString &how);

private:
    void notifyThroughTray(const QString &title, const QString &body, bool failure);

    QPointer<QSystemTrayIcon> m_tray;
    bool m_ownTray = false;
};

}
