// SPDX-License-Identifier: GPL-3.0-or-later
// tarmac: the workbench.
#include "core/logging.h"
#include "core/shutdownsignal.h"
#include "core/translations.h"
#include "mainwindow.h"
#include "platform/platformconnection.h"
#include "platform/platformswitcher.h"
#include "singleinstance.h"
#include "tarmacversion.h"
#include "workbench.h"
#include "workbench/workarea.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>

using namespace Tarmac;
using namespace std::chrono_literals;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "tarmac: %s\n", qPrintable(message));
    return 2;
}

// --screenshot: waits until the window is on screen and painted (and, if asked, until the platform
// has connected or failed), saves it as a PNG and quits.
void takeScreenshotWhenReady(
    MainWindow *window, PlatformConnection *platform, const QString &path, bool waitForPlatform)
{
    const QDeadlineTimer platformDeadline(20s);
    auto *poll = new QTimer(window);
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        const QWindow *handle = window->windowHandle();
        if (!handle || !handle->isExposed())
            return;
        if (waitForPlatform && platform->state() == PlatformConnection::State::Starting
            && !platformDeadline.hasExpired())
            return;
        // Pages that fetch data say so with a "busy" property: wait for their figures too.
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        if (waitForPlatform && !platformDeadline.hasExpired()
            && std::any_of(
                widgets.cbegin(), widgets.cend(), [](const QWidget *w) { return w->property("busy").toBool(); }))
            return;
        poll->stop();
        // Layouts catch up with the last text changes (the platform status) through posted events.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const bool saved = window->grab().save(path, "PNG");
        if (!saved)
            std::fprintf(
                stderr, "tarmac: cannot write the screenshot to %s\n", qPrintable(QDir::toNativeSeparators(path)));
        QCoreApplication::exit(saved ? 0 : 1);
    });
    poll->start();
}

// macOS hands the files opened from the Finder (double-click, Open With, a drop on the Dock icon) to
// the running application as QFileOpenEvent rather than as arguments.
class FileOpenEvents : public QObject {
public:
    explicit FileOpenEvents(MainWindow *window)
        : QObject(window)
        , m_window(window)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::FileOpen)
            return QObject::eventFilter(watched, event);
        m_window->openFiles({ static_cast<QFileOpenEvent *>(event)->file() });
        return true;
    }

private:
    MainWindow *m_window;
};
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tarmac"));
    QApplication::setApplicationName(QStringLiteral("tarmac"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tarmac"));
    QApplication::setApplicationVersion(QStringLiteral(TARMAC_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral(TARMAC_APP_ID));
    installTranslations();

    QStringList pageIds;
    for (WorkArea area : allWorkAreas())
        pageIds.append(workAreaId(area));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Tarmac, the workbench for internal developer platforms.\n\n"
        "With no platform URL it starts a local platform (tarmacd) of its own."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QApplication::translate("main", "Open on page NAME: %1.").arg(pageIds.join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption platformOption(QStringLiteral("platform-url"),
        QApplication::translate("main", "Use the platform API at URL instead of starting a local one."),
        QStringLiteral("URL"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window once it is shown, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption waitOption(QStringLiteral("wait-for-platform"),
        QApplication::translate("main", "With --screenshot: wait until the platform has connected or failed."));
    parser.addOptions({ pageOption, platformOption, screenshotOption, waitOption });
    parser.addPositionalArgument(QStringLiteral("files"),
        QApplication::translate(
            "main", "Compositions (*.tarmac.yaml) and assessments (*.tarmac-assessment.yaml) to open."),
        QStringLiteral("[FILE...]"));
    parser.process(app);

    std::optional<WorkArea> page;
    if (parser.isSet(pageOption)) {
        page = workAreaFromId(parser.value(pageOption));
        if (!page)
            return fail(QStringLiteral("--page: unknown page '%1'; pages are %2")
                    .arg(parser.value(pageOption), pageIds.join(QStringLiteral(", "))));
    }
    QUrl platformUrl;
    if (parser.isSet(platformOption)) {
        platformUrl = QUrl::fromUserInput(parser.value(platformOption));
        if (!platformUrl.isValid()
            || (platformUrl.scheme() != QLatin1String("http") && platformUrl.scheme() != QLatin1String("https")))
            return fail(
                QStringLiteral("--platform-url: '%1' is not an http or https URL").arg(parser.value(platformOption)));
    }

    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files.append(QFileInfo(file).absoluteFilePath());

    // A screenshot run is self-contained; every other start joins the running workbench if there is one.
    SingleInstance instance;
    if (!parser.isSet(screenshotOption)) {
        const SingleInstance::Request request { files, page ? workAreaId(*page) : QString() };
        if (instance.forward(request) || (!instance.listen() && instance.forward(request))) {
            std::fprintf(stderr, "tarmac: handed over to the workbench that is already running\n");
            return 0;
        }
    }

    PlatformConnection platform;
    MainWindow window(&platform);
    QObject::connect(&instance, &SingleInstance::requested, &window, [&window](const SingleInstance::Request &request) {
        qCInfo(lcWorkbench) << "another start asked for page" << request.page << "and files" << request.files;
        window.bringToFront();
        if (const auto area = workAreaFromId(request.page))
            window.showWorkArea(*area);
        window.openFiles(request.files);
    });
    window.restoreSettings();
    app.installEventFilter(new FileOpenEvents(&window));
    if (page)
        window.showWorkArea(*page);
    window.show();
    if (!files.isEmpty())
        window.openFiles(files);
    // Started once the event loop runs, so that the first frame never waits for it.
    const EmbeddedPlatformPaths embedded = EmbeddedPlatformPaths::forThisInstallation();
    window.platformSwitcher()->setEmbeddedServer(embedded.serverProgram, embedded.dataDir);
    QTimer::singleShot(0, &platform, [&] { window.platformSwitcher()->start(platformUrl); });
    // The first start greets the user, after the first frame. Not when asked to open files (they know
    // what they came for) or for a screenshot, nor under TARMAC_NO_WELCOME (the tests that start the
    // workbench as a program set it; the welcome's own tests ask for it).
    if (files.isEmpty() && !parser.isSet(screenshotOption) && qEnvironmentVariableIsEmpty("TARMAC_NO_WELCOME"))
        QTimer::singleShot(0, &window, [&window] { window.showWelcomeOnFirstStart(); });

    // Ctrl+C in a terminal or a session ending: close like the window's close button, so settings are
    // saved and the local platform is stopped.
    ShutdownSignal shutdown;
    QObject::connect(&shutdown, &ShutdownSignal::requested, &window, [&window] {
        window.close();
        QCoreApplication::quit();
    });

    if (parser.isSet(screenshotOption))
        takeScreenshotWhenReady(&window, &platform, parser.value(screenshotOption), parser.isSet(waitOption));

    const int status = QApplication::exec();
    platform.stop();
    return status;
}
