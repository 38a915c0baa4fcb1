// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/servicerecord.h"

#include "templates/templaterenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace Tarmac {

namespace {

// YAML 1.2 core schema: what a plain (unquoted) scalar means.
QJsonValue plainScalar(const QString &text)
{
    static const QRegularExpression nullPattern(QStringLiteral("^(|~|null|Null|NULL)$"));
    static const QRegularExpression truePattern(QStringLiteral("^(true|True|TRUE)$"));
    static const QRegularExpression falsePattern(QStringLiteral("^(false|False|FALSE)$"));
    static const QRegularExpression intPattern(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression otherNumber(
        QStringLiteral("^([-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\\.(inf|"
                       "Inf|INF)|\\.(nan|NaN|NAN))$"));
    if (nullPattern.match(text).hasMatch())
        return QJsonValue(QJsonValue::Null);
    if (truePattern.match(text).hasMatch())
        return true;
    if (falsePattern.match(text).hasMatch())
        return false;
    if (intPattern.match(text).hasMatch() || otherNumber.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QJsonValue jsonFromYaml(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it)
            object.insert(QString::fromStdString(it->first.Scalar()), jsonFromYaml(it->second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(jsonFromYaml(item));
        return array;
    }
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        // A quoted scalar is always a string.
        return node.Tag() == "!" ? QJsonValue(text) : plainScalar(text);
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

void emitString(YAML::Emitter &out, const QString &text)
{
    // YAML 1.1 readers (still common: PyYAML, older compose and Kubernetes tools) take these as
    // booleans.
    static const QRegularExpression yaml11Bool(QStringLiteral("^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$"));
    if (!plainScalar(text).isString() || yaml11Bool.match(text).hasMatch() || text.contains(QLatin1Char('\n')))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
}

void emitJson(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        out << YAML::BeginMap;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            out << YAML::Key;
            emitString(out, it.key());
            out << YAML::Value;
            emitJson(out, it.value());
        }
        out << YAML::EndMap;
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (const QJsonValue &item : array)
            emitJson(out, item);
        out << YAML::EndSeq;
        return;
    }
    case QJsonValue::String:
        emitString(out, value.toString());
        return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const bool integral = d == double(qint64(d)) && std::abs(d) < 1e15;
        out << (integral ? QString::number(qint64(d)) : QString::number(d, 'g', QLocale::FloatingPointShortest))
                   .toStdString();
        return;
    }
    case QJsonValue::Bool:
        out << value.toBool();
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        return;
    }
}

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

}

QByteArray yamlFromJson(const QJsonValue &value)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetNullFormat(YAML::LowerNull);
    out.SetBoolFormat(YAML::TrueFalseBool);
    emitJson(out, value);
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

std::optional<TemplateCatalog::Entry> findTemplate(
    const QList<TemplateCatalog::Entry> &catalog, const QString &name, const QString &version)
{
    // Later sources (user folders) win over earlier ones, as in TemplateCatalog::find.
    for (auto it = catalog.crbegin(); it != catalog.crend(); ++it) {
        if (it->manifest.name == name && (version.isEmpty() || it->manifest.version == version))
            return *it;
    }
    return std::nullopt;
}

QByteArray ServiceRecord::serialize() const
{
    QJsonArray resourceList;
    for (const RecordedResource &r : resources) {
        resourceList.append(QJsonObject { { QStringLiteral("name"), r.name }, { QStringLiteral("kind"), r.kind },
            { QStringLiteral("template"), r.templateName }, { QStringLiteral("version"), r.templateVersion } });
    }
    QStringList sortedOverrides = overrides;
    sortedOverrides.sort();
    sortedOverrides.removeDuplicates();
    const QJsonObject document { { QStringLiteral("apiVersion"), str(ApiVersion) },
        { QStringLiteral("kind"), str(Kind) }, { QStringLiteral("id"), id },
        { QStringLiteral("template"),
            QJsonObject { { QStringLiteral("name"), templateName }, { QStringLiteral("version"), templateVersion } } },
        { QStringLiteral("parameters"), parameters }, { QStringLiteral("resources"), resourceList },
        { QStringLiteral("overrides"), QJsonArray::fromStringList(sortedOverrides) } };
    return QByteArrayLiteral("# Written by Tarmac when it generated this service: what it was rendered from, and the\n"
                             "# files whose hand edits are kept as overrides (their base render is under "
                             ".tarmac/overrides/).\n"
                             "# `tarmacctl drift` renders it again from this record to find drift.\n")
        + yamlFromJson(document);
}

std::optional<ServiceRecord> ServiceRecord::parse(const QByteArray &bytes, const QString &fileName, QString *error)
{
    QJsonObject document;
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (!root.IsMap()) {
            *error = tr("%1: expected a service record (a YAML mapping)").arg(fileName);
            return std::nullopt;
        }
        document = jsonFromYaml(root).toObject();
    } catch (const YAML::Exception &e) {
        *error = QStringLiteral("%1:%2:%3: %4")
                     .arg(fileName)
                     .arg(e.mark.line + 1)
                     .arg(e.mark.column + 1)
                     .arg(tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)));
        return std::nullopt;
    }
    if (document.value(QStringLiteral("kind")).toString() != str(Kind)
        || document.value(QStringLiteral("apiVersion")).toString() != str(ApiVersion)) {
        *error = tr("%1: expected apiVersion %2 and kind %3").arg(fileName, str(ApiVersion), str(Kind));
        return std::nullopt;
    }
    ServiceRecord record;
    record.id = document.value(QStringLiteral("id")).toString();
    const QJsonObject templ = document.value(QStringLiteral("template")).toObject();
    record.templateName = templ.value(QStringLiteral("name")).toString();
    record.templateVersion = templ.value(QStringLiteral("version")).toString();
    if (record.id.isEmpty() || record.templateName.isEmpty() || record.templateVersion.isEmpty()) {
        *error = tr("%1: id, template.name and template.version are required").arg(fileName);
        return std::nullopt;
    }
    record.parameters = document.value(QStringLiteral("parameters")).toObject();
    for (const QJsonValue &v : document.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject o = v.toObject();
        record.resources.append(
            { o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("kind")).toString(),
                o.value(QStringLiteral("template")).toString(), o.value(QStringLiteral("version")).toString() });
    }
    for (const QJsonValue &v : document.value(QStringLiteral("overrides")).toArray())
        record.overrides.append(v.toString());
    return record;
}

std::optional<ServiceRecord> ServiceRecord::load(const QString &serviceDirectory, QString *error)
{
    const QString path = serviceDirectory + QLatin1Char('/') + str(FileName);
    QFile file(path);
    if (!file.exists()) {
        *error
            = tr("%1: no service record; the folder was not generated by Tarmac, or its record was removed").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), path, error);
}

std::optional<RenderRequest> ServiceRecord::request(const QList<TemplateCatalog::Entry> &catalog, QString *error) const
{
    auto missing = [&](const QString &name, const QString &version) {
        const std::optional<TemplateCatalog::Entry> any = findTemplate(catalog, name);
        return any ? tr("template %1 version %2 is not available (the catalog has version %3)")
                         .arg(name, version, any->manifest.version)
                   : tr("no template named '%1'").arg(name);
    };
    const std::optional<TemplateCatalog::Entry> entry = findTemplate(catalog, templateName, templateVersion);
    if (!entry) {
        *error = tr("service '%1': %2").arg(id, missing(templateName, templateVersion));
        return std::nullopt;
    }
    RenderRequest request;
    request.manifest = entry->manifest;
    request.parameters = parameters;
    request.sharedRoot = entry->sharedRoot;
    for (const RecordedResource &r : resources) {
        const std::optional<TemplateCatalog::Entry> resource = findTemplate(catalog, r.templateName, r.templateVersion);
        if (!resource || resource->manifest.kind != TemplateManifest::Kind::Resource) {
            *error = tr("service '%1', resource '%2': %3")
                         .arg(id, r.name,
                             resource ? tr("template %1 is not a resource template").arg(r.templateName)
                                      : missing(r.templateName, r.templateVersion));
            return std::nullopt;
        }
        request.resources.append({ r.kind, r.name });
        // The renderer looks resource templates up by kind: the first one of a kind serves them all.
        const bool known = std::any_of(request.resourceTemplates.cbegin(), request.resourceTemplates.cend(),
            [&](const TemplateManifest &m) { return m.resourceKind == r.kind; });
        if (!known)
            request.resourceTemplates.append(resource->manifest);
    }
    return request;
}

RenderResult ServiceRecord::render(const QList<TemplateCatalog::Entry> &catalog, NunjucksEngine &engine) const
{
    QString error;
    const std::optional<RenderRequest> renderRequest = request(catalog, &error);
    if (!renderRequest) {
        RenderResult failed;
        failed.diagnostics.append(
            { QStringLiteral("services/") + id, 0, 0, TemplateDiagnostic::Severity::Error, error });
        return failed;
    }
    TemplateRenderer renderer(engine);
    RenderResult result = renderer.render(*renderRequest);
    for (TemplateDiagnostic &d : result.diagnostics)
        d.message = tr("service '%1': %2").arg(id, d.message);
    return result;
}

}
