// SPDX-License-Identifier: GPL-3.0-or-later
// tarmacd: the reference platform API server.
#include "apiserver.h"
#include "core/shutdownsignal.h"
#include "database.h"
#include "demodata.h"
#include "listenaddress.h"
#include "serversettings.h"
#include "tarmacversion.h"
#include "tlsfiles.h"
#include "tokenauthenticator.h"
#include "tokencommand.h"
#include "workerprocesses.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <csignal>
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
#ifndef Q_OS_WIN
    // Whoever read our stderr may be gone (a workbench that was killed, a worker's parent): a log
    // line written then must not kill us before we stop cleanly (found with --workers: a worker's
    // "stopped" line killed it before it took its instance row away).
    std::signal(SIGPIPE, SIG_IGN);
#endif
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
    parser.setApplicationDescription(QStringLiteral(
        "The reference Tarmac platform API server.\n\n"
        "Serves the API in api/openapi.yaml under /api/v1. Every call but GET /api/v1/health and "
        "GET /api/v1/openapi.yaml needs a bearer token. Stops cleanly on SIGTERM or SIGINT.\n\n"
        "Commands:\n"
        "  (none)            serve the API\n"
        "  migrate           bring the database's schema up to date, then exit\n"
        "  demo-data         fill the database with seeded demo history (--seed, --teams, --services, --days,\n"
        "                    --deployments, --changes-per-deployment, --incidents, --end)\n"
        "  token create      make an API token (--role, --team, --expires, --description); prints it once\n"
        "  token list        list tokens (never the tokens themselves)\n"
        "  token revoke ID   revoke a token"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
        QStringLiteral("migrate, demo-data, or token create|list|revoke"), QStringLiteral("[command]"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        QStringLiteral("Address to listen on; plain HTTP only on a loopback address, any address with --tls-cert. "
                       "Port 0 picks a free port."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8470"));
    const QCommandLineOption tlsCertOption(QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this PEM certificate (followed by its intermediates); needs --tls-key."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
        QStringLiteral("The unencrypted PEM private key for --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QStringLiteral("Where to keep the platform's data: sqlite:PATH or postgres://USER@HOST:PORT/DATABASE "
                       "(add ?host=FOLDER for a server's Unix socket in FOLDER)."),
        QStringLiteral("URL"), defaultDatabase);
    const QCommandLineOption configOption(QStringLiteral("config"),
        QStringLiteral("A JSON config file: environments and their deployers, limits."), QStringLiteral("FILE"));
    const QCommandLineOption stateOption(QStringLiteral("state-dir"),
        QStringLiteral("Where deployers keep release folders and bundles."), QStringLiteral("DIR"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("state")));
    const QCommandLineOption stdinOption(QStringLiteral("stop-when-stdin-closes"),
        QStringLiteral("Stop when standard input closes (for a parent process that starts tarmacd)."));
    const QCommandLineOption roleOption(QStringLiteral("role"),
        QStringLiteral("token create: viewer, developer, owner, facilitator or admin."), QStringLiteral("ROLE"));
    const QCommandLineOption teamOption(QStringLiteral("team"),
        QStringLiteral("token create: the team a developer token acts for."), QStringLiteral("TEAM"));
    const QCommandLineOption expiresOption(QStringLiteral("expires"),
        QStringLiteral("token create: 30d, 12h, 90m or an RFC 3339 time."), QStringLiteral("WHEN"));
    const QCommandLineOption descriptionOption(
        QStringLiteral("description"), QStringLiteral("token create: what the token is for."), QStringLiteral("TEXT"));
    const QCommandLineOption workersOption(QStringLiteral("workers"),
        QStringLiteral("Serve with N processes sharing the port, each a tarmacd instance of its own on the same "
                       "database (PostgreSQL, Linux). One instance uses about one core. Each keeps its own answer "
                       "cache for GET /metrics, so a write made through one shows in another's within 5 s."),
        QStringLiteral("N"), QStringLiteral("1"));
    // A worker's (see WorkerProcesses): it shares the port with the process that started it.
    QCommandLineOption workerOption(QStringLiteral("worker"), QString());
    workerOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ listenOption, tlsCertOption, tlsKeyOption, databaseOption, configOption, stateOption,
        stdinOption, workersOption, workerOption, roleOption, teamOption, expiresOption, descriptionOption });
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("demo-data: the seed of the history (default 1)."), QStringLiteral("N"));
    const QCommandLineOption deploymentsOption(QStringLiteral("deployments"),
        QStringLiteral("demo-data: how many deployments to make (default 5000)."), QStringLiteral("N"));
    const QCommandLineOption endOption(QStringLiteral("end"),
        QStringLiteral("demo-data: the history ends before this date or time (default: today, 00:00 UTC)."),
        QStringLiteral("WHEN"));
    const QCommandLineOption teamsOption(
        QStringLiteral("teams"), QStringLiteral("demo-data: how many teams (default 7)."), QStringLiteral("N"));
    const QCommandLineOption servicesOption(QStringLiteral("services"),
        QStringLiteral("demo-data: how many services in all (default 26)."), QStringLiteral("N"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
        QStringLiteral("demo-data: how many days of history (default 365)."), QStringLiteral("N"));
    const QCommandLineOption changesOption(QStringLiteral("changes-per-deployment"),
        QStringLiteral("demo-data: changes in a planned production deployment, on average (default 3)."),
        QStringLiteral("N"));
    const QCommandLineOption incidentsOption(QStringLiteral("incidents"),
        QStringLiteral("demo-data: at least this many incidents; those the history makes are topped up with "
                       "incidents no deployment caused (default: none added)."),
        QStringLiteral("N"));
    parser.addOptions({ seedOption, teamsOption, servicesOption, daysOption, deploymentsOption, changesOption,
        incidentsOption, endOption });
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (!command.isEmpty() && command != QLatin1String("migrate") && command != QLatin1String("token")
        && command != QLatin1String("demo-data"))
        return fail(QStringLiteral("unexpected argument '%1' (see tarmacd --help)").arg(command));

    QString error;
    Database database;
    if (command == QLatin1String("migrate")) {
        database.setMigrateOnOpen(false);
        if (!database.open(parser.value(databaseOption), &error))
            return fail(QStringLiteral("database: ") + error);
        const int before = database.schemaVersion();
        if (!database.migrate(&error))
            return fail(QStringLiteral("database: ") + error);
        std::printf("tarmacd: schema version %d (was %d)\n", database.schemaVersion(), before);
        return 0;
    }
    if (!database.open(parser.value(databaseOption), &error))
        return fail(QStringLiteral("database: ") + error);
    if (command == QLatin1String("token")) {
        QStringList arguments = positional.mid(1);
        for (const QCommandLineOption *option : { &roleOption, &teamOption, &expiresOption, &descriptionOption }) {
            if (parser.isSet(*option))
                arguments << QStringLiteral("--") + option->names().constFirst() << parser.value(*option);
        }
        return runTokenCommand(database, arguments);
    }
    if (command == QLatin1String("demo-data")) {
        QStringList arguments;
        for (const QCommandLineOption *option : { &seedOption, &teamsOption, &servicesOption, &daysOption,
                 &deploymentsOption, &changesOption, &incidentsOption, &endOption }) {
            if (parser.isSet(*option))
                arguments << QStringLiteral("--") + option->names().constFirst() << parser.value(*option);
        }
        return runDemoDataCommand(database, arguments);
    }

    ServerSettings settings;
    settings.stateDirectory = parser.value(stateOption);
    if (parser.isSet(configOption) && !settings.load(parser.value(configOption), &error))
        return fail(QStringLiteral("config: ") + error);

    ListenAddress address;
    if (!ListenAddress::parse(parser.value(listenOption), &address, &error))
        return fail(QStringLiteral("--listen: ") + error);

    std::optional<QSslConfiguration> tls;
    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(tlsCertOption)) {
        tls = loadTlsConfiguration(parser.value(tlsCertOption), parser.value(tlsKeyOption), &error);
        if (!tls)
            return fail(QStringLiteral("TLS: ") + error);
    }

    TokenAuthenticator authenticator(database);
    // A workbench that starts us hands over its session token this way; drop it from the environment
    // at once so that no process we start inherits it.
    const QByteArray sessionToken = qgetenv("TARMACD_SESSION_TOKEN");
    qunsetenv("TARMACD_SESSION_TOKEN");
    authenticator.setSessionToken(sessionToken);

    bool numeric = false;
    const int workers = parser.value(workersOption).toInt(&numeric);
    if (!numeric || workers < 1 || workers > 64)
        return fail(QStringLiteral("--workers takes a number from 1 to 64, not '%1'").arg(parser.value(workersOption)));
    // A worker's arguments have no --workers (WorkerProcesses::workerArguments): it starts none.
    const bool isWorker = parser.isSet(workerOption);
    if (workers > 1 && database.kind() != QLatin1String("postgres"))
        return fail(QStringLiteral("--workers needs a PostgreSQL database: SQLite takes one writer at a time"));
#ifndef Q_OS_LINUX
    if (workers > 1)
        return fail(QStringLiteral("--workers is for Linux only"));
#endif

    // Before the server starts: a SIGTERM from then on (a worker's, when its parent dies as it
    // starts) stops it cleanly, once the event loop runs, instead of leaving its instance row.
    ShutdownSignal shutdown;
    QObject::connect(&shutdown, &ShutdownSignal::requested, &app, [](int) { QCoreApplication::quit(); });

    ApiServer server(database, authenticator, settings);
    if (!server.listen(address, tls, &error, isWorker || workers > 1))
        return fail(error);
    const ListenAddress bound = server.boundAddress();
    const QString host = bound.host.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(bound.host.toString())
        : bound.host.toString();
#ifdef Q_OS_LINUX
    std::optional<WorkerProcesses> otherWorkers;
    if (workers > 1) {
        otherWorkers.emplace(
            QStringLiteral("%1:%2").arg(host).arg(bound.port), QCoreApplication::arguments().mid(1), sessionToken);
        otherWorkers->start(workers - 1);
    }
#endif

    if (parser.isSet(stdinOption))
        stopWhenStandardInputCloses();

    // The workbench reads this line to learn the port; keep its shape.
    std::printf("tarmacd: listening on %s://%s:%u\n", tls ? "https" : "http", qPrintable(host), unsigned(bound.port));
    std::fflush(stdout);

    const int status = QCoreApplication::exec();
    std::fprintf(stderr, "tarmacd: stopped\n");
    return status;
}
