// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/maturitymodel.h"

namespace Tarmac {

const CapabilityLevelDescription *Capability::descriptionFor(int level) const
{
    for (const CapabilityLevelDescription &description : levels) {
        if (description.level == level)
            return &description;
    }
    return nullptr;
}

const MaturityLevel *MaturityModel::level(int value) const
{
    for (const MaturityLevel &candidate : levels) {
        if (candidate.value == value)
            return &candidate;
    }
    return nullptr;
}

QString MaturityModel::levelName(int value) const
{
    const MaturityLevel *found = level(value);
    return found ? found->name : QString();
}

int MaturityModel::capabilityIndex(const QString &capabilityId) const
{
    for (qsizetype i = 0; i < capabilities.size(); ++i) {
        if (capabilities.at(i).id == capabilityId)
            return int(i);
    }
    return -1;
}

const Capability *MaturityModel::capability(const QString &capabilityId) const
{
    const int index = capabilityIndex(capabilityId);
    return index < 0 ? nullptr : &capabilities.at(index);
}

}
