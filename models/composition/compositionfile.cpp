// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/compositionfile.h"

#include "assessment/yamlsupport.h"
#include "composition/ports.h"
#include "core/yamljson.h"
#include "templates/pathguard.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Tarmac {

namespace {

const QString apiVersionPrefix = QStringLiteral("tarmac.dev/v");
constexpr int supportedApiVersion = 1;

QJsonValue jsonValue(YamlReader &reader, const YAML::Node &node, int depth = 0)
{
    if (depth > 32) {
        reader.error(node, CompositionFile::tr("parameters nest deeper than 32 levels"));
        return {};
    }
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = toQString(it->first.Scalar());
            if (object.contains(key))
                reader.error(it->first, CompositionFile::tr("duplicate key '%1'").arg(key));
            object.insert(key, jsonValue(reader, it->second, depth + 1));
        }
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(jsonValue(reader, item, depth + 1));
        return array;
    }
    case YAML::NodeType::Scalar:
        return yamlScalarToJson(node);
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

void checkKeys(
    YamlReader &reader, const YAML::Node &map, std::initializer_list<const char *> known, const QString &where)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const std::string key = it->first.Scalar();
        if (std::none_of(known.begin(), known.end(), [&](const char *k) { return key == k; })) {
            QStringList names;
            for (const char *k : known)
                names.append(QLatin1String(k));
            reader.error(it->first,
                CompositionFile::tr("unknown key '%1' in %2; expected one of: %3")
                    .arg(toQString(key), where, names.join(QStringLiteral(", "))));
        }
    }
}

QJsonObject parameters(YamlReader &reader, const YAML::Node &map)
{
    const YAML::Node node = reader.mapping(map, "parameters");
    return node.IsDefined() ? jsonValue(reader, node).toObject() : QJsonObject();
}

// A service's hand edits: a list of {path, base, edited}, each text as it was, byte for byte.
QList<Override> overrides(YamlReader &reader, const YAML::Node &service)
{
    QList<Override> result;
    const YAML::Node list = reader.sequence(service, "overrides");
    if (!list.IsDefined())
        return result;
    for (const YAML::Node &entry : list) {
        if (!entry.IsMap()) {
            reader.error(entry, CompositionFile::tr("an override must be a mapping with path, base and edited"));
            continue;
        }
        checkKeys(reader, entry, { "path", "base", "edited" }, CompositionFile::tr("an override"));
        const QString path = reader.text(entry, "path", true);
        QString base;
        QString edited;
        if (!entry["base"].IsDefined() || !reader.scalarText(entry["base"], &base))
            reader.error(entry, CompositionFile::tr("the override of '%1' needs its base text").arg(path));
        if (!entry["edited"].IsDefined() || !reader.scalarText(entry["edited"], &edited))
            reader.error(entry, CompositionFile::tr("the override of '%1' needs its edited text").arg(path));
        if (path.isEmpty())
            continue;
        QString problem;
        const QString normal = PathGuard::normalise(path, &problem);
        if (!problem.isEmpty() || normal != path) {
            reader.error(entry["path"],
                CompositionFile::tr("override path '%1' is not a plain path inside the service folder%2")
                    .arg(path, problem.isEmpty() ? QString() : QStringLiteral(": ") + problem));
            continue;
        }
        if (std::any_of(result.cbegin(), result.cend(), [&](const Override &o) { return o.path == path; })) {
            reader.error(entry["path"], CompositionFile::tr("'%1' is overridden twice").arg(path));
            continue;
        }
        result.append({ path, base.toUtf8(), edited.toUtf8() });
    }
    std::ranges::sort(result, {}, &Override::path);
    return result;
}

// A file's text as a literal block when that gives it back byte for byte, quoted otherwise.
void emitFileText(YAML::Emitter &out, const QByteArray &text)
{
    static const QRegularExpression awkward(
        QStringLiteral("[\\x00-\\x08\\x0b-\\x1f\\x7f\\x{feff}]|[ \\t]\\n|^[ \\t\\n]"));
    const QString unicode = QString::fromUtf8(text);
    const bool literal = unicode.toUtf8() == text && text.endsWith('\n') && !text.endsWith("\n\n")
        && !awkward.match(unicode).hasMatch();
    if (literal)
        out << YAML::Literal << toStd(unicode);
    else
        out << YAML::DoubleQuoted << toStd(unicode);
}

QString connectionKindName(Connection::Kind kind)
{
    return kind == Connection::Kind::Calls ? QStringLiteral("calls") : QStringLiteral("uses");
}

}

CompositionLoadResult CompositionFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CompositionLoadResult result;
        result.errors.append({ path, 0, 0, tr("cannot read the file: %1").arg(file.errorString()) });
        return result;
    }
    return parse(file.readAll(), path);
}

CompositionLoadResult CompositionFile::parse(const QByteArray &bytes, const QString &fileName)
{
    CompositionLoadResult result;
    YamlReader reader(fileName);
    const YAML::Node root = reader.parse(bytes);
    if (!root.IsDefined()) {
        result.errors = reader.errors();
        return result;
    }

    // The version first: a newer file is refused whole, never half-read and then overwritten.
    const QString apiVersion = reader.text(root, "apiVersion", true);
    if (!apiVersion.isEmpty()) {
        bool numbered = false;
        const int version
            = apiVersion.startsWith(apiVersionPrefix) ? apiVersion.mid(apiVersionPrefix.size()).toInt(&numbered) : 0;
        if (numbered && version > supportedApiVersion) {
            result.newerFormat = true;
            reader.error(root["apiVersion"],
                tr("this composition was written by a newer Tarmac (apiVersion %1); this version reads %2 only. "
                   "Update Tarmac to open it.")
                    .arg(apiVersion, QLatin1String(ApiVersion)));
            result.errors = reader.errors();
            return result;
        }
        if (!numbered || version != supportedApiVersion)
            reader.error(root["apiVersion"],
                tr("apiVersion '%1' is not a Tarmac composition version; expected %2")
                    .arg(apiVersion, QLatin1String(ApiVersion)));
    }
    const QString kind = reader.text(root, "kind", true);
    if (!kind.isEmpty() && kind != QLatin1String(Kind))
        reader.error(root["kind"], tr("kind '%1' is not a composition; expected %2").arg(kind, QLatin1String(Kind)));
    checkKeys(reader, root, { "apiVersion", "kind", "metadata", "services", "resources", "connections", "layout" },
        tr("the composition"));

    Composition &composition = result.composition;
    if (const YAML::Node metadata = reader.mapping(root, "metadata", true); metadata.IsDefined()) {
        checkKeys(reader, metadata, { "name", "description" }, tr("metadata"));
        composition.name = reader.text(metadata, "name");
        composition.description = reader.text(metadata, "description");
    }

    QSet<QString> ids;
    const auto claimId = [&](const YAML::Node &entry, const QString &id) {
        if (id.isEmpty())
            return false;
        if (const QString problem = idProblem(id); !problem.isEmpty()) {
            reader.error(entry["id"], problem);
            return false;
        }
        if (ids.contains(id)) {
            reader.error(
                entry["id"], tr("the id '%1' is used twice; every service and resource needs its own").arg(id));
            return false;
        }
        ids.insert(id);
        return true;
    };

    if (const YAML::Node services = reader.sequence(root, "services"); services.IsDefined()) {
        for (const YAML::Node &entry : services) {
            if (!entry.IsMap()) {
                reader.error(entry, tr("a service must be a mapping with id, template, version and parameters"));
                continue;
            }
            checkKeys(reader, entry, { "id", "template", "version", "parameters", "overrides" }, tr("a service"));
            ServiceNode service;
            service.id = reader.text(entry, "id", true);
            service.templateName = reader.text(entry, "template", true);
            service.templateVersion = reader.text(entry, "version", true);
            service.parameters = parameters(reader, entry);
            service.overrides = overrides(reader, entry);
            if (claimId(entry, service.id))
                composition.services.append(service);
        }
    }
    if (const YAML::Node resources = reader.sequence(root, "resources"); resources.IsDefined()) {
        for (const YAML::Node &entry : resources) {
            if (!entry.IsMap()) {
                reader.error(entry, tr("a resource must be a mapping with id, kind, template, version and parameters"));
                continue;
            }
            checkKeys(reader, entry, { "id", "kind", "template", "version", "parameters" }, tr("a resource"));
            ResourceNode resource;
            resource.id = reader.text(entry, "id", true);
            resource.kind = reader.text(entry, "kind", true);
            resource.templateName = reader.text(entry, "template", true);
            resource.templateVersion = reader.text(entry, "version", true);
            resource.parameters = parameters(reader, entry);
            if (claimId(entry, resource.id))
                composition.resources.append(resource);
        }
    }
    if (const YAML::Node connections = reader.sequence(root, "connections"); connections.IsDefined()) {
        for (const YAML::Node &entry : connections) {
            if (!entry.IsMap()) {
                reader.error(entry, tr("a connection must be a mapping with from, to and kind"));
                continue;
            }
            checkKeys(reader, entry, { "from", "to", "kind" }, tr("a connection"));
            Connection connection;
            connection.from = reader.text(entry, "from", true);
            connection.to = reader.text(entry, "to", true);
            const QString kindName = reader.text(entry, "kind", true);
            if (kindName == QLatin1String("calls"))
                connection.kind = Connection::Kind::Calls;
            else if (kindName == QLatin1String("uses"))
                connection.kind = Connection::Kind::Uses;
            else if (!kindName.isEmpty()) {
                reader.error(
                    entry["kind"], tr("connection kind '%1' is unknown; expected uses or calls").arg(kindName));
                continue;
            }
            if (connection.from.isEmpty() || connection.to.isEmpty() || kindName.isEmpty())
                continue;
            if (const QString problem = PortRules::structuralProblem(composition, connection); !problem.isEmpty()) {
                reader.error(entry, tr("connection %1 -> %2: %3").arg(connection.from, connection.to, problem));
                continue;
            }
            composition.connections.append(connection);
        }
    }
    if (const YAML::Node layout = reader.mapping(root, "layout"); layout.IsDefined()) {
        for (auto it = layout.begin(); it != layout.end(); ++it) {
            const QString id = toQString(it->first.Scalar());
            if (!ids.contains(id)) {
                reader.error(it->first, tr("the layout places '%1', which is not a service or resource").arg(id));
                continue;
            }
            const YAML::Node position = it->second;
            double x = 0;
            double y = 0;
            if (!position.IsMap() || !position["x"].IsScalar() || !position["y"].IsScalar()
                || !YAML::convert<double>::decode(position["x"], x) || !YAML::convert<double>::decode(position["y"], y)
                || !std::isfinite(x) || !std::isfinite(y)) {
                reader.error(position, tr("the position of '%1' must be {x: number, y: number}").arg(id));
                continue;
            }
            result.layout.positions.insert(id, QPointF(x, y));
        }
    }
    result.errors = reader.errors();
    return result;
}

Composition CompositionFile::sorted(Composition composition)
{
    std::ranges::sort(composition.services, {}, &ServiceNode::id);
    for (ServiceNode &service : composition.services)
        std::ranges::sort(service.overrides, {}, &Override::path);
    std::ranges::sort(composition.resources, {}, &ResourceNode::id);
    std::ranges::sort(composition.connections,
        [](const Connection &a, const Connection &b) { return std::tie(a.from, a.to) < std::tie(b.from, b.to); });
    return composition;
}

QByteArray CompositionFile::serialize(const Composition &unsorted, const CompositionLayout &layout)
{
    const Composition composition = sorted(unsorted);
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << ApiVersion;
    out << YAML::Key << "kind" << YAML::Value << Kind;
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value;
    emitYamlString(out, composition.name);
    if (!composition.description.isEmpty()) {
        out << YAML::Key << "description" << YAML::Value;
        emitYamlString(out, composition.description);
    }
    out << YAML::EndMap;

    out << YAML::Key << "services" << YAML::Value;
    if (composition.services.isEmpty())
        out << YAML::Flow;
    out << YAML::BeginSeq;
    for (const ServiceNode &service : composition.services) {
        out << YAML::BeginMap;
        out << YAML::Key << "id" << YAML::Value << toStd(service.id);
        out << YAML::Key << "template" << YAML::Value;
        emitYamlString(out, service.templateName);
        out << YAML::Key << "version" << YAML::Value << YAML::DoubleQuoted << toStd(service.templateVersion);
        if (!service.parameters.isEmpty()) {
            out << YAML::Key << "parameters" << YAML::Value;
            emitJsonAsYaml(out, service.parameters);
        }
        if (!service.overrides.isEmpty()) {
            // The render each edit was made on, then the edit: what a three-way merge needs.
            out << YAML::Key << "overrides" << YAML::Value << YAML::BeginSeq;
            for (const Override &edit : service.overrides) {
                out << YAML::BeginMap;
                out << YAML::Key << "path" << YAML::Value;
                emitYamlString(out, edit.path);
                out << YAML::Key << "base" << YAML::Value;
                emitFileText(out, edit.base);
                out << YAML::Key << "edited" << YAML::Value;
                emitFileText(out, edit.edited);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    out << YAML::Key << "resources" << YAML::Value;
    if (composition.resources.isEmpty())
        out << YAML::Flow;
    out << YAML::BeginSeq;
    for (const ResourceNode &resource : composition.resources) {
        out << YAML::BeginMap;
        out << YAML::Key << "id" << YAML::Value << toStd(resource.id);
        out << YAML::Key << "kind" << YAML::Value;
        emitYamlString(out, resource.kind);
        out << YAML::Key << "template" << YAML::Value;
        emitYamlString(out, resource.templateName);
        out << YAML::Key << "version" << YAML::Value << YAML::DoubleQuoted << toStd(resource.templateVersion);
        if (!resource.parameters.isEmpty()) {
            out << YAML::Key << "parameters" << YAML::Value;
            emitJsonAsYaml(out, resource.parameters);
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    // One connection per line, so that adding or removing one is a one-line diff.
    out << YAML::Key << "connections" << YAML::Value;
    if (composition.connections.isEmpty())
        out << YAML::Flow;
    out << YAML::BeginSeq;
    for (const Connection &connection : composition.connections) {
        out << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "from" << YAML::Value << toStd(connection.from);
        out << YAML::Key << "to" << YAML::Value << toStd(connection.to);
        out << YAML::Key << "kind" << YAML::Value << toStd(connectionKindName(connection.kind));
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    // Where the nodes sit, apart from what they are: moving a node changes only this block.
    QStringList placed = layout.positions.keys();
    placed.sort();
    if (!placed.isEmpty()) {
        out << YAML::Key << "layout" << YAML::Value << YAML::BeginMap;
        for (const QString &id : std::as_const(placed)) {
            const QPointF position = layout.positions.value(id);
            out << YAML::Key << toStd(id) << YAML::Value << YAML::Flow << YAML::BeginMap;
            out << YAML::Key << "x" << YAML::Value;
            emitYamlNumber(out, position.x());
            out << YAML::Key << "y" << YAML::Value;
            emitYamlNumber(out, position.y());
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;

    QByteArray bytes("# Tarmac composition: what the system is, then where its nodes sit on the canvas (layout).\n");
    bytes.append(out.c_str(), qsizetype(out.size()));
    bytes.append('\n');
    return bytes;
}

bool CompositionFile::save(
    const Composition &composition, const CompositionLayout &layout, const QString &path, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(serialize(composition, layout));
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString CompositionFile::idProblem(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (id.isEmpty())
        return tr("an id cannot be empty");
    if (!pattern.match(id).hasMatch())
        return tr("'%1' is not a valid id: use lower-case letters, digits and dashes, starting with a letter and not "
                  "ending with a dash (at most 63)")
            .arg(id);
    return {};
}

}
