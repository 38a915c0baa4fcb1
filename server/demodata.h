// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Tarmac::Server {

class Database;

// What `tarmacd demo-data` writes: a year of platform history that looks like a real organisation's
// (teams onboarding, services from the built-in templates at several versions, some drifted,
// production and staging, deployments with their changes, incidents, rollbacks and hotfixes,
// deployments reported by webhooks). The same seed, count and end give the same records, ids
// included, so the metrics of two runs are equal.
struct DemoDataOptions {
    quint32 seed = 1;
    qint64 deployments = 5000; // all environments, all statuses
    qint64 endMs = 0; // the history ends before this time; 0: the start of the current UTC day
    int days = 365;
    int teams = 7; // past seven, the same kinds of team again ("payments-2")
    int services = 26; // shared among the teams in the proportions of the first seven
    int changesPerDeployment = 3; // on average, in a planned production deployment
    qint64 incidents = 0; // at least this many, topped up with incidents no deployment caused
};

struct DemoDataSummary {
    qint64 teams = 0;
    qint64 services = 0;
    qint64 deployments = 0;
    qint64 changes = 0;
    qint64 incidents = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

// Replaces earlier demo records (teams marked demo and everything of theirs) in one transaction.
// Refuses a database that holds teams not made by demo data. On failure returns false and says
// what in error; the database is then unchanged.
bool writeDemoData(Database &database, const DemoDataOptions &options, DemoDataSummary *summary, QString *error);

// `tarmacd demo-data [--seed N] [--teams N] [--services N] [--days N] [--deployments N]
// [--changes-per-deployment N] [--incidents N] [--end DATE]`:
// arguments after the command name.
int runDemoDataCommand(Database &database, const QStringList &arguments);

}
