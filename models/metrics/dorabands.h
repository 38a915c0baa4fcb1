// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tarmac::Metrics {

enum class Band { Elite, High, Medium, Low };
QString bandName(Band band);

// One report year's DORA bands, read from data (dorabands.json), never from code.
struct DoraBands {
    int year = 0;
    double eliteDeployDaysPerWeek = 0;
    double highDeployDaysPerWeek = 0;
    double mediumDeployDaysPerMonth = 0;
    double leadTimeEliteBelow = 0; // seconds
    double leadTimeHighBelow = 0;
    double leadTimeMediumBelow = 0;
    double cfrEliteAtMost = 0; // fraction
    double cfrHighAtMost = 0;
    double cfrMediumAtMost = 0;
    double recoveryEliteBelow = 0; // seconds
    double recoveryHighBelow = 0;
    double recoveryMediumBelow = 0;

    // Median deploy-days per week and per month over the range.
    Band deploymentFrequency(double medianDaysPerWeek, double medianDaysPerMonth) const;
    Band leadTime(double medianSeconds) const;
    Band changeFailureRate(double rate) const;
    Band recoveryTime(double medianSeconds) const;

    QJsonObject toJson() const;

    // The report years there are tables for, oldest first, and the default one.
    static QList<int> years();
    static int defaultYear();
    static std::optional<DoraBands> forYear(int year);
};

}
