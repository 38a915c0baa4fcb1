// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workbench/workarea.h"

#include <QMainWindow>

class QActionGroup;
class QStackedWidget;
class QUndoGroup;

namespace Tarmac {

class NavigationSidebar;
class PlatformConnection;
class PlatformStatusWidget;
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
    void onCurrentPageChanged();
    void setColorScheme(Qt::ColorScheme scheme);
    void saveSettings() const;

    PlatformConnection *m_platform;
    WorkAreaModel *m_workAreas;
    NavigationSidebar *m_sidebar;
    QStackedWidget *m_pages;
    PlatformStatusWidget *m_platformStatus;
    QUndoGroup *m_undoGroup;
    QActionGroup *m_pageActions;
    QActionGroup *m_schemeActions;
    QList<bool> m_pageBuilt;
};

}
