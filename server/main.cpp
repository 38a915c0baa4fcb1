// SPDX-License-Identifier: GPL-3.0-or-later
// tarmacd: the reference platform API server.
#include "apiserver.h"
#include "core/shutdownsignal.h"
#include "database.h"
#include "listenaddress.h"
#include "tarmacversion.h"
#include "tokenauthenticator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define read _read
#else
#include <unistd.h>
#endif
#include <thread>

using namespace Tarmac;
using namespace Tarmac::Server;

namespace {
// A parent that starts us with --stop-when-stdin-closes keeps our standard input open; when it goes
// away, even killed outright, the pipe closes and we stop instead of running on as an orphan.
// A blocking read on a thread of its own works for pipes on every platform. It reads the file
// descriptor, not stdin's FILE: exit() locks every FILE to flush it, and would wait forever for the
// lock this thread holds while it reads.
void stopWhenStandardInputCloses()
{
    std::thread([] {
        char buffer[256];
        while (::read(0, buffer, sizeof buffer) > 0) { }
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
}

int fail(const QString &message)
{
    std::fprintf(stderr, "tarmacd: %s\n", qPrintable(message));
    return 1;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tarmac"));
    QCoreApplication::setApplicationName(QStringLiteral("tarmacd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TARMAC_VERSION_STRING));
    // QHttpServer logs every unhandled-route and connection detail at info level; keep stderr for ours.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver*.info=false"));

    const QString defaultDatabase = QStringLiteral("sqlite:")
        + QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
              .filePath(QStringLiteral("tarmacd.sqlite"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The reference Tarmac platform API server.\n\n"
                       "Serves the API in api/openapi.yaml under /api/v1. Every call but GET /api/v1/health and "
                       "GET /api/v1/openapi.yaml needs a bearer token. Stops cleanly on SIGTERM or SIGINT."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        QStringLiteral("Address to listen on; a loopback address for plain HTTP. Port 0 picks a free port."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8470"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QStringLiteral("Where to keep the platform's data."), QStringLiteral("sqlite:PATH"), defaultDatabase);
    const QCommandLineOption stdinOption(QStringLiteral("stop-when-stdin-closes"),
        QStringLiteral("Stop when standard input closes (for a parent process that starts tarmacd)."));
    parser.addOptions({ listenOption, databaseOption, stdinOption });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1' (see tarmacd --help)")
                .arg(parser.positionalArguments().constFirst()));

    ListenAddress address;
    QString error;
    if (!ListenAddress::parse(parser.value(listenOption), &address, &error))
        return fail(QStringLiteral("--listen: ") + error);

    Database database;
    if (!database.open(parser.value(databaseOption), &error))
        return fail(QStringLiteral("database: ") + error);

    TokenAuthenticator authenticator(database);
    // A workbench that starts us hands over its session token this way; drop it from the environment
    // at once so that no process we start inherits it.
    const QByteArray sessionToken = qgetenv("TARMACD_SESSION_TOKEN");
    qunsetenv("TARMACD_SESSION_TOKEN");
    authenticator.setSessionToken(sessionToken);

    ApiServer server(database, authenticator);
    if (!server.listen(address, &error))
        return fail(error);

    ShutdownSignal shutdown;
    QObject::connect(&shutdown, &ShutdownSignal::requested, &app, [](int) { QCoreApplication::quit(); });

    if (parser.isSet(stdinOption))
        stopWhenStandardInputCloses();

    const ListenAddress bound = server.boundAddress();
    const QString host = bound.host.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(bound.host.toString())
        : bound.host.toString();
    // The workbench reads this line to learn the port; keep its shape.
    std::printf("tarmacd: listening on http://%s:%u\n", qPrintable(host), unsigned(bound.port));
    std::fflush(stdout);

    const int status = QCoreApplication::exec();
    std::fprintf(stderr, "tarmacd: stopped\n");
    return status;
}
