// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/maturitymodelloader.h"

#include "assessment/platformevidence.h"
#include "assessment/yamlsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>

namespace Tarmac {

namespace {
const char *const modelSchemaPrefix = "tarmac-maturity-model/";

// Checks "schema: tarmac-maturity-model/N" and says clearly when a file is newer than this build.
bool checkSchema(YamlReader &reader, const YAML::Node &root, const QString &prefix, int supported)
{
    const QString schema = reader.text(root, "schema", true);
    if (schema.isEmpty())
        return !reader.hasErrors();
    bool numeric = false;
    const int version = schema.startsWith(prefix) ? schema.mid(prefix.size()).toInt(&numeric) : 0;
    if (!numeric) {
        reader.error(root["schema"],
            QCoreApplication::translate("Tarmac::MaturityModelLoader", "'schema' must be %1%2, not '%3'")
                .arg(prefix)
                .arg(supported)
                .arg(schema));
        return false;
    }
    if (version > supported) {
        reader.error(root["schema"],
            QCoreApplication::translate("Tarmac::MaturityModelLoader",
                "this file needs a newer Tarmac (it is %1; this version reads up to %2%3)")
                .arg(schema, prefix)
                .arg(supported));
        return false;
    }
    return true;
}
}

MaturityModelLoadResult MaturityModelLoader::parse(const QByteArray &bytes, const QString &fileName)
{
    MaturityModelLoadResult result;
    MaturityModel &model = result.model;
    model.fileName = fileName;
    model.contentHash = QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    YamlReader reader(fileName);
    const YAML::Node root = reader.parse(bytes);
    if (!root.IsDefined() || !checkSchema(reader, root, QLatin1String(modelSchemaPrefix), SchemaVersion)) {
        result.errors = reader.errors();
        return result;
    }

    model.id = reader.text(root, "id", true);
    model.version = reader.text(root, "version", true);
    model.name = reader.text(root, "name", true);
    model.source = reader.text(root, "source");
    model.description = reader.text(root, "description");
    const QString kind = reader.text(root, "kind");
    if (kind.isEmpty() || kind == u"levels")
        model.kind = MaturityModel::Kind::Levels;
    else if (kind == u"checklist")
        model.kind = MaturityModel::Kind::Checklist;
    else
        reader.error(root["kind"], tr("'kind' must be 'levels' or 'checklist', not '%1'").arg(kind));

    const YAML::Node levels = reader.sequence(root, "levels", true);
    if (levels.IsDefined()) {
        for (const YAML::Node &node : levels) {
            if (!node.IsMap()) {
                reader.error(node, tr("every level must be a mapping with 'value' and 'name'"));
                continue;
            }
            MaturityLevel level;
            level.value = reader.integer(node, "value", true);
            level.id = reader.text(node, "id");
            level.name = reader.text(node, "name", true);
            level.tagline = reader.text(node, "tagline");
            if (model.level(level.value))
                reader.error(node["value"], tr("level value %1 appears twice").arg(level.value));
            else if (!model.levels.isEmpty() && level.value <= model.levels.constLast().value)
                reader.error(node["value"], tr("levels must be listed from lowest to highest value"));
            else if (level.value < 0)
                reader.error(node["value"], tr("level values must not be negative"));
            else
                model.levels.append(level);
        }
        if (levels.size() == 0)
            reader.error(levels, tr("a model needs at least one level"));
    }

    const YAML::Node capabilities = reader.sequence(root, "capabilities", true);
    if (capabilities.IsDefined()) {
        QSet<QString> ids;
        for (const YAML::Node &node : capabilities) {
            if (!node.IsMap()) {
                reader.error(node, tr("every capability must be a mapping with 'id' and 'name'"));
                continue;
            }
            Capability capability;
            capability.id = reader.text(node, "id", true);
            capability.name = reader.text(node, "name", true);
            capability.keyQuestion = reader.text(node, "key-question");
            capability.description = reader.text(node, "description");
            capability.indicators = reader.textList(node, "indicators");
            capability.platformEvidence = reader.textList(node, "platform-evidence");
            for (const QString &metric : std::as_const(capability.platformEvidence)) {
                if (!platformEvidenceIds().contains(metric))
                    reader.error(node["platform-evidence"],
                        tr("'platform-evidence' of '%1' names '%2'; the platform measures %3")
                            .arg(capability.id, metric, platformEvidenceIds().join(QStringLiteral(", "))));
            }
            if (!capability.id.isEmpty() && ids.contains(capability.id))
                reader.error(node["id"], tr("capability id '%1' appears twice").arg(capability.id));
            ids.insert(capability.id);
            const YAML::Node descriptions = reader.sequence(node, "levels");
            if (descriptions.IsDefined()) {
                for (const YAML::Node &entry : descriptions) {
                    if (!entry.IsMap()) {
                        reader.error(entry, tr("every entry of 'levels' must be a mapping with 'level'"));
                        continue;
                    }
                    CapabilityLevelDescription description;
                    description.level = reader.integer(entry, "level", true);
                    description.summary = reader.text(entry, "summary");
                    description.characteristics = reader.textList(entry, "characteristics");
                    description.consequences = reader.textList(entry, "consequences");
                    description.indicators = reader.textList(entry, "indicators");
                    if (entry["level"].IsDefined() && !model.level(description.level))
                        reader.error(
                            entry["level"], tr("level %1 is not one of the model's levels").arg(description.level));
                    else if (capability.descriptionFor(description.level))
                        reader.error(entry["level"],
                            tr("level %1 is described twice for '%2'").arg(description.level).arg(capability.id));
                    else
                        capability.levels.append(description);
                }
            }
            model.capabilities.append(capability);
        }
        if (capabilities.size() == 0)
            reader.error(capabilities, tr("a model needs at least one capability"));
    }
    result.errors = reader.errors();
    return result;
}

MaturityModelLoadResult MaturityModelLoader::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MaturityModelLoadResult result;
        result.errors.append({ path, 0, 0, tr("cannot read the file: %1").arg(file.errorString()) });
        return result;
    }
    return parse(file.readAll(), path);
}

QStringList MaturityModelLoader::builtinModelPaths()
{
    return {
        QStringLiteral(":/maturity-models/platform-engineering.yaml"),
        QStringLiteral(":/maturity-models/cncf-platform-engineering.yaml"),
        QStringLiteral(":/maturity-models/minimum-viable-platform.yaml"),
    };
}

QString MaturityModelLoader::userModelDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/maturity-models");
}

QStringList MaturityModelLoader::availableModelPaths()
{
    QStringList paths = builtinModelPaths();
    const QDir userDir(userModelDirectory());
    const QStringList userFiles
        = userDir.entryList({ QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files, QDir::Name);
    for (const QString &name : userFiles) {
        if (!name.startsWith(QLatin1String("crosswalk-")))
            paths.append(userDir.filePath(name));
    }
    return paths;
}

}
