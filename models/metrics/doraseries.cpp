// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/doraseries.h"

#include <QJsonArray>

namespace Tarmac::Metrics {

namespace {
// Reads fields and remembers the first that is missing or of the wrong type, with its path.
class Reader {
public:
    explicit Reader(QString *error)
        : m_error(error)
    {
    }
    bool failed() const { return m_failed; }
    void fail(const QString &path, const QString &expected)
    {
        if (m_failed)
            return;
        m_failed = true;
        *m_error = QStringLiteral("%1: expected %2").arg(path, expected);
    }
    QJsonValue field(const QJsonObject &o, const QString &path, const char *name)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            fail(join(path, name), QStringLiteral("a value, found none"));
        return v;
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const char *name)
    {
        const QJsonValue v = field(o, path, name);
        if (!v.isObject() && !v.isUndefined())
            fail(join(path, name), QStringLiteral("an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject &o, const QString &path, const char *name)
    {
        const QJsonValue v = field(o, path, name);
        if (!v.isArray() && !v.isUndefined())
            fail(join(path, name), QStringLiteral("an array"));
        return v.toArray();
    }
    qint64 count(const QJsonObject &o, const QString &path, const char *name)
    {
        const QJsonValue v = field(o, path, name);
        if (!v.isUndefined() && (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger())))
            fail(join(path, name), QStringLiteral("a whole number of at least 0"));
        return v.toInteger();
    }
    std::optional<double> optionalNumber(const QJsonObject &o, const QString &path, const char *name)
    {
        const QJsonValue v = field(o, path, name);
        if (v.isNull())
            return std::nullopt;
        if (!v.isDouble() && !v.isUndefined())
            fail(join(path, name), QStringLiteral("a number or null"));
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    }
    qint64 time(const QJsonObject &o, const QString &path, const char *name)
    {
        const QJsonValue v = field(o, path, name);
        const auto t = parseTimestamp(v.toString());
        if (!t && !v.isUndefined())
            fail(join(path, name), QStringLiteral("an RFC 3339 time"));
        return t.value_or(0);
    }
    std::optional<Band> band(const QJsonObject &o, const QString &path)
    {
        const QJsonValue v = field(o, path, "band");
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        for (Band b : { Band::Elite, Band::High, Band::Medium, Band::Low }) {
            if (v.toString() == bandName(b))
                return b;
        }
        fail(join(path, "band"), QStringLiteral("elite, high, medium, low or null"));
        return std::nullopt;
    }
    static QString join(const QString &path, const char *name)
    {
        return path.isEmpty() ? QString::fromLatin1(name) : path + u'.' + QLatin1String(name);
    }

private:
    QString *m_error;
    bool m_failed = false;
};

TimeSpan rangeOf(Reader &r, const QJsonObject &json)
{
    const QJsonObject range = r.object(json, {}, "range");
    return { r.time(range, QStringLiteral("range"), "from"), r.time(range, QStringLiteral("range"), "to") };
}

Bucket bucketOf(Reader &r, const QJsonObject &json)
{
    const auto bucket = bucketFromName(r.field(json, {}, "bucket").toString());
    if (!bucket)
        r.fail(QStringLiteral("bucket"), QStringLiteral("day, week or month"));
    return bucket.value_or(Bucket::Week);
}

DoraPoint pointOf(Reader &r, const QJsonObject &json, const QString &path)
{
    r.time(json, path, "from");
    r.time(json, path, "to");
    r.count(json, path, "deployments");
    r.count(json, path, "deployDays");
    r.count(json, path, "deploymentsWithoutChanges");
    const QJsonObject lt = r.object(json, path, "leadTime");
    r.optionalNumber(lt, path + QStringLiteral(".leadTime"), "median");
    r.optionalNumber(lt, path + QStringLiteral(".leadTime"), "p90");
    r.count(lt, path + QStringLiteral(".leadTime"), "changes");
    r.count(lt, path + QStringLiteral(".leadTime"), "dropped");
    const QJsonObject cfr = r.object(json, path, "changeFailureRate");
    r.optionalNumber(cfr, path + QStringLiteral(".changeFailureRate"), "rate");
    r.count(cfr, path + QStringLiteral(".changeFailureRate"), "failed");
    const QJsonObject rt = r.object(json, path, "recoveryTime");
    r.optionalNumber(rt, path + QStringLiteral(".recoveryTime"), "median");
    r.count(rt, path + QStringLiteral(".recoveryTime"), "open");
    const QJsonObject rw = r.object(json, path, "reworkRate");
    r.optionalNumber(rw, path + QStringLiteral(".reworkRate"), "rate");
    r.count(rw, path + QStringLiteral(".reworkRate"), "deployments");
    const QJsonObject ttr = r.object(json, path, "timeToRestore");
    r.optionalNumber(ttr, path + QStringLiteral(".timeToRestore"), "median");
    r.count(ttr, path + QStringLiteral(".timeToRestore"), "unattributed");
    return DoraPoint::fromJson(json);
}

QList<TemplateCount> templatesOf(Reader &r, const QJsonArray &array, const QString &path)
{
    QList<TemplateCount> list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject t = array.at(i).toObject();
        const QJsonValue name = r.field(t, at, "template");
        if (!name.isString() && !name.isNull() && !name.isUndefined())
            r.fail(at + QStringLiteral(".template"), QStringLiteral("a text or null"));
        list.append({ name.toString(), t.value(QLatin1String("version")).toString(), r.count(t, at, "services") });
    }
    return list;
}
}

std::optional<DoraSeries> DoraSeries::fromJson(const QJsonObject &json, QString *error)
{
    Reader r(error);
    DoraSeries s;
    s.range = rangeOf(r, json);
    s.bucket = bucketOf(r, json);
    const QJsonObject scope = r.object(json, {}, "scope");
    s.scopeKind = scope.value(QLatin1String("kind")).toString();
    s.scopeName = scope.value(QLatin1String("name")).toString(scope.value(QLatin1String("id")).toString());
    const QJsonArray points = r.array(json, {}, "points");
    for (qsizetype i = 0; i < points.size() && !r.failed(); ++i) {
        if (!points.at(i).isObject())
            r.fail(QStringLiteral("points[%1]").arg(i), QStringLiteral("an object"));
        s.points.append(pointOf(r, points.at(i).toObject(), QStringLiteral("points[%1]").arg(i)));
    }
    s.total = pointOf(r, r.object(json, {}, "total"), QStringLiteral("total"));
    const QJsonObject bands = r.object(json, {}, "bands");
    const QJsonValue year = r.field(bands, QStringLiteral("bands"), "year");
    const auto table = DoraBands::forYear(year.toInt());
    if (!table && !r.failed())
        r.fail(QStringLiteral("bands.year"), QStringLiteral("a report year this workbench has bands for"));
    s.bands = table.value_or(DoraBands {});
    const QJsonObject df = r.object(bands, QStringLiteral("bands"), "deploymentFrequency");
    s.deploymentFrequencyBand = r.band(df, QStringLiteral("bands.deploymentFrequency"));
    if (df.value(QLatin1String("medianDeployDaysPerWeek")).isDouble())
        s.medianDeployDaysPerWeek = df.value(QLatin1String("medianDeployDaysPerWeek")).toDouble();
    s.leadTimeBand = r.band(r.object(bands, QStringLiteral("bands"), "leadTime"), QStringLiteral("bands.leadTime"));
    s.changeFailureRateBand = r.band(
        r.object(bands, QStringLiteral("bands"), "changeFailureRate"), QStringLiteral("bands.changeFailureRate"));
    s.recoveryTimeBand
        = r.band(r.object(bands, QStringLiteral("bands"), "recoveryTime"), QStringLiteral("bands.recoveryTime"));
    const QJsonArray warnings = r.array(json, {}, "warnings");
    for (const QJsonValue &w : warnings) {
        const QJsonObject o = w.toObject();
        s.warnings.append({ o.value(QLatin1String("code")).toString(), o.value(QLatin1String("count")).toInteger(),
            o.value(QLatin1String("message")).toString() });
    }
    if (r.failed())
        return std::nullopt;
    return s;
}

std::optional<AdoptionSeries> AdoptionSeries::fromJson(const QJsonObject &json, QString *error)
{
    Reader r(error);
    AdoptionSeries s;
    s.range = rangeOf(r, json);
    s.bucket = bucketOf(r, json);
    s.services = r.count(json, {}, "services");
    s.servicesFromTemplates = r.count(json, {}, "servicesFromTemplates");
    s.teamsOnboarded = r.count(json, {}, "teamsOnboarded");
    s.servicesBehindNewestTemplateVersion = r.count(json, {}, "servicesBehindNewestTemplateVersion");
    s.goldenPathShare = r.optionalNumber(json, {}, "goldenPathShare");
    s.templates = templatesOf(r, r.array(json, {}, "templates"), QStringLiteral("templates"));
    const QJsonObject first = r.object(json, {}, "timeToFirstDeploy");
    s.timeToFirstDeployMedian = r.optionalNumber(first, QStringLiteral("timeToFirstDeploy"), "median");
    for (const QJsonValue &v : first.value(QLatin1String("values")).toArray())
        s.timeToFirstDeploy.append(v.toDouble());
    const QJsonArray points = r.array(json, {}, "points");
    for (qsizetype i = 0; i < points.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("points[%1]").arg(i);
        const QJsonObject p = points.at(i).toObject();
        AdoptionPoint point;
        point.from = r.time(p, path, "from");
        point.to = r.time(p, path, "to");
        point.deploymentsFromTarmac = r.count(p, path, "deploymentsFromTarmac");
        point.deploymentsFromOtherSystems = r.count(p, path, "deploymentsFromOtherSystems");
        point.activeDeployers = r.count(p, path, "activeDeployers");
        point.servicesCreated = r.count(p, path, "servicesCreated");
        point.goldenPathShare = r.optionalNumber(p, path, "goldenPathShare");
        point.servicesByTemplate
            = templatesOf(r, r.array(p, path, "servicesByTemplate"), path + QStringLiteral(".servicesByTemplate"));
        s.points.append(point);
    }
    if (r.failed())
        return std::nullopt;
    return s;
}

}
