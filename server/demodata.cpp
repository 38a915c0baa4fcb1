// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "apierror.h"
#include "database.h"
#include "metrics/dorapoint.h"
#include "sql.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <optional>
#include <tuple>

namespace Tarmac::Server {

namespace {
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// Everything random comes from here, in a fixed order, so a seed gives the same history.
class Random {
public:
    explicit Random(quint32 seed)
        : m_generator(seed)
    {
    }
    double uniform() { return m_generator.generateDouble(); }
    bool chance(double p) { return uniform() < p; }
    qint64 between(qint64 low, qint64 high) { return high <= low ? low : low + qint64(uniform() * double(high - low)); }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(qsizetype(uniform() * list.size())); }
    // Durations are skewed: most are short, a few very long. median in ms; sigma of the log.
    qint64 logNormal(double median, double sigma)
    {
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
        return std::max<qint64>(Minute, qint64(median * std::exp(sigma * normal)));
    }
    QString hex(int digits)
    {
        QString text;
        while (text.size() < digits)
            text += QStringLiteral("%1").arg(m_generator.generate() & 0xffff, 4, 16, QLatin1Char('0'));
        return text.left(digits);
    }
    // The shape of newId (time, then randomness), with the record's own time so ids sort as in life.
    QString id(const QString &prefix, qint64 at)
    {
        return prefix + u'_' + QStringLiteral("%1").arg(std::max<qint64>(at, 0), 12, 16, QLatin1Char('0')) + hex(10);
    }

private:
    QRandomGenerator m_generator;
};

// Multi-row INSERTs: far fewer round trips than one statement per row, on both databases, with the
// statement for a full batch prepared once. Rows are kept until flush(), so that parents go in
// before the rows that refer to them; callers flush now and then to bound the memory a large
// history takes.
class BatchInsert {
public:
    BatchInsert(const Database &database, const QString &table, const QStringList &columns)
        : m_database(database)
        , m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", "))))
        , m_row(u'(' + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')')
        , m_columns(int(columns.size()))
    {
    }
    void add(const QVariantList &row) { m_values += row; }
    qsizetype pendingRows() const { return m_values.size() / m_columns; }
    void flush()
    {
        const qsizetype rows = pendingRows();
        for (qsizetype first = 0; first < rows; first += RowsPerStatement) {
            const qsizetype count = std::min<qsizetype>(RowsPerStatement, rows - first);
            const QVariantList values = m_values.mid(first * m_columns, count * m_columns);
            if (count < RowsPerStatement) {
                sqlExec(m_database, statementFor(count), values);
                continue;
            }
            if (!m_full)
                m_full = sqlPrepare(m_database, statementFor(RowsPerStatement));
            sqlRun(*m_full, values);
        }
        m_values.clear();
    }

private:
    static constexpr qsizetype RowsPerStatement = 200;
    QString statementFor(qsizetype rows) const { return m_head + QStringList(rows, m_row).join(QStringLiteral(", ")); }

    const Database &m_database;
    QString m_head;
    QString m_row;
    int m_columns;
    QVariantList m_values;
    std::optional<QSqlQuery> m_full;
};

struct Team {
    QString id;
    QString name;
    QString title;
    qint64 createdAt = 0;
    QStringList deployers; // token principals that deploy for this team (counted, never named in metrics)
};

struct Service {
    QString id;
    QString name;
    int team = 0;
    QString templateName; // empty: made before the golden paths
    QString templateVersion;
    qint64 createdAt = 0;
    qint64 firstDeployAt = 0; // nothing reaches production before this
    double weight = 1; // how often it deploys, relative to the others
    double failRate = 0.1;
    double leadMedianMs = Day;
    QString webhookSource; // non-empty: deploys from another system until movedToTarmacAt
    qint64 movedToTarmacAt = 0;
    qint64 nextVersion = 1;
};

struct Deployment {
    int service = 0;
    bool production = true;
    QString status;
    QString intent = QStringLiteral("planned");
    qint64 finishedAt = 0;
    QString rollbackOf;
    QString id;
};

struct TeamSpec {
    const char16_t *name;
    const char16_t *title;
    int onboardedDay; // relative to the start of the history
    int services;
};

const TeamSpec Teams[] = {
    { u"payments", u"Payments", -420, 5 },
    { u"checkout", u"Checkout", -300, 4 },
    { u"search", u"Search", -210, 4 },
    { u"identity", u"Identity", -90, 3 },
    { u"data-platform", u"Data platform", 45, 4 },
    { u"mobile-backend", u"Mobile backend", 150, 3 },
    { u"growth", u"Growth", 250, 3 },
};

const char16_t *const ServiceSuffixes[] = { u"api", u"worker", u"web", u"gateway", u"store", u"events" };

const char16_t *const ChangeTitles[] = { u"Fix pagination off by one", u"Add retry with backoff", u"Bump dependencies",
    u"Log request ids", u"Cache the catalogue response", u"Validate input lengths", u"Split the settings screen",
    u"Tighten the health check", u"Remove the old feature flag", u"Speed up the nightly export" };

QString serviceTemplate(Random &random, QString *version)
{
    static const QList<QString> apps { QStringLiteral("go-http-service"), QStringLiteral("python-web-api"),
        QStringLiteral("rust-service"), QStringLiteral("typescript-service") };
    static const QList<QString> infrastructure { QStringLiteral("postgres"), QStringLiteral("redis"),
        QStringLiteral("queue"), QStringLiteral("object-storage"), QStringLiteral("route") };
    const double r = random.uniform();
    if (r < 0.12)
        return {};
    const QString name = r < 0.82 ? random.pick(apps) : random.pick(infrastructure);
    const double v = random.uniform();
    *version = v < 0.62 ? QStringLiteral("1.0.0") : v < 0.88 ? QStringLiteral("0.9.0") : QStringLiteral("0.8.1");
    return name;
}

void removeEarlierDemoData(const Database &db)
{
    const QString services
        = QStringLiteral("SELECT s.id FROM services s JOIN teams t ON t.id = s.team_id WHERE t.demo = 1");
    const QString deployments = QStringLiteral("SELECT id FROM deployments WHERE service_id IN (%1)").arg(services);
    sqlExec(db, QStringLiteral("DELETE FROM deployment_changes WHERE deployment_id IN (%1)").arg(deployments));
    sqlExec(db, QStringLiteral("DELETE FROM deployment_events WHERE deployment_id IN (%1)").arg(deployments));
    sqlExec(db, QStringLiteral("DELETE FROM incidents WHERE service_id IN (%1)").arg(services));
    sqlExec(db, QStringLiteral("UPDATE deployments SET rollback_of = NULL WHERE service_id IN (%1)").arg(services));
    sqlExec(db, QStringLiteral("DELETE FROM deployments WHERE service_id IN (%1)").arg(services));
    sqlExec(db, QStringLiteral("DELETE FROM changes WHERE service_id IN (%1)").arg(services));
    sqlExec(db, QStringLiteral("DELETE FROM service_drift_checks WHERE service_id IN (%1)").arg(services));
    sqlExec(db, QStringLiteral("DELETE FROM services WHERE team_id IN (SELECT id FROM teams WHERE demo = 1)"));
    sqlExec(db, QStringLiteral("DELETE FROM teams WHERE demo = 1"));
}

// The triggers that keep the DORA facts (migration 0009: named dora_*) cost a lookup or more per row
// written (on PostgreSQL also a lock), minutes for a large history; demo data pauses them inside its
// transaction and works the facts out set-based at the end (sql/dora_facts_backfill.sql, as the
// migration does). Paused means, per database:
// - SQLite: dropped, and created again from their own text in sqlite_master (in the order they were
//   made). BEGIN IMMEDIATE holds the write lock until commit, so no other connection writes while
//   they are away.
// - PostgreSQL: ALTER TABLE ... DISABLE TRIGGER. First every table they watch is locked in SHARE ROW
//   EXCLUSIVE mode (what that ALTER TABLE takes anyway) until commit: readers go on, but every other
//   writer of those tables waits, and then writes with the triggers on again and sees our rows. The
//   order is the one writers take (an environment, its deployments, their changes), so that a
//   writer already under way finishes first instead of deadlocking.
// Both are transactional: a failed run rolls back with the triggers as they were.
struct PausedTrigger {
    QString name;
    QString restore; // the statement that puts it back
};

QList<PausedTrigger> pauseFactTriggers(const Database &db)
{
    QList<PausedTrigger> paused;
    if (db.kind() == QLatin1String("postgres")) {
        sqlExecDirect(db,
            QStringLiteral(
                "LOCK TABLE environments, deployments, changes, deployment_changes IN SHARE ROW EXCLUSIVE MODE"));
        QSqlQuery q = sqlExec(db,
            QStringLiteral("SELECT format('%I', c.relname), format('%I', t.tgname) FROM pg_trigger t "
                           "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND t.tgname LIKE 'dora\\_%' "
                           "AND pg_table_is_visible(c.oid) ORDER BY 1, 2"));
        while (q.next()) {
            const QString table = q.value(0).toString();
            const QString name = q.value(1).toString();
            sqlExecDirect(db, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2").arg(table, name));
            paused.append({ name, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2").arg(table, name) });
        }
        return paused;
    }
    QSqlQuery q = sqlExec(db,
        QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'dora\\_%' ESCAPE '\\' "
            "ORDER BY rowid"));
    while (q.next())
        paused.append({ q.value(0).toString(), q.value(1).toString() });
    for (const PausedTrigger &trigger : std::as_const(paused))
        sqlExecDirect(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger.name));
    return paused;
}

void resumeFactTriggers(const Database &db, const QList<PausedTrigger> &paused)
{
    for (const PausedTrigger &trigger : paused)
        sqlExecDirect(db, trigger.restore);
}

QString environmentId(const Database &db, Random &random, const QString &name, bool production, qint64 at)
{
    // Drawn even when the environment is there already, so that the rest of the history draws the
    // same numbers, and the same seed gives the same ids, into a fresh database or over earlier demo data.
    const QString id = random.id(QStringLiteral("env"), at);
    QSqlQuery q = sqlExec(db, QStringLiteral("SELECT id FROM environments WHERE name = ?"), { name });
    if (q.next())
        return q.value(0).toString();
    sqlExec(db,
        QStringLiteral("INSERT INTO environments (id, name, production, deployer, created_at) VALUES (?, ?, ?, ?, ?)"),
        { id, name, production ? 1 : 0, QStringLiteral("record"), at });
    return id;
}

// Skews a time to working hours on a weekday most of the time, as people deploy.
qint64 workingTime(Random &random, qint64 t, qint64 low, qint64 high)
{
    const qint64 day = t - t % Day;
    const int weekday = QDateTime::fromMSecsSinceEpoch(day, QTimeZone::UTC).date().dayOfWeek();
    qint64 shifted = day + (weekday >= 6 && random.chance(0.8) ? (8 - weekday) * Day : 0);
    shifted += random.chance(0.9) ? random.between(7 * Hour, 19 * Hour) : random.between(0, Day);
    return shifted >= low && shifted < high ? shifted : t;
}

// How many services each of teams teams gets out of services in all: in the proportions of the first
// seven teams' (repeated past seven), largest remainders first, so the defaults give each team its own.
QList<int> shareServices(int teams, int services)
{
    QList<double> weights;
    double total = 0;
    for (int t = 0; t < teams; ++t) {
        weights.append(Teams[t % std::size(Teams)].services);
        total += weights.constLast();
    }
    QList<int> shares;
    QList<std::pair<double, int>> remainders;
    int given = 0;
    for (int t = 0; t < teams; ++t) {
        const double exact = services * weights.at(t) / total;
        shares.append(std::max(1, int(exact)));
        given += shares.constLast();
        remainders.append({ -(exact - int(exact)), t });
    }
    std::sort(remainders.begin(), remainders.end());
    for (qsizetype i = 0; given < services; i = (i + 1) % remainders.size(), ++given)
        ++shares[remainders.at(i).second];
    return shares;
}

void generate(const Database &db, const DemoDataOptions &options, DemoDataSummary *summary)
{
    Random random(options.seed);
    const qint64 end = options.endMs;
    const qint64 start = end - qint64(options.days) * Day;
    const QString production = environmentId(db, random, QStringLiteral("production"), true, start - 500 * Day);
    const QString staging = environmentId(db, random, QStringLiteral("staging"), false, start - 500 * Day);

    QList<Team> teams;
    QList<Service> services;
    BatchInsert teamRows(db, QStringLiteral("teams"),
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("created_at"),
            QStringLiteral("demo") });
    BatchInsert serviceRows(db, QStringLiteral("services"),
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("team_id"), QStringLiteral("title"),
            QStringLiteral("template_name"), QStringLiteral("template_version"), QStringLiteral("created_at"),
            QStringLiteral("updated_at") });
    BatchInsert driftRows(db, QStringLiteral("service_drift_checks"),
        { QStringLiteral("service_id"), QStringLiteral("checked_at"), QStringLiteral("drifted") });
    int deployerNumber = 100;
    const QList<int> servicesPerTeam = shareServices(options.teams, options.services);
    for (int teamNumber = 0; teamNumber < options.teams; ++teamNumber) {
        const TeamSpec &spec = Teams[teamNumber % std::size(Teams)];
        const int round = teamNumber / int(std::size(Teams)); // 0 for the first seven teams
        Team team;
        team.name = QString::fromUtf16(spec.name) + (round ? QStringLiteral("-%1").arg(round + 1) : QString());
        team.title = QString::fromUtf16(spec.title) + (round ? QStringLiteral(" %1").arg(round + 1) : QString());
        // Onboarding days are set for a year of history; a longer or shorter one stretches them.
        const qint64 onboarded = qint64(spec.onboardedDay) * options.days / 365 + round * 11;
        team.createdAt = start + onboarded * Day + random.between(8 * Hour, 17 * Hour);
        team.id = random.id(QStringLiteral("team"), team.createdAt);
        const int deployers = 2 + int(random.uniform() * 5);
        for (int i = 0; i < deployers; ++i)
            team.deployers.append(QStringLiteral("token:%1").arg(++deployerNumber));
        teamRows.add({ team.id, team.name, team.title, team.createdAt, 1 });
        const int teamIndex = int(teams.size());
        teams.append(team);
        for (int i = 0; i < servicesPerTeam.at(teamNumber); ++i) {
            const qsizetype suffixes = qsizetype(std::size(ServiceSuffixes));
            const QString suffix = QString::fromUtf16(ServiceSuffixes[i % suffixes])
                + (i >= suffixes ? QString::number(i / suffixes + 1) : QString());
            Service service;
            service.team = teamIndex;
            service.name = team.name + u'-' + suffix;
            service.templateName = serviceTemplate(random, &service.templateVersion);
            // The first services come with the team; later ones keep coming through the year.
            const qint64 earliest = team.createdAt + (i == 0 ? 0 : random.between(5 * Day, 200 * Day));
            service.createdAt = std::min(earliest, end - 20 * Day);
            service.id = random.id(QStringLiteral("svc"), service.createdAt);
            const bool golden = !service.templateName.isEmpty();
            service.firstDeployAt = service.createdAt + random.logNormal(golden ? 3.0 * Day : 18.0 * Day, 0.7);
            service.weight = std::exp(1.2 * (random.uniform() - 0.5) * 2.0);
            service.failRate = golden ? 0.03 + 0.06 * random.uniform() : 0.10 + 0.15 * random.uniform();
            service.leadMedianMs = golden ? (4 + 20 * random.uniform()) * Hour : (2 + 5 * random.uniform()) * Day;
            if (random.chance(0.3)) {
                service.webhookSource = random.chance(0.6) ? QStringLiteral("github") : QStringLiteral("gitlab");
                service.movedToTarmacAt = random.chance(0.7) ? start + random.between(60 * Day, 300 * Day) : end;
            }
            serviceRows.add({ service.id, service.name, team.id, QString(team.title + u' ' + suffix),
                golden ? QVariant(service.templateName) : QVariant(),
                golden ? QVariant(service.templateVersion) : QVariant(), service.createdAt, service.createdAt });
            if (golden) {
                // Weekly drift checks; drift creeps in and is fixed, more often as the year goes on.
                bool drifted = random.chance(0.15);
                for (qint64 t = std::max(service.createdAt + Day, start - 7 * Day); t < end; t += 7 * Day) {
                    const double progress = double(t - start) / double(end - start);
                    drifted = drifted ? !random.chance(0.05 + 0.2 * progress) : random.chance(0.04);
                    driftRows.add({ service.id, t, drifted ? 1 : 0 });
                }
            }
            services.append(service);
        }
    }
    teamRows.flush();
    serviceRows.flush();
    driftRows.flush();

    // Deployment times: by service weight, from the service's first deploy on, in working hours.
    QList<double> cumulative;
    double totalWeight = 0;
    for (const Service &s : std::as_const(services)) {
        totalWeight += s.weight;
        cumulative.append(totalWeight);
    }
    QList<Deployment> deployments;
    deployments.reserve(options.deployments);
    for (qint64 i = 0; i < options.deployments; ++i) {
        const double r = random.uniform() * totalWeight;
        const int s = int(std::lower_bound(cumulative.cbegin(), cumulative.cend(), r) - cumulative.cbegin());
        const Service &service = services.at(std::min<qsizetype>(s, services.size() - 1));
        Deployment d;
        d.service = int(&service - services.constData());
        const qint64 low = std::max(start, service.firstDeployAt);
        const qint64 high = end - Hour;
        d.finishedAt = workingTime(random, random.between(low, high), low, high);
        d.production = random.chance(0.65);
        const double status = random.uniform();
        d.status = status < 0.93 ? QStringLiteral("succeeded")
            : status < 0.98      ? QStringLiteral("failed")
                                 : QStringLiteral("cancelled");
        deployments.append(d);
    }
    std::sort(deployments.begin(), deployments.end(), [](const Deployment &a, const Deployment &b) {
        return std::tie(a.service, a.production, a.finishedAt) < std::tie(b.service, b.production, b.finishedAt);
    });
    for (Deployment &d : deployments)
        d.id = random.id(QStringLiteral("dep"), d.finishedAt);

    struct Incident {
        int service;
        QString deploymentId;
        qint64 openedAt;
        std::optional<qint64> resolvedAt;
    };
    QList<Incident> incidents;
    const auto resolution = [&](qint64 opened) -> std::optional<qint64> {
        const qint64 resolved = opened + random.logNormal(2.5 * Hour, 1.3);
        // Recent incidents may still be open; older ones were all closed.
        if (resolved >= end || (opened > end - 5 * Day && random.chance(0.5)))
            return std::nullopt;
        return resolved;
    };
    // Failures among successful production deployments: remediated by the next one (rollback or
    // hotfix), or an incident, attributed explicitly or left to the window rule.
    for (qsizetype i = 0; i < deployments.size(); ++i) {
        Deployment &d = deployments[i];
        if (!d.production || d.status != QLatin1String("succeeded"))
            continue;
        if (!random.chance(services.at(d.service).failRate))
            continue;
        qsizetype next = i + 1;
        while (next < deployments.size() && deployments.at(next).service == d.service && deployments.at(next).production
            && deployments.at(next).status != QLatin1String("succeeded"))
            ++next;
        const bool hasNext
            = next < deployments.size() && deployments.at(next).service == d.service && deployments.at(next).production;
        const double how = random.uniform();
        if (how < 0.45 && hasNext) {
            Deployment &remedy = deployments[next];
            remedy.intent = random.chance(0.4) ? QStringLiteral("rollback") : QStringLiteral("hotfix");
            if (remedy.intent == QLatin1String("rollback"))
                remedy.rollbackOf = d.id;
            remedy.finishedAt = std::min(remedy.finishedAt, d.finishedAt + random.logNormal(1.5 * Hour, 1.0));
            remedy.finishedAt = std::max(remedy.finishedAt, d.finishedAt + 1);
        } else {
            const qint64 opened = std::min(d.finishedAt + random.between(5 * Minute, 6 * Hour), end - 1);
            incidents.append({ d.service, how < 0.8 ? d.id : QString(), opened, resolution(opened) });
        }
    }
    // Incidents not caused by a deployment, and some while a service was being onboarded (before
    // its first deployment, so no deployment takes them: unattributed).
    for (qint64 n = options.deployments / 150; n > 0; --n) {
        const int s = int(random.uniform() * services.size());
        const qint64 low = std::max(start, services.at(s).createdAt);
        const qint64 opened = random.between(low, end - Hour);
        incidents.append({ s, QString(), opened, resolution(opened) });
    }
    for (qsizetype s = 0; s < services.size(); ++s) {
        const Service &service = services.at(s);
        if (service.createdAt >= start && service.firstDeployAt - service.createdAt > 2 * Day && random.chance(0.5)) {
            const qint64 opened = random.between(service.createdAt + Hour, service.firstDeployAt - Hour);
            incidents.append({ int(s), QString(), opened, resolution(opened) });
        }
    }
    // As many as asked for (a benchmark's size), by more incidents no deployment caused.
    while (incidents.size() < options.incidents) {
        const int s = int(random.uniform() * services.size());
        const qint64 opened = random.between(std::max(start, services.at(s).createdAt), end - Hour);
        incidents.append({ s, QString(), opened, resolution(opened) });
    }

    BatchInsert deploymentRows(db, QStringLiteral("deployments"),
        { QStringLiteral("id"), QStringLiteral("service_id"), QStringLiteral("environment_id"),
            QStringLiteral("version"), QStringLiteral("sha"), QStringLiteral("intent"), QStringLiteral("status"),
            QStringLiteral("source"), QStringLiteral("rollback_of"), QStringLiteral("created_by"),
            QStringLiteral("created_at"), QStringLiteral("started_at"), QStringLiteral("finished_at"),
            QStringLiteral("external_id") });
    BatchInsert changeRows(db, QStringLiteral("changes"),
        { QStringLiteral("id"), QStringLiteral("service_id"), QStringLiteral("sha"), QStringLiteral("title"),
            QStringLiteral("committed_at"), QStringLiteral("created_at") });
    BatchInsert linkRows(
        db, QStringLiteral("deployment_changes"), { QStringLiteral("deployment_id"), QStringLiteral("change_id") });
    qint64 externalNumber = 5000000;
    // A planned deployment carries 1 to 2m - 1 changes, m on average.
    const double extraChanges = 2.0 * options.changesPerDeployment - 1.0;
    constexpr qsizetype RowsPerFlush = 20000;
    for (const Deployment &d : std::as_const(deployments)) {
        Service &service = services[d.service];
        const Team &team = teams.at(service.team);
        const qint64 started = d.finishedAt - random.between(2 * Minute, 15 * Minute);
        const bool fromWebhook = !service.webhookSource.isEmpty() && d.finishedAt < service.movedToTarmacAt;
        const QString sha = random.hex(40);
        deploymentRows.add({ d.id, service.id, d.production ? production : staging,
            QStringLiteral("1.%1.0").arg(service.nextVersion++), sha, d.intent, d.status,
            fromWebhook ? service.webhookSource : QStringLiteral("tarmac"),
            d.rollbackOf.isEmpty() ? QVariant() : QVariant(d.rollbackOf),
            fromWebhook ? QString(QStringLiteral("webhook:") + service.webhookSource) : random.pick(team.deployers),
            started - 10 * 1000, started, d.finishedAt,
            fromWebhook ? QVariant(QStringLiteral("%1:%2").arg(service.webhookSource).arg(++externalNumber))
                        : QVariant() });
        // Production deployments carry their changes; a rollback carries none, a hotfix one.
        if (!d.production || d.intent == QLatin1String("rollback"))
            continue;
        const int count = d.intent == QLatin1String("hotfix") ? 1
            : random.chance(0.03)                             ? 0
                                                              : 1 + int(random.uniform() * extraChanges);
        for (int c = 0; c < count; ++c) {
            const qint64 lead = d.intent == QLatin1String("hotfix") ? random.logNormal(40.0 * Minute, 0.6)
                                                                    : random.logNormal(service.leadMedianMs, 1.0);
            // Clock skew: a few commits claim a time after their deployment (dropped, and warned about).
            const qint64 committed
                = random.chance(0.004) ? d.finishedAt + random.between(Minute, 2 * Hour) : d.finishedAt - lead;
            const QString changeId = random.id(QStringLiteral("chg"), committed);
            changeRows.add({ changeId, service.id, random.hex(40),
                QString::fromUtf16(ChangeTitles[int(random.uniform() * std::size(ChangeTitles))]), committed,
                d.finishedAt });
            linkRows.add({ d.id, changeId });
            ++summary->changes;
        }
        if (linkRows.pendingRows() >= RowsPerFlush) {
            deploymentRows.flush();
            changeRows.flush();
            linkRows.flush();
        }
    }
    deploymentRows.flush();
    changeRows.flush();
    linkRows.flush();

    BatchInsert incidentRows(db, QStringLiteral("incidents"),
        { QStringLiteral("id"), QStringLiteral("service_id"), QStringLiteral("title"), QStringLiteral("opened_at"),
            QStringLiteral("resolved_at"), QStringLiteral("deployment_id"), QStringLiteral("source"),
            QStringLiteral("created_at") });
    for (const Incident &incident : std::as_const(incidents)) {
        const Service &service = services.at(incident.service);
        incidentRows.add({ random.id(QStringLiteral("inc"), incident.openedAt), service.id,
            QStringLiteral("%1 degraded").arg(service.name), incident.openedAt,
            incident.resolvedAt ? QVariant(*incident.resolvedAt) : QVariant(),
            incident.deploymentId.isEmpty() ? QVariant() : QVariant(incident.deploymentId),
            random.chance(0.5) ? QStringLiteral("tarmac") : QStringLiteral("pagerduty"), incident.openedAt });
    }
    incidentRows.flush();

    summary->teams = teams.size();
    summary->services = services.size();
    summary->deployments = deployments.size();
    summary->incidents = incidents.size();
    summary->fromMs = start;
    summary->toMs = end;
}
}

bool writeDemoData(Database &database, const DemoDataOptions &options, DemoDataSummary *summary, QString *error)
{
    DemoDataOptions effective = options;
    if (effective.endMs == 0) {
        const qint64 now = nowMs();
        effective.endMs = now - now % Day;
    }
    if (effective.deployments < 0 || effective.days < 1 || effective.teams < 1
        || effective.services < effective.teams) {
        *error = QStringLiteral("demo data needs 0 or more deployments, at least one day and one team, and at "
                                "least as many services as teams");
        return false;
    }
    if (database.kind() == QLatin1String("sqlite")) {
        // A large history outgrows SQLite's default 2 MB page cache many times over, and an insert
        // into an index whose pages are not cached costs a read and, spilled, a write: allow 512 MB
        // (taken only as used) for this one transaction's connection.
        QSqlQuery pragma(database.connection());
        pragma.exec(QStringLiteral("PRAGMA cache_size = -524288"));
    }
    if (!database.beginWrite(error))
        return false;
    try {
        const QList<PausedTrigger> paused = pauseFactTriggers(database);
        QSqlQuery q = sqlExec(database, QStringLiteral("SELECT COUNT(*) FROM teams WHERE demo = 0"));
        if (q.next() && q.value(0).toLongLong() > 0) {
            database.rollback();
            *error = QStringLiteral("this database holds %1 teams not made by demo data; demo data goes into a "
                                    "database of its own")
                         .arg(q.value(0).toLongLong());
            return false;
        }
        removeEarlierDemoData(database);
        *summary = {};
        generate(database, effective, summary);
        // Demo data owns every team, so every service, deployment and change there is: all of them
        // are its own, written just now with no facts yet, which is what the backfill expects.
        // The lead-time bins (migration 0012) and the day counts (0013) count what the facts' backfill
        // just worked out.
        if (!database.runScript(QStringLiteral("dora_facts_backfill.sql"), error)
            || !database.runScript(QStringLiteral("dora_lead_bins_backfill.sql"), error)
            || !database.runScript(QStringLiteral("dora_deploy_days_backfill.sql"), error)) {
            database.rollback();
            return false;
        }
        resumeFactTriggers(database, paused);
        if (!database.commit(error)) {
            database.rollback();
            return false;
        }
        if (database.kind() == QLatin1String("postgres")) {
            // A history written at once, and the backfill's rewrite of most of it, leave no statistics
            // and no visibility map (index-only scans visit the table) until autovacuum comes round;
            // the metrics read it at once. A failure here costs only speed, so it is not one.
            QSqlQuery vacuum(database.connection());
            vacuum.exec(QStringLiteral("VACUUM (ANALYZE) deployments, changes, deployment_changes, incidents, "
                                       "dora_deploy_days, dora_lead_bins"));
        }
        return true;
    } catch (const ApiError &e) {
        database.rollback();
        *error = e.message();
        return false;
    }
}

int runDemoDataCommand(Database &database, const QStringList &arguments)
{
    DemoDataOptions options;
    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "tarmacd demo-data: %s\n", qPrintable(message));
        return 1;
    };
    for (qsizetype i = 0; i < arguments.size(); i += 2) {
        const QString &name = arguments.at(i);
        const QString value = arguments.value(i + 1);
        bool ok = false;
        if (name == QLatin1String("--seed")) {
            options.seed = value.toUInt(&ok);
            if (!ok)
                return fail(QStringLiteral("--seed: '%1' is not a number from 0 to 4294967295").arg(value));
        } else if (name == QLatin1String("--deployments")) {
            options.deployments = value.toLongLong(&ok);
            if (!ok || options.deployments < 0 || options.deployments > 10'000'000)
                return fail(QStringLiteral("--deployments: '%1' is not a number from 0 to 10000000").arg(value));
        } else if (name == QLatin1String("--changes-per-deployment")) {
            options.changesPerDeployment = value.toInt(&ok);
            if (!ok || options.changesPerDeployment < 1 || options.changesPerDeployment > 100)
                return fail(QStringLiteral("--changes-per-deployment: '%1' is not a number from 1 to 100").arg(value));
        } else if (name == QLatin1String("--incidents")) {
            options.incidents = value.toLongLong(&ok);
            if (!ok || options.incidents < 0 || options.incidents > 10'000'000)
                return fail(QStringLiteral("--incidents: '%1' is not a number from 0 to 10000000").arg(value));
        } else if (name == QLatin1String("--teams")) {
            options.teams = value.toInt(&ok);
            if (!ok || options.teams < 1 || options.teams > 1000)
                return fail(QStringLiteral("--teams: '%1' is not a number from 1 to 1000").arg(value));
        } else if (name == QLatin1String("--services")) {
            options.services = value.toInt(&ok);
            if (!ok || options.services < 1 || options.services > 100'000)
                return fail(QStringLiteral("--services: '%1' is not a number from 1 to 100000").arg(value));
        } else if (name == QLatin1String("--days")) {
            options.days = value.toInt(&ok);
            if (!ok || options.days < 1 || options.days > 3650)
                return fail(QStringLiteral("--days: '%1' is not a number from 1 to 3650").arg(value));
        } else if (name == QLatin1String("--end")) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            const auto time = Metrics::parseTimestamp(value);
            if (date.isValid())
                options.endMs = QDateTime(date, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
            else if (time)
                options.endMs = *time;
            else
                return fail(
                    QStringLiteral("--end: '%1' is neither a date (2026-01-31) nor an RFC 3339 time").arg(value));
        } else {
            return fail(QStringLiteral("unexpected argument '%1'").arg(name));
        }
    }
    DemoDataSummary summary;
    QString error;
    if (!writeDemoData(database, options, &summary, &error))
        return fail(error);
    std::printf("tarmacd: demo data (seed %u): %lld teams, %lld services, %lld deployments, %lld changes, %lld "
                "incidents, from %s to %s\n",
        options.seed, summary.teams, summary.services, summary.deployments, summary.changes, summary.incidents,
        qPrintable(Metrics::formatTimestamp(summary.fromMs)), qPrintable(Metrics::formatTimestamp(summary.toMs)));
    return 0;
}

}
