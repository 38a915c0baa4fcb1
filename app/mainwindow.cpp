// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "appearance.h"
#include "core/logging.h"
#include "core/translations.h"
#include "deploy/connectionsdialog.h"
#include "deploy/deploymenttray.h"
#include "deploy/deploypage.h"
#include "navigationsidebar.h"
#include "platform/platformconnection.h"
#include "platform/platformswitcher.h"
#include "platform/tokenstore.h"
#include "platformstatuswidget.h"
#include "welcomedialog.h"
#include "workareapages.h"
#include "workbench.h"
#include "workbench/recentdocuments.h"
#include "workbench/workareamodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace Tarmac {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString pageKey = QStringLiteral("mainWindow/page");
const QString colorSchemeKey = QStringLiteral("appearance/colorScheme");
const QString welcomeShownKey = QStringLiteral("welcome/shown");
}

MainWindow::MainWindow(PlatformConnection *platform, QWidget *parent)
    : QMainWindow(parent)
    , m_platform(platform)
    , m_switcher(new PlatformSwitcher(platform, this))
    , m_workAreas(new WorkAreaModel(this))
    , m_sidebar(new NavigationSidebar(this))
    , m_pages(new QStackedWidget(this))
    , m_platformStatus(new PlatformStatusWidget(platform, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_pageActions(new QActionGroup(this))
    , m_schemeActions(new QActionGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tarmac.svg")));

    m_sidebar->setModel(m_workAreas);
    m_pages->setObjectName(QStringLiteral("pages"));
    createPages();

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_platformStatus);
    createMenus();
    connect(m_switcher, &PlatformSwitcher::tokenNeeded, this, &MainWindow::askForToken);
    connect(m_switcher, &PlatformSwitcher::tokenSaved, this, [this](const QUrl &url, bool inKeychain) {
        statusBar()->showMessage(inKeychain
                ? tr("The token for %1 is kept in your keychain.").arg(TokenStore::keyFor(url))
                : tr("The token for %1 is kept for this session only.").arg(TokenStore::keyFor(url)));
    });

    connect(
        m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            if (current.isValid())
                m_pages->setCurrentIndex(current.row());
        });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::onCurrentPageChanged);

    resize(1100, 720);
    showWorkArea(WorkArea::Compose);
    onCurrentPageChanged();
}

MainWindow::~MainWindow() = default;

// Pages are built when first shown: start-up pays only for the page it opens on.
void MainWindow::createPages()
{
    for (int i = 0; i < allWorkAreas().size(); ++i)
        m_pages->addWidget(new QWidget(m_pages));
    m_pageBuilt.fill(false, allWorkAreas().size());
}

QWidget *MainWindow::page(WorkArea area)
{
    const int index = int(allWorkAreas().indexOf(area));
    QWidget *placeholder = m_pages->widget(index);
    if (m_pageBuilt.at(index))
        return placeholder;
    const QSignalBlocker blocker(m_pages);
    const bool current = m_pages->currentIndex() == index;
    QWidget *built = createWorkAreaPage(area, WorkbenchContext { m_platform, m_undoGroup }, m_pages);
    m_pages->insertWidget(index, built);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    m_pageBuilt[index] = true;
    // The tray shows deployments: made with the page that starts them, so start-up never pays for it.
    if (auto *deploy = qobject_cast<DeployPage *>(built); deploy && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new DeploymentTray(this);
            connect(m_tray, &DeploymentTray::showRequested, this, &MainWindow::bringToFront);
            connect(m_tray, &DeploymentTray::quitRequested, this, [this] {
                m_quitting = true;
                close();
                QCoreApplication::quit();
            });
        }
        deploy->setTrayIcon(m_tray->icon());
        connect(deploy, &DeployPage::runningDeploymentsChanged, m_tray, &DeploymentTray::setRunningDeployments);
    }
    if (current)
        m_pages->setCurrentIndex(index);
    return built;
}

void MainWindow::showEvent(QShowEvent *event)
{
    page(currentWorkArea());
    QMainWindow::showEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // Compositions and assessment sessions alike, each opened on its own page; filled when shown,
    // so it follows what any page opened or saved and what was moved away since.
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, [this] {
        m_quitting = true;
        close();
    });
    quit->setMenuRole(QAction::QuitRole);

    // Pages that edit documents put their QUndoStack into the group; these follow the active one.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_pageActions->setExclusive(true);
    for (int row = 0; row < m_workAreas->rowCount(); ++row) {
        const QModelIndex index = m_workAreas->index(row);
        const auto area = WorkArea(index.data(WorkAreaModel::WorkAreaRole).toInt());
        QAction *action
            = view->addAction(index.data(Qt::DecorationRole).value<QIcon>(), index.data(Qt::DisplayRole).toString());
        action->setObjectName(QStringLiteral("showPage_") + workAreaId(area));
        action->setShortcut(index.data(WorkAreaModel::ShortcutRole).value<QKeySequence>());
        action->setCheckable(true);
        action->setData(int(area));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, area] { showWorkArea(area); });
    }
    view->addSeparator();
    QAction *sidebar = view->addAction(tr("Show &Sidebar"));
    sidebar->setCheckable(true);
    sidebar->setChecked(true);
    sidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(sidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);

    QMenu *appearance = view->addMenu(tr("&Appearance"));
    const QList<std::pair<Qt::ColorScheme, QString>> schemes = {
        { Qt::ColorScheme::Unknown, tr("Follow &System") },
        { Qt::ColorScheme::Light, tr("&Light") },
        { Qt::ColorScheme::Dark, tr("&Dark") },
    };
    for (const auto &[scheme, label] : schemes) {
        QAction *action = appearance->addAction(label);
        action->setCheckable(true);
        action->setChecked(scheme == Qt::ColorScheme::Unknown);
        action->setData(int(scheme));
        m_schemeActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, scheme] { setColorScheme(scheme); });
    }
    QMenu *language = view->addMenu(tr("La&nguage"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languageActions = new QActionGroup(this);
    const QString chosenLanguage = QSettings().value(QLatin1String(languageSettingKey)).toString();
    QStringList languages { QString() };
    languages += availableLanguages();
    for (const QString &name : std::as_const(languages)) {
        // Each language by its own name, so that someone who cannot read the current one finds theirs.
        QString label = tr("Follow &System");
        if (!name.isEmpty()) {
            const QLocale locale(name);
            // Qt names English by its default territory ("American English"); the language is meant.
            label = locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                          : locale.nativeLanguageName();
            if (!label.isEmpty())
                label[0] = label[0].toUpper();
        }
        QAction *action = language->addAction(label);
        action->setObjectName(QStringLiteral("language_") + (name.isEmpty() ? QStringLiteral("system") : name));
        action->setCheckable(true);
        action->setChecked(name == chosenLanguage);
        languageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, name, label] {
            QSettings().setValue(QLatin1String(languageSettingKey), name);
            // Pages build their texts once; a restart shows every one of them in the new language.
            statusBar()->showMessage(name.isEmpty()
                    ? tr("Tarmac will follow the system's language from its next start.")
                    : tr("Tarmac will be in %1 from its next start.").arg(QString(label).remove(QLatin1Char('&'))));
        });
    }

    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *platform = menuBar()->addMenu(tr("&Platform"));
    QAction *connections = platform->addAction(tr("C&onnections…"), this, &MainWindow::showPlatformConnections);
    connections->setObjectName(u"platformConnectionsAction"_s);
    connections->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *token
        = platform->addAction(tr("Set &Token…"), this, [this] { askForToken(m_platform->baseUrl(), true, QString()); });
    token->setObjectName(u"platformTokenAction"_s);
    platform->addSeparator();
    QAction *reconnect = platform->addAction(tr("&Reconnect"), this, [this] { m_platform->reconnect(); });
    reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *copyUrl = platform->addAction(tr("&Copy API Address"), this,
        [this] { QApplication::clipboard()->setText(m_platform->baseUrl().toString()); });
    auto updatePlatformActions = [this, copyUrl, token] {
        copyUrl->setEnabled(!m_platform->baseUrl().isEmpty());
        token->setEnabled(m_platform->kind() == PlatformConnection::Kind::Remote && !m_platform->baseUrl().isEmpty());
    };
    connect(m_platform, &PlatformConnection::stateChanged, this, updatePlatformActions);
    updatePlatformActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *welcome = help->addAction(tr("&Welcome"), this, &MainWindow::showWelcome);
    welcome->setObjectName(QStringLiteral("showWelcome"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Tarmac"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QList<RecentDocuments::Entry> entries = RecentDocuments::entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const RecentDocuments::Entry &entry = entries.at(i);
        const QString name = QFileInfo(entry.path).fileName();
        const QString shown = QDir::toNativeSeparators(entry.path);
        // &1 to &9 pick the first nine from the keyboard.
        const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name;
        QAction *action = menu->addAction(entry.exists ? text : tr("%1 (not found)").arg(text));
        action->setData(entry.path);
        action->setEnabled(entry.exists);
        action->setToolTip(entry.exists ? shown : tr("%1 no longer exists").arg(shown));
        action->setStatusTip(action->toolTip());
        connect(action, &QAction::triggered, this, [this, path = entry.path] { openFiles({ path }); });
    }
    if (entries.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    menu->setToolTipsVisible(true);
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear Menu"), this, [] { RecentDocuments::clear(); });
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setEnabled(!entries.isEmpty());
}

WorkArea MainWindow::currentWorkArea() const
{
    return allWorkAreas().at(m_pages->currentIndex());
}

void MainWindow::showWorkArea(WorkArea area)
{
    m_sidebar->setCurrentIndex(m_workAreas->indexOf(area));
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList problems;
    for (const QString &path : paths) {
        const QString name = QDir::toNativeSeparators(path);
        const std::optional<WorkArea> area = workAreaForDocument(path);
        if (!area) {
            problems.append(
                tr("%1 is not a Tarmac composition (*.tarmac.yaml) or assessment (*.tarmac-assessment.yaml)")
                    .arg(name));
            continue;
        }
        QWidget *page = this->page(*area);
        // A page opens documents through an invokable openDocument(QString) -> QString error.
        if (page->metaObject()->indexOfMethod("openDocument(QString)") < 0) {
            problems.append(tr("%1: the %2 page cannot open files yet").arg(name, WorkAreaModel::title(*area)));
            continue;
        }
        QString error;
        QMetaObject::invokeMethod(page, "openDocument", Qt::DirectConnection, qReturnArg(error), path);
        if (!error.isEmpty()) {
            problems.append(error);
            continue;
        }
        showWorkArea(*area);
    }
    if (problems.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open"),
        tr("Tarmac could not open everything it was asked to:"), QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openProblems"));
    box->setInformativeText(problems.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showWelcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomeDialog(m_platform, installedExampleComposition(), this);
        m_welcome->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_welcome, &WelcomeDialog::openExampleRequested, this,
            [this](const QString &path) { openFiles({ path }); });
        connect(m_welcome, &WelcomeDialog::connectToPlatformRequested, this, &MainWindow::showPlatformConnections);
    }
    // Not modal: the window behind stays usable, and the welcome is one click away from gone.
    m_welcome->show();
    m_welcome->raise();
    m_welcome->activateWindow();
}

bool MainWindow::showWelcomeOnFirstStart()
{
    QSettings settings;
    if (settings.value(welcomeShownKey, false).toBool())
        return false;
    settings.setValue(welcomeShownKey, true);
    qCInfo(lcWorkbench) << "first start: showing the welcome";
    showWelcome();
    return true;
}

void MainWindow::showPlatformConnections()
{
    auto *dialog = new ConnectionsDialog(m_switcher, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::onCurrentPageChanged()
{
    const WorkArea area = currentWorkArea();
    if (isVisible())
        page(area);
    const QModelIndex index = m_workAreas->indexOf(area);
    if (m_sidebar->currentIndex() != index)
        m_sidebar->setCurrentIndex(index);
    for (QAction *action : m_pageActions->actions())
        action->setChecked(WorkArea(action->data().toInt()) == area);
    setWindowTitle(tr("%1 — Tarmac").arg(WorkAreaModel::title(area)));
}

void MainWindow::setColorScheme(Qt::ColorScheme scheme)
{
    applyColorScheme(scheme);
    for (QAction *action : m_schemeActions->actions())
        action->setChecked(Qt::ColorScheme(action->data().toInt()) == scheme);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    if (const auto area = workAreaFromId(settings.value(pageKey).toString()))
        showWorkArea(*area);
    const auto scheme = Qt::ColorScheme(settings.value(colorSchemeKey, int(Qt::ColorScheme::Unknown)).toInt());
    if (scheme != Qt::ColorScheme::Unknown)
        setColorScheme(scheme);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(pageKey, workAreaId(currentWorkArea()));
    const QAction *scheme = m_schemeActions->checkedAction();
    settings.setValue(colorSchemeKey, scheme ? scheme->data().toInt() : int(Qt::ColorScheme::Unknown));
}

void MainWindow::askForToken(const QUrl &url, bool keychainAvailable, const QString &why)
{
    if (m_tokenDialog)
        m_tokenDialog->close();
    auto *dialog = new QInputDialog(this);
    m_tokenDialog = dialog;
    dialog->setObjectName(u"tokenDialog"_s);
    dialog->setWindowTitle(tr("Platform Token"));
    const QString platform = TokenStore::keyFor(url);
    dialog->setLabelText(keychainAvailable
            ? tr("The API token for %1 (from tarmacd token create, or your platform team). It is kept in your "
                 "system's keychain:")
                  .arg(platform)
            : tr("No keychain is available here (%1), so a token cannot be stored. Enter the API token for %2 to "
                 "use it for this session only; it is never written to a file:")
                  .arg(why.isEmpty() ? tr("no Secret Service") : why, platform));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, url](const QString &text) {
        const QByteArray token = text.trimmed().toUtf8();
        if (!token.isEmpty())
            m_switcher->saveToken(url, token);
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Deployments still running: keep watching them from the tray, to say how they end.
    if (m_tray && !m_quitting && !m_tray->runningDeployments().isEmpty()) {
        saveSettings();
        hide();
        event->ignore();
        m_tray->icon()->showMessage(tr("Tarmac is still watching"),
            tr("%n deployment(s) running; you will be told when they end. Quit from this icon's menu.", nullptr,
                int(m_tray->runningDeployments().size())));
        return;
    }
    m_quitting = false;
    saveSettings();
    event->accept();
}

}
