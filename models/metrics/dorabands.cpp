// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/dorabands.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Tarmac::Metrics {

namespace {
QList<DoraBands> loadTables()
{
    QFile file(QStringLiteral(":/metrics/dorabands.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<DoraBands> tables;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("tables")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject t = value.toObject();
        const QJsonObject df = t.value(QLatin1String("deploymentFrequency")).toObject();
        const QJsonObject lt = t.value(QLatin1String("leadTime")).toObject();
        const QJsonObject cfr = t.value(QLatin1String("changeFailureRate")).toObject();
        const QJsonObject rt = t.value(QLatin1String("recoveryTime")).toObject();
        DoraBands bands;
        bands.year = t.value(QLatin1String("year")).toInt();
        bands.eliteDeployDaysPerWeek
            = df.value(QLatin1String("elite")).toObject().value(QLatin1String("minDeployDaysPerWeek")).toDouble();
        bands.highDeployDaysPerWeek
            = df.value(QLatin1String("high")).toObject().value(QLatin1String("minDeployDaysPerWeek")).toDouble();
        bands.mediumDeployDaysPerMonth
            = df.value(QLatin1String("medium")).toObject().value(QLatin1String("minDeployDaysPerMonth")).toDouble();
        bands.leadTimeEliteBelow = lt.value(QLatin1String("eliteBelow")).toDouble();
        bands.leadTimeHighBelow = lt.value(QLatin1String("highBelow")).toDouble();
        bands.leadTimeMediumBelow = lt.value(QLatin1String("mediumBelow")).toDouble();
        bands.cfrEliteAtMost = cfr.value(QLatin1String("eliteAtMost")).toDouble();
        bands.cfrHighAtMost = cfr.value(QLatin1String("highAtMost")).toDouble();
        bands.cfrMediumAtMost = cfr.value(QLatin1String("mediumAtMost")).toDouble();
        bands.recoveryEliteBelow = rt.value(QLatin1String("eliteBelow")).toDouble();
        bands.recoveryHighBelow = rt.value(QLatin1String("highBelow")).toDouble();
        bands.recoveryMediumBelow = rt.value(QLatin1String("mediumBelow")).toDouble();
        tables.append(bands);
    }
    std::sort(tables.begin(), tables.end(), [](const DoraBands &a, const DoraBands &b) { return a.year < b.year; });
    return tables;
}

const QList<DoraBands> &tables()
{
    static const QList<DoraBands> all = loadTables();
    return all;
}

Band below(double value, double elite, double high, double medium)
{
    if (value < elite)
        return Band::Elite;
    if (value < high)
        return Band::High;
    if (value < medium)
        return Band::Medium;
    return Band::Low;
}
}

QString bandName(Band band)
{
    switch (band) {
    case Band::Elite:
        return QStringLiteral("elite");
    case Band::High:
        return QStringLiteral("high");
    case Band::Medium:
        return QStringLiteral("medium");
    case Band::Low:
        return QStringLiteral("low");
    }
    return {};
}

Band DoraBands::deploymentFrequency(double medianDaysPerWeek, double medianDaysPerMonth) const
{
    if (medianDaysPerWeek >= eliteDeployDaysPerWeek)
        return Band::Elite;
    if (medianDaysPerWeek >= highDeployDaysPerWeek)
        return Band::High;
    if (medianDaysPerMonth >= mediumDeployDaysPerMonth)
        return Band::Medium;
    return Band::Low;
}

Band DoraBands::leadTime(double medianSeconds) const
{
    return below(medianSeconds, leadTimeEliteBelow, leadTimeHighBelow, leadTimeMediumBelow);
}

Band DoraBands::changeFailureRate(double rate) const
{
    if (rate <= cfrEliteAtMost)
        return Band::Elite;
    if (rate <= cfrHighAtMost)
        return Band::High;
    if (rate <= cfrMediumAtMost)
        return Band::Medium;
    return Band::Low;
}

Band DoraBands::recoveryTime(double medianSeconds) const
{
    return below(medianSeconds, recoveryEliteBelow, recoveryHighBelow, recoveryMediumBelow);
}

QJsonObject DoraBands::toJson() const
{
    return {
        { QStringLiteral("year"), year },
        { QStringLiteral("deploymentFrequency"),
            QJsonObject { { QStringLiteral("eliteMinDeployDaysPerWeek"), eliteDeployDaysPerWeek },
                { QStringLiteral("highMinDeployDaysPerWeek"), highDeployDaysPerWeek },
                { QStringLiteral("mediumMinDeployDaysPerMonth"), mediumDeployDaysPerMonth } } },
        { QStringLiteral("leadTime"),
            QJsonObject { { QStringLiteral("eliteBelow"), leadTimeEliteBelow },
                { QStringLiteral("highBelow"), leadTimeHighBelow },
                { QStringLiteral("mediumBelow"), leadTimeMediumBelow } } },
        { QStringLiteral("changeFailureRate"),
            QJsonObject { { QStringLiteral("eliteAtMost"), cfrEliteAtMost },
                { QStringLiteral("highAtMost"), cfrHighAtMost },
                { QStringLiteral("mediumAtMost"), cfrMediumAtMost } } },
        { QStringLiteral("recoveryTime"),
            QJsonObject { { QStringLiteral("eliteBelow"), recoveryEliteBelow },
                { QStringLiteral("highBelow"), recoveryHighBelow },
                { QStringLiteral("mediumBelow"), recoveryMediumBelow } } },
    };
}

QList<int> DoraBands::years()
{
    QList<int> result;
    for (const DoraBands &t : tables())
        result.append(t.year);
    return result;
}

int DoraBands::defaultYear()
{
    return 2023;
}

std::optional<DoraBands> DoraBands::forYear(int year)
{
    for (const DoraBands &t : tables()) {
        if (t.year == year)
            return t;
    }
    return std::nullopt;
}

}
