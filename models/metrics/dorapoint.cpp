// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/dorapoint.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace Tarmac::Metrics {

namespace {
QJsonValue optionalValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalOf(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

QJsonArray arrayOf(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList listOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

qint64 integer(const QJsonObject &json, const char *name)
{
    return json.value(QLatin1String(name)).toInteger();
}
}

QString formatTimestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> parseTimestamp(const QString &text)
{
    // RFC 3339 needs the offset: a time without one is ambiguous, not local.
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QString normalized = text.toUpper();
    // Qt reads at most milliseconds.
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d+"));
    normalized.replace(fraction, QStringLiteral(".\\1"));
    const QDateTime time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

QJsonObject DoraPoint::toJson() const
{
    QJsonObject json {
        { QStringLiteral("from"), formatTimestamp(from) },
        { QStringLiteral("to"), formatTimestamp(to) },
        { QStringLiteral("deployments"), deployments },
        { QStringLiteral("deployDays"), deployDays },
        { QStringLiteral("deploymentsWithoutChanges"), deploymentsWithoutChanges },
        { QStringLiteral("leadTime"),
            QJsonObject { { QStringLiteral("median"), optionalValue(leadTimeMedian) },
                { QStringLiteral("p90"), optionalValue(leadTimeP90) }, { QStringLiteral("changes"), leadTimeChanges },
                { QStringLiteral("dropped"), leadTimeDropped } } },
        { QStringLiteral("changeFailureRate"),
            QJsonObject { { QStringLiteral("rate"), optionalValue(changeFailureRate) },
                { QStringLiteral("failed"), failedDeployments } } },
        { QStringLiteral("recoveryTime"),
            QJsonObject { { QStringLiteral("median"), optionalValue(recoveryMedian) },
                { QStringLiteral("recovered"), recoveredFailures }, { QStringLiteral("open"), openFailures } } },
        { QStringLiteral("reworkRate"),
            QJsonObject { { QStringLiteral("rate"), optionalValue(reworkRate) },
                { QStringLiteral("deployments"), reworkDeployments } } },
        { QStringLiteral("timeToRestore"),
            QJsonObject { { QStringLiteral("median"), optionalValue(timeToRestoreMedian) },
                { QStringLiteral("opened"), incidentsOpened }, { QStringLiteral("unresolved"), unresolvedIncidents },
                { QStringLiteral("unattributed"), unattributedIncidents } } },
    };
    if (hasIds) {
        json.insert(QStringLiteral("ids"),
            QJsonObject { { QStringLiteral("deployments"), arrayOf(deploymentIds) },
                { QStringLiteral("failedDeployments"), arrayOf(failedDeploymentIds) },
                { QStringLiteral("changes"), arrayOf(changeIds) },
                { QStringLiteral("incidents"), arrayOf(incidentIds) },
                { QStringLiteral("reworkDeployments"), arrayOf(reworkDeploymentIds) },
                { QStringLiteral("openFailures"), arrayOf(openFailureIds) },
                { QStringLiteral("droppedChanges"), arrayOf(droppedChangeIds) },
                { QStringLiteral("unattributedIncidents"), arrayOf(unattributedIncidentIds) },
                { QStringLiteral("deploymentsWithoutChanges"), arrayOf(deploymentWithoutChangesIds) } });
    }
    return json;
}

DoraPoint DoraPoint::fromJson(const QJsonObject &json)
{
    DoraPoint p;
    p.from = parseTimestamp(json.value(QLatin1String("from")).toString()).value_or(0);
    p.to = parseTimestamp(json.value(QLatin1String("to")).toString()).value_or(0);
    p.deployments = integer(json, "deployments");
    p.deployDays = integer(json, "deployDays");
    p.deploymentsWithoutChanges = integer(json, "deploymentsWithoutChanges");
    const QJsonObject lt = json.value(QLatin1String("leadTime")).toObject();
    p.leadTimeMedian = optionalOf(lt.value(QLatin1String("median")));
    p.leadTimeP90 = optionalOf(lt.value(QLatin1String("p90")));
    p.leadTimeChanges = integer(lt, "changes");
    p.leadTimeDropped = integer(lt, "dropped");
    const QJsonObject cfr = json.value(QLatin1String("changeFailureRate")).toObject();
    p.changeFailureRate = optionalOf(cfr.value(QLatin1String("rate")));
    p.failedDeployments = integer(cfr, "failed");
    const QJsonObject rt = json.value(QLatin1String("recoveryTime")).toObject();
    p.recoveryMedian = optionalOf(rt.value(QLatin1String("median")));
    p.recoveredFailures = integer(rt, "recovered");
    p.openFailures = integer(rt, "open");
    const QJsonObject rw = json.value(QLatin1String("reworkRate")).toObject();
    p.reworkRate = optionalOf(rw.value(QLatin1String("rate")));
    p.reworkDeployments = integer(rw, "deployments");
    const QJsonObject ttr = json.value(QLatin1String("timeToRestore")).toObject();
    p.timeToRestoreMedian = optionalOf(ttr.value(QLatin1String("median")));
    p.incidentsOpened = integer(ttr, "opened");
    p.unresolvedIncidents = integer(ttr, "unresolved");
    p.unattributedIncidents = integer(ttr, "unattributed");
    const QJsonValue ids = json.value(QLatin1String("ids"));
    if (ids.isObject()) {
        p.hasIds = true;
        const QJsonObject o = ids.toObject();
        p.deploymentIds = listOf(o.value(QLatin1String("deployments")));
        p.failedDeploymentIds = listOf(o.value(QLatin1String("failedDeployments")));
        p.changeIds = listOf(o.value(QLatin1String("changes")));
        p.incidentIds = listOf(o.value(QLatin1String("incidents")));
        p.reworkDeploymentIds = listOf(o.value(QLatin1String("reworkDeployments")));
        p.openFailureIds = listOf(o.value(QLatin1String("openFailures")));
        p.droppedChangeIds = listOf(o.value(QLatin1String("droppedChanges")));
        p.unattributedIncidentIds = listOf(o.value(QLatin1String("unattributedIncidents")));
        p.deploymentWithoutChangesIds = listOf(o.value(QLatin1String("deploymentsWithoutChanges")));
    }
    return p;
}

}
