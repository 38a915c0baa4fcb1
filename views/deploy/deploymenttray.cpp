// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymenttray.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Tarmac {

DeploymentTray::DeploymentTray(QObject *parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(QIcon(u":/icons/tarmac.svg"_s), this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(u"trayMenu"_s);
    m_show = new QAction(tr("&Show Tarmac"), m_menu);
    m_show->setObjectName(u"trayShowAction"_s);
    m_quit = new QAction(tr("&Quit"), m_menu);
    m_quit->setObjectName(u"trayQuitAction"_s);
    connect(m_show, &QAction::triggered, this, &DeploymentTray::showRequested);
    connect(m_quit, &QAction::triggered, this, &DeploymentTray::quitRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    m_icon->setContextMenu(m_menu);
    rebuild();
    m_icon->show();
}

DeploymentTray::~DeploymentTray()
{
    // A QMenu cannot have a QObject parent that is no widget; it goes with the tray.
    delete m_menu;
}

void DeploymentTray::setRunningDeployments(const QStringList &running)
{
    if (running == m_running)
        return;
    m_running = running;
    rebuild();
}

void DeploymentTray::rebuild()
{
    m_menu->clear();
    qDeleteAll(m_runningActions);
    m_runningActions.clear();
    const QString none = tr("No deployment running");
    const QStringList lines = m_running.isEmpty() ? QStringList { none } : m_running;
    for (const QString &line : lines) {
        auto *action = new QAction(line, m_menu);
        action->setEnabled(false); // information, not a command
        m_runningActions.append(action);
        m_menu->addAction(action);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_show);
    m_menu->addAction(m_quit);
    m_icon->setToolTip(m_running.isEmpty()
            ? tr("Tarmac")
            : tr("Tarmac: %n deployment(s) running", nullptr, int(m_running.size())) + u'\n' + m_running.join(u'\n'));
}

}
