// SPDX-License-Identifier: GPL-3.0-or-later
// tarmacd: the reference platform API server.
#include "apiserver.h"
#include "database.h"
#include "listenaddress.h"
#include "shutdownsignal.h"
#include "tarmacversion.h"
#include "tokenauthenticator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>

using namespace Tarmac::Server;

namespace {
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
    parser.addOptions({ listenOption, databaseOption });
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
