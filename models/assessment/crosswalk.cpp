// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/crosswalk.h"

#include "assessment/assessmentsession.h"
#include "assessment/maturitymodel.h"
#include "assessment/yamlsupport.h"

#include <QFile>

#include <algorithm>
#include <limits>

namespace Tarmac {

CrosswalkLoadResult Crosswalk::parse(const QByteArray &bytes, const QString &fileName)
{
    CrosswalkLoadResult result;
    YamlReader reader(fileName);
    const YAML::Node root = reader.parse(bytes);
    if (!root.IsDefined()) {
        result.errors = reader.errors();
        return result;
    }
    const QString schema = reader.text(root, "schema", true);
    if (!schema.isEmpty() && schema != u"tarmac-maturity-crosswalk/1")
        reader.error(root["schema"], tr("'schema' must be tarmac-maturity-crosswalk/1, not '%1'").arg(schema));
    Crosswalk &crosswalk = result.crosswalk;
    crosswalk.id = reader.text(root, "id", true);
    crosswalk.fromModel = reader.text(root, "from", true);
    crosswalk.toModel = reader.text(root, "to", true);
    const YAML::Node mappings = reader.sequence(root, "mappings", true);
    if (mappings.IsDefined()) {
        for (const YAML::Node &node : mappings) {
            CrosswalkMapping mapping;
            const YAML::Node from = node.IsMap() ? reader.mapping(node, "from", true) : YAML::Node();
            const YAML::Node to = node.IsMap() ? reader.mapping(node, "to", true) : YAML::Node();
            if (!node.IsMap()) {
                reader.error(node, tr("every mapping must have 'from' and 'to'"));
                continue;
            }
            if (from.IsDefined()) {
                mapping.fromCapability = reader.text(from, "capability", true);
                mapping.fromLevel = reader.integer(from, "level", true);
            }
            if (to.IsDefined()) {
                for (auto it = to.begin(); it != to.end(); ++it) {
                    QString capability;
                    int level = 0;
                    if (!reader.scalarText(it->first, &capability) || !reader.scalarInteger(it->second, &level))
                        reader.error(it->second, tr("'to' must map capability ids to whole-number levels"));
                    else
                        mapping.to.insert(capability, level);
                }
            }
            crosswalk.mappings.append(mapping);
        }
    }
    result.errors = reader.errors();
    return result;
}

CrosswalkLoadResult Crosswalk::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CrosswalkLoadResult result;
        result.errors.append({ path, 0, 0, tr("cannot read the file: %1").arg(file.errorString()) });
        return result;
    }
    return parse(file.readAll(), path);
}

QStringList Crosswalk::builtinCrosswalkPaths()
{
    return { QStringLiteral(":/maturity-models/crosswalk-platform-engineering-cncf.yaml") };
}

QMap<QString, int> Crosswalk::forward(const QMap<QString, int> &fromLevels) const
{
    QMap<QString, QList<int>> contributions;
    for (const CrosswalkMapping &mapping : mappings) {
        if (fromLevels.value(mapping.fromCapability) != mapping.fromLevel || mapping.fromLevel == 0)
            continue;
        for (auto it = mapping.to.cbegin(); it != mapping.to.cend(); ++it)
            contributions[it.key()].append(it.value());
    }
    QMap<QString, int> result;
    for (auto it = contributions.begin(); it != contributions.end(); ++it) {
        QList<int> &levels = it.value();
        std::sort(levels.begin(), levels.end());
        result.insert(it.key(), levels.at((levels.size() - 1) / 2));
    }
    return result;
}

QMap<QString, int> Crosswalk::backward(const QMap<QString, int> &toLevels) const
{
    QMap<QString, int> best;
    QMap<QString, int> bestDistance;
    for (const CrosswalkMapping &mapping : mappings) {
        int distance = 0;
        int compared = 0;
        for (auto it = mapping.to.cbegin(); it != mapping.to.cend(); ++it) {
            const int level = toLevels.value(it.key());
            if (level <= 0)
                continue;
            distance += std::abs(level - it.value());
            ++compared;
        }
        if (compared == 0)
            continue;
        const int previous = bestDistance.value(mapping.fromCapability, std::numeric_limits<int>::max());
        if (distance < previous || (distance == previous && mapping.fromLevel < best.value(mapping.fromCapability))) {
            best.insert(mapping.fromCapability, mapping.fromLevel);
            bestDistance.insert(mapping.fromCapability, distance);
        }
    }
    return best;
}

std::optional<AssessmentSession> Crosswalk::translate(
    const AssessmentSession &session, const MaturityModel &target) const
{
    const bool forwards = session.model.id == fromModel && target.id == toModel;
    const bool backwards = session.model.id == toModel && target.id == fromModel;
    if (!forwards && !backwards)
        return std::nullopt;
    QMap<QString, int> agreed;
    QMap<QString, int> targets;
    for (const CapabilityRecord &record : session.records) {
        agreed.insert(record.capabilityId, record.agreedLevel);
        targets.insert(record.capabilityId, record.targetLevel);
    }
    const QMap<QString, int> agreedThere = forwards ? forward(agreed) : backward(agreed);
    const QMap<QString, int> targetsThere = forwards ? forward(targets) : backward(targets);

    AssessmentSession translated;
    translated.id = session.id;
    translated.title = tr("%1 (read as %2)").arg(session.title.isEmpty() ? session.id : session.title, target.name);
    translated.model = { target.id, target.version, target.contentHash };
    translated.scope = session.scope;
    translated.date = session.date;
    translated.facilitator = session.facilitator;
    translated.participants = session.participants;
    for (const auto &capability : target.capabilities) {
        CapabilityRecord &record = translated.ensureRecord(capability.id);
        record.agreedLevel = agreedThere.value(capability.id);
        record.targetLevel = targetsThere.value(capability.id);
        record.sharedNotes = tr("Derived from the %1 results through the crosswalk %2.").arg(session.model.id, id);
    }
    for (AssessmentAction action : session.actions) {
        action.capabilityId.clear();
        translated.actions.append(action);
    }
    return translated;
}

QList<SourceError> Crosswalk::validate(const MaturityModel &from, const MaturityModel &to) const
{
    QList<SourceError> errors;
    auto add = [&](const QString &message) { errors.append({ id, 0, 0, message }); };
    if (from.id != fromModel)
        add(tr("crosswalk is from '%1', not '%2'").arg(fromModel, from.id));
    if (to.id != toModel)
        add(tr("crosswalk is to '%1', not '%2'").arg(toModel, to.id));
    for (const CrosswalkMapping &mapping : mappings) {
        if (!from.capability(mapping.fromCapability))
            add(tr("'%1' has no capability '%2'").arg(from.id, mapping.fromCapability));
        if (!from.level(mapping.fromLevel))
            add(tr("'%1' has no level %2").arg(from.id).arg(mapping.fromLevel));
        for (auto it = mapping.to.cbegin(); it != mapping.to.cend(); ++it) {
            if (!to.capability(it.key()))
                add(tr("'%1' has no capability '%2'").arg(to.id, it.key()));
            if (!to.level(it.value()))
                add(tr("'%1' has no level %2").arg(to.id).arg(it.value()));
        }
    }
    return errors;
}

}
