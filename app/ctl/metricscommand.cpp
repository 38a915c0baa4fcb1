// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscommand.h"

#include "commands.h"
#include "metrics/chartdata.h"
#include "metrics/metricsfetcher.h"
#include "platformoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <cstdio>

namespace Tarmac::Ctl {

using namespace Metrics;

namespace {

// A date (the start of that UTC day) or an RFC 3339 time.
std::optional<qint64> timeOf(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    return parseTimestamp(text);
}

QString cell(const std::optional<double> &value, const std::function<QString(double)> &format)
{
    return value ? format(*value) : QStringLiteral("-");
}
}

int runMetricsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("DORA or adoption metrics of a platform, per bucket, for scripts (definitions: tarmacd's API)."));
    parser.addPositionalArgument(QStringLiteral("which"), tr("dora or adoption"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
        tr("Start of the range: a date (UTC) or an RFC 3339 time (default: 90 days before --to)."), tr("WHEN"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), tr("End of the range, exclusive (default: tomorrow, 00:00 UTC)."), tr("WHEN"));
    const QCommandLineOption bucketOption(
        QStringLiteral("bucket"), tr("day, week or month (default: week)."), tr("BUCKET"), QStringLiteral("week"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"),
        tr("all, team:NAME, service:NAME, environment:NAME, path:golden or path:other (default: all)."), tr("SCOPE"),
        QStringLiteral("all"));
    const QCommandLineOption yearOption(
        QStringLiteral("year"), tr("dora: the report year of the bands (default: the platform's)."), tr("YEAR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the platform's JSON answer."));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"), tr("Print CSV, one line per bucket, in the API's units."));
    parser.addOptions({ fromOption, toOption, bucketOption, scopeOption, yearOption, jsonOption, csvOption });
    PlatformOptions platform;
    platform.addTo(parser);
    if (!parseCommandLine(parser, QStringLiteral("metrics"), arguments))
        return 2;
    const QString which = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1
        || (which != QLatin1String("dora") && which != QLatin1String("adoption"))) {
        printErr(tr("tarmacctl metrics: expected dora or adoption (tarmacctl metrics dora --from 2026-01-01)"));
        return 2;
    }
    if (parser.isSet(jsonOption) && parser.isSet(csvOption)) {
        printErr(tr("tarmacctl metrics: --json and --csv exclude each other"));
        return 2;
    }
    MetricsFilters filters;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    filters.range.to = now - now % 86400000 + 86400000;
    if (parser.isSet(toOption)) {
        const auto to = timeOf(parser.value(toOption));
        if (!to) {
            printErr(tr("tarmacctl metrics: --to: '%1' is neither a date (2026-01-31) nor an RFC 3339 time")
                    .arg(parser.value(toOption)));
            return 2;
        }
        filters.range.to = *to;
    }
    filters.range.from = filters.range.to - 90LL * 86400000;
    if (parser.isSet(fromOption)) {
        const auto from = timeOf(parser.value(fromOption));
        if (!from) {
            printErr(tr("tarmacctl metrics: --from: '%1' is neither a date (2026-01-31) nor an RFC 3339 time")
                    .arg(parser.value(fromOption)));
            return 2;
        }
        filters.range.from = *from;
    }
    const auto bucket = bucketFromName(parser.value(bucketOption));
    if (!bucket) {
        printErr(tr("tarmacctl metrics: --bucket must be day, week or month"));
        return 2;
    }
    filters.bucket = *bucket;
    filters.scope = parser.value(scopeOption);
    filters.year = parser.isSet(yearOption) ? parser.value(yearOption).toInt() : 0;
    QString error;
    if (!platform.resolve(parser, &error)) {
        printErr(tr("tarmacctl metrics: %1").arg(error));
        return 2;
    }

    const QUrlQuery query = metricsQuery(filters, filters.range);
    const CallResult result
        = runSynchronously(platform.client()->get(u'/' + QStringLiteral("metrics/") + which, query));
    if (!result.ok()) {
        printErr(tr("tarmacctl metrics: %1").arg(result.error.describe()));
        return 1;
    }
    if (result.fromCache)
        printErr(tr("tarmacctl metrics: the platform did not answer; these figures were cached %1")
                .arg(result.cachedAt.toString(Qt::ISODate)));
    if (parser.isSet(jsonOption)) {
        std::fprintf(stdout, "%s", QJsonDocument(result.json.toObject()).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    if (which == QLatin1String("dora")) {
        const auto series = DoraSeries::fromJson(result.json.toObject(), &error);
        if (!series) {
            printErr(tr("tarmacctl metrics: the platform's answer is malformed: %1").arg(error));
            return 1;
        }
        if (parser.isSet(csvOption)) {
            std::fprintf(stdout, "%s", doraCsv(*series).constData());
            return 0;
        }
        printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                .arg(tr("FROM"), -11)
                .arg(tr("DEPLOYS"), 8)
                .arg(tr("LEAD MEDIAN"), 12)
                .arg(tr("LEAD P90"), 10)
                .arg(tr("CFR"), 7)
                .arg(tr("RECOVERY"), 10)
                .arg(tr("REWORK"), 7));
        const QLocale locale = QLocale::c();
        const auto percent = [&](double v) { return locale.toString(v * 100, 'f', 1) + u'%'; };
        for (const DoraPoint &p : series->points) {
            printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                    .arg(formatTimestamp(p.from).left(10), -11)
                    .arg(p.deployments, 8)
                    .arg(cell(p.leadTimeMedian, formatDuration), 12)
                    .arg(cell(p.leadTimeP90, formatDuration), 10)
                    .arg(cell(p.changeFailureRate, percent), 7)
                    .arg(cell(p.recoveryMedian, formatDuration), 10)
                    .arg(cell(p.reworkRate, percent), 7));
        }
        for (const MetricWarning &w : series->warnings)
            printErr(tr("warning: %1").arg(w.message));
        return 0;
    }
    const auto series = AdoptionSeries::fromJson(result.json.toObject(), &error);
    if (!series) {
        printErr(tr("tarmacctl metrics: the platform's answer is malformed: %1").arg(error));
        return 1;
    }
    if (parser.isSet(csvOption)) {
        std::fprintf(stdout, "%s", adoptionCsv(*series).constData());
        return 0;
    }
    printOut(tr("services %1, from templates %2, behind newest template version %3, teams onboarded %4")
            .arg(series->services)
            .arg(series->servicesFromTemplates)
            .arg(series->servicesBehindNewestTemplateVersion)
            .arg(series->teamsOnboarded));
    printOut(QStringLiteral("%1 %2 %3 %4 %5")
            .arg(tr("FROM"), -11)
            .arg(tr("TARMAC"), 7)
            .arg(tr("OTHER"), 7)
            .arg(tr("DEPLOYERS"), 10)
            .arg(tr("GOLDEN PATH"), 12));
    for (const AdoptionPoint &p : series->points) {
        printOut(QStringLiteral("%1 %2 %3 %4 %5")
                .arg(formatTimestamp(p.from).left(10), -11)
                .arg(p.deploymentsFromTarmac, 7)
                .arg(p.deploymentsFromOtherSystems, 7)
                .arg(p.activeDeployers, 10)
                .arg(cell(p.goldenPathShare, [](double v) { return QLocale::c().toString(v * 100, 'f', 1) + u'%'; }),
                    12));
    }
    return 0;
}

}
