// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace Tarmac {

// A desktop notification that shows also while the window is hidden or minimised: the
// freedesktop.org notification service over D-Bus on Linux, the system tray's balloon elsewhere.
class DesktopNotifier : public QObject {
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Returns how it was shown: "dbus", "tray", or "" when neither is available here.
    QString notify(const QString &title, const QString &body, bool failure);

private:
    QSystemTrayIcon *m_tray = nullptr;
};

}
