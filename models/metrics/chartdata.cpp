// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/chartdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QTimeZone>
#include <QVersionNumber>

namespace Tarmac::Metrics {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::Metrics::ChartData", text);
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}
}

QList<TimeValue> doraChartPoints(const DoraSeries &series, DoraMetric metric)
{
    QList<TimeValue> points;
    for (const DoraPoint &p : series.points) {
        const auto value = metricValue(p, metric);
        if (value)
            points.append({ p.from, *value, p.from, p.to, formatMetricValue(metric, *value) });
    }
    return points;
}

QString adoptionTitle(AdoptionMetric metric)
{
    switch (metric) {
    case AdoptionMetric::GoldenPathShare:
        return tr("Golden-path share");
    case AdoptionMetric::DeploymentsFromTarmac:
        return tr("Deployments from Tarmac");
    case AdoptionMetric::DeploymentsFromOtherSystems:
        return tr("Deployments from other systems");
    case AdoptionMetric::ActiveDeployers:
        return tr("Active deployers");
    case AdoptionMetric::ServicesCreated:
        return tr("Services created");
    }
    return {};
}

QList<TimeValue> adoptionChartPoints(const AdoptionSeries &series, AdoptionMetric metric)
{
    QList<TimeValue> points;
    const QLocale locale;
    for (const AdoptionPoint &p : series.points) {
        std::optional<double> value;
        switch (metric) {
        case AdoptionMetric::GoldenPathShare:
            if (p.goldenPathShare)
                value = *p.goldenPathShare * 100;
            break;
        case AdoptionMetric::DeploymentsFromTarmac:
            value = double(p.deploymentsFromTarmac);
            break;
        case AdoptionMetric::DeploymentsFromOtherSystems:
            value = double(p.deploymentsFromOtherSystems);
            break;
        case AdoptionMetric::ActiveDeployers:
            value = double(p.activeDeployers);
            break;
        case AdoptionMetric::ServicesCreated:
            value = double(p.servicesCreated);
            break;
        }
        if (!value)
            continue;
        const QString text = metric == AdoptionMetric::GoldenPathShare ? tr("%1%").arg(locale.toString(*value, 'f', 1))
                                                                       : locale.toString(*value, 'f', 0);
        points.append({ p.from, *value, p.from, p.to, text });
    }
    return points;
}

void fillTemplateVersions(CategoryCountModel *model, const AdoptionSeries &series)
{
    QMap<QString, QMap<QVersionNumber, qint64>> byTemplate;
    QList<QVersionNumber> versions;
    for (const TemplateCount &t : series.templates) {
        const QString name = t.templateName.isEmpty() ? tr("(no template)") : t.templateName;
        const QVersionNumber version = QVersionNumber::fromString(t.version);
        byTemplate[name][version] += t.services;
        if (!versions.contains(version))
            versions.append(version);
    }
    // Newest version first: the bars left of it are the lag.
    std::sort(versions.begin(), versions.end(), std::greater<>());
    QStringList sets;
    for (const QVersionNumber &v : std::as_const(versions))
        sets.append(v.isNull() ? tr("none") : v.toString());
    QList<QList<double>> values;
    for (auto it = byTemplate.cbegin(); it != byTemplate.cend(); ++it) {
        QList<double> row;
        for (const QVersionNumber &v : std::as_const(versions))
            row.append(double(it->value(v)));
        values.append(row);
    }
    model->setCounts(byTemplate.keys(), sets, values);
}

void fillTemplateUsage(CategoryCountModel *model, const AdoptionSeries &series)
{
    QStringList templates;
    for (const AdoptionPoint &p : series.points) {
        for (const TemplateCount &t : p.servicesByTemplate) {
            if (!templates.contains(t.templateName))
                templates.append(t.templateName);
        }
    }
    templates.sort();
    QStringList buckets;
    QList<QList<double>> values;
    const QLocale locale;
    for (const AdoptionPoint &p : series.points) {
        buckets.append(
            locale.toString(QDateTime::fromMSecsSinceEpoch(p.from, QTimeZone::UTC).date(), QLocale::ShortFormat));
        QList<double> row(templates.size(), 0);
        for (const TemplateCount &t : p.servicesByTemplate)
            row[templates.indexOf(t.templateName)] = double(t.services);
        values.append(row);
    }
    model->setCounts(buckets, templates, values);
}

void fillTimeToFirstDeploy(CategoryCountModel *model, const AdoptionSeries &series)
{
    // Ranges in days: (0, 1], (1, 3], (3, 7], (7, 14], (14, 30], more.
    const QList<double> edges { 1, 3, 7, 14, 30 };
    const QStringList categories { tr("up to 1 day"), tr("1-3 days"), tr("3-7 days"), tr("1-2 weeks"), tr("2-4 weeks"),
        tr("over 30 days") };
    QList<QList<double>> values(categories.size(), QList<double>(1, 0));
    for (double seconds : series.timeToFirstDeploy) {
        const double days = seconds / 86400.0;
        qsizetype i = 0;
        while (i < edges.size() && days > edges.at(i))
            ++i;
        values[i][0] += 1;
    }
    model->setCounts(categories, { tr("Services") }, values);
}

QByteArray toCsv(const QString &valueName, const QList<TimeValue> &points)
{
    QByteArray csv = "from,to," + csvField(valueName).toUtf8() + '\n';
    for (const TimeValue &p : points)
        csv += formatTimestamp(p.from).toUtf8() + ',' + formatTimestamp(p.to).toUtf8() + ','
            + QByteArray::number(p.y, 'g', 12) + '\n';
    return csv;
}

namespace {
QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 17);
}

QByteArray optionalNumber(const std::optional<double> &value)
{
    return value ? number(*value) : QByteArray();
}
}

QByteArray doraCsv(const DoraSeries &series)
{
    QByteArray csv = "from,to,deployments,deploy_days,lead_time_median_s,lead_time_p90_s,lead_time_changes,"
                     "lead_time_dropped,failed_deployments,change_failure_rate,recovery_median_s,recovered_failures,"
                     "open_failures,rework_deployments,rework_rate,time_to_restore_median_s,incidents_opened,"
                     "unresolved_incidents,unattributed_incidents,deployments_without_changes\n";
    for (const DoraPoint &p : series.points) {
        const QList<QByteArray> fields { formatTimestamp(p.from).toUtf8(), formatTimestamp(p.to).toUtf8(),
            QByteArray::number(p.deployments), QByteArray::number(p.deployDays), optionalNumber(p.leadTimeMedian),
            optionalNumber(p.leadTimeP90), QByteArray::number(p.leadTimeChanges), QByteArray::number(p.leadTimeDropped),
            QByteArray::number(p.failedDeployments), optionalNumber(p.changeFailureRate),
            optionalNumber(p.recoveryMedian), QByteArray::number(p.recoveredFailures),
            QByteArray::number(p.openFailures), QByteArray::number(p.reworkDeployments), optionalNumber(p.reworkRate),
            optionalNumber(p.timeToRestoreMedian), QByteArray::number(p.incidentsOpened),
            QByteArray::number(p.unresolvedIncidents), QByteArray::number(p.unattributedIncidents),
            QByteArray::number(p.deploymentsWithoutChanges) };
        csv += fields.join(',') + '\n';
    }
    return csv;
}

QByteArray adoptionCsv(const AdoptionSeries &series)
{
    QByteArray csv = "from,to,deployments_from_tarmac,deployments_from_other_systems,active_deployers,services_created,"
                     "golden_path_share\n";
    for (const AdoptionPoint &p : series.points) {
        const QList<QByteArray> fields { formatTimestamp(p.from).toUtf8(), formatTimestamp(p.to).toUtf8(),
            QByteArray::number(p.deploymentsFromTarmac), QByteArray::number(p.deploymentsFromOtherSystems),
            QByteArray::number(p.activeDeployers), QByteArray::number(p.servicesCreated),
            optionalNumber(p.goldenPathShare) };
        csv += fields.join(',') + '\n';
    }
    return csv;
}

}
