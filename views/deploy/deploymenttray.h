// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Tarmac {

// The workbench in the system tray: the deployments running on the platform in its tooltip and
// menu, Show and Quit. Made only where a tray exists (QSystemTrayIcon::isSystemTrayAvailable).
class DeploymentTray : public QObject {
    Q_OBJECT
public:
    explicit DeploymentTray(QObject *parent = nullptr);
    ~DeploymentTray() override;

    void setRunningDeployments(const QStringList &running);
    QStringList runningDeployments() const { return m_running; }
    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void showRequested();
    void quitRequested();

private:
    void rebuild();

    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_show;
    QAction *m_quit;
    QList<QAction *> m_runningActions;
    QStringList m_running;
};

}
