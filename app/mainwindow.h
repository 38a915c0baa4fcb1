// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/workarea.h"

#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QInputDialog;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace Tarmac {

class NavigationSidebar;
class PlatformConnection;
class PlatformStatusWidget;
class PlatformSwitcher;
class DeploymentTray;
class WelcomeDialog;
class WorkAreaModel;

// The workbench: a sidebar of work areas, one page per area, menus and the platform status.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(PlatformConnection *platform, QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkArea currentWorkArea() const;
    void showWorkArea(WorkArea area);

    // Opens each file on the page that handles its kind (see workAreaForDocument); says which
    // could not be opened and why.
    void openFiles(const QStringList &paths);
    // Brings the window to the front, for example when another start hands over to this one.
    void bringToFront();

    // Chooses and connects the platform in use (Platform > Connections); main() starts it.
    PlatformSwitcher *platformSwitcher() const { return m_switcher; }
    // The welcome (Help > Welcome): the two ways to start and the example composition.
    void showWelcome();
    // Shows the welcome if it has never been shown with these settings; returns whether it did.
    // main() calls it on an ordinary start; tests and screenshot runs never see it unless they ask.
    bool showWelcomeOnFirstStart();
    // Platform > Connections, also where the welcome's "connect to a platform" leads.
    void showPlatformConnections();

    // Window geometry and state, the last page and the colour scheme, from QSettings.
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createPages();
    // The page widget for area, built on first use.
    QWidget *page(WorkArea area);
    void createMenus();
    void fillRecentMenu(QMenu *menu);
    void onCurrentPageChanged();
    void setColorScheme(Qt::ColorScheme scheme);
    void saveSettings() const;
    // Asks for the token of the remote platform at url: kept in the keychain, or for this session
    // when there is none.
    void askForToken(const QUrl &url, bool keychainAvailable, const QString &why);

    PlatformConnection *m_platform;
    PlatformSwitcher *m_switcher;
    QPointer<QInputDialog> m_tokenDialog;
    DeploymentTray *m_tray = nullptr; // only where the desktop has a system tray
    bool m_quitting = false; // closing means quitting, even with deployments running
    WorkAreaModel *m_workAreas;
    NavigationSidebar *m_sidebar;
    QStackedWidget *m_pages;
    PlatformStatusWidget *m_platformStatus;
    QUndoGroup *m_undoGroup;
    QActionGroup *m_pageActions;
    QActionGroup *m_schemeActions;
    QList<bool> m_pageBuilt;
    QPointer<WelcomeDialog> m_welcome;
};

}
