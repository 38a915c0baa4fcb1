// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/manifestloader.h"

#include "core/yamljson.h"
#include "templates/parameterschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace Tarmac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::ManifestLoader", text);
}

struct Position {
    int line = 0;
    int column = 0;
};

// YAML to JSON with YAML 1.2 core-schema scalars, remembering where every value came from.
class Converter {
public:
    QHash<QString, Position> positions;
    TemplateDiagnostics *diagnostics = nullptr;
    QString file;
    int depth = 0;

    QJsonValue convert(const YAML::Node &node, const QString &path)
    {
        const YAML::Mark mark = node.Mark();
        positions.insert(path, { mark.line + 1, mark.column + 1 });
        if (++depth > 64) {
            --depth;
            diagnostics->append({ file, mark.line + 1, mark.column + 1, TemplateDiagnostic::Severity::Error,
                tr("the document nests deeper than 64 levels") });
            return {};
        }
        QJsonValue result;
        switch (node.Type()) {
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (auto it = node.begin(); it != node.end(); ++it) {
                const QString key = QString::fromStdString(it->first.Scalar());
                const QString childPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
                if (object.contains(key)) {
                    const YAML::Mark keyMark = it->first.Mark();
                    diagnostics->append(
                        { file, keyMark.line + 1, keyMark.column + 1, TemplateDiagnostic::Severity::Error,
                            tr("duplicate key '%1'; expected each key once in a mapping").arg(key) });
                }
                object.insert(key, convert(it->second, childPath));
                // JSON objects sort their keys; a form keeps the manifest's field order.
                if (key == QLatin1String("properties") && it->second.IsMap()) {
                    QJsonArray order;
                    for (auto p = it->second.begin(); p != it->second.end(); ++p)
                        order.append(QString::fromStdString(p->first.Scalar()));
                    object.insert(QStringLiteral("x-tarmac-order"), order);
                }
            }
            result = object;
            break;
        }
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (std::size_t i = 0; i < node.size(); ++i)
                array.append(convert(node[i], path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']')));
            result = array;
            break;
        }
        case YAML::NodeType::Scalar:
            result = yamlScalarToJson(node);
            break;
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            result = QJsonValue(QJsonValue::Null);
            break;
        }
        --depth;
        return result;
    }
};

class Checker {
public:
    QString file;
    const QHash<QString, Position> *positions = nullptr;
    TemplateDiagnostics diagnostics;

    Position at(const QString &path) const
    {
        // The nearest ancestor that has a position (a missing key is reported at its parent).
        QString p = path;
        while (true) {
            const auto it = positions->constFind(p);
            if (it != positions->constEnd())
                return *it;
            const qsizetype cut = std::max(p.lastIndexOf(QLatin1Char('.')), p.lastIndexOf(QLatin1Char('[')));
            if (cut <= 0)
                return positions->value(QString(), { 1, 1 });
            p.truncate(cut);
        }
    }
    void error(const QString &path, const QString &message)
    {
        const Position p = at(path);
        diagnostics.append({ file, p.line, p.column, TemplateDiagnostic::Severity::Error, message });
    }
    void warning(const QString &path, const QString &message)
    {
        const Position p = at(path);
        diagnostics.append({ file, p.line, p.column, TemplateDiagnostic::Severity::Warning, message });
    }
    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("a boolean");
        case QJsonValue::Double:
            return QStringLiteral("a number");
        case QJsonValue::String:
            return QStringLiteral("a string");
        case QJsonValue::Array:
            return QStringLiteral("a list");
        case QJsonValue::Object:
            return QStringLiteral("a mapping");
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("nothing");
    }
    // A string at path; required ones must be present and non-empty.
    QString string(const QJsonObject &object, const QString &key, const QString &path, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                error(path, tr("'%1' is missing; expected a string").arg(key));
            return {};
        }
        if (!value.isString()) {
            error(path, tr("'%1' is %2; expected a string").arg(key, typeName(value)));
            return {};
        }
        if (required && value.toString().trimmed().isEmpty())
            error(path, tr("'%1' is empty; expected a non-empty string").arg(key));
        return value.toString();
    }
    QStringList stringList(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        QStringList result;
        if (value.isUndefined() || value.isNull())
            return result;
        if (!value.isArray()) {
            error(path, tr("'%1' is %2; expected a list of strings").arg(key, typeName(value)));
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                error(path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                    tr("entry %1 of '%2' is %3; expected a string").arg(i).arg(key, typeName(array.at(i))));
            else
                result.append(array.at(i).toString());
        }
        return result;
    }
};

void checkFetchTemplate(Checker &c, const TemplateStep &step, const QString &path)
{
    const QJsonObject input = step.input;
    c.string(input, QStringLiteral("url"), path + QStringLiteral(".input"), true);
    const QString inputPath = path + QStringLiteral(".input");
    if (input.contains(QStringLiteral("values")) && !input.value(QStringLiteral("values")).isObject())
        c.error(inputPath + QStringLiteral(".values"),
            tr("'values' is %1; expected a mapping of names to values")
                .arg(Checker::typeName(input.value(QStringLiteral("values")))));
    c.string(input, QStringLiteral("targetPath"), inputPath, false);
    for (const QString &key : { QStringLiteral("copyWithoutTemplating"), QStringLiteral("copyWithoutRender") }) {
        if (input.contains(key) && !input.value(key).isArray())
            c.error(inputPath + QLatin1Char('.') + key,
                tr("'%1' is %2; expected a list of glob patterns").arg(key, Checker::typeName(input.value(key))));
        else
            c.stringList(input, key, inputPath + QLatin1Char('.') + key);
    }
    if (input.contains(QStringLiteral("copyWithoutRender")) && input.contains(QStringLiteral("copyWithoutTemplating")))
        c.error(inputPath, tr("copyWithoutRender and copyWithoutTemplating cannot be used at the same time"));
    const QJsonValue extension = input.value(QStringLiteral("templateFileExtension"));
    if (!extension.isUndefined() && !extension.isBool() && !extension.isString())
        c.error(inputPath + QStringLiteral(".templateFileExtension"),
            tr("'templateFileExtension' is %1; expected true, false or an extension such as .njk")
                .arg(Checker::typeName(extension)));
    const bool hasExtension
        = (extension.isBool() && extension.toBool()) || (extension.isString() && !extension.toString().isEmpty());
    if (hasExtension
        && (input.contains(QStringLiteral("copyWithoutRender"))
            || input.contains(QStringLiteral("copyWithoutTemplating"))
            || input.value(QStringLiteral("cookiecutterCompat")).toBool()))
        c.error(inputPath + QStringLiteral(".templateFileExtension"),
            tr("templateFileExtension cannot be combined with copyWithoutRender, copyWithoutTemplating or "
               "cookiecutterCompat"));
    const QJsonValue compat = input.value(QStringLiteral("cookiecutterCompat"));
    if (!compat.isUndefined() && !compat.isBool())
        c.error(inputPath + QStringLiteral(".cookiecutterCompat"),
            tr("'cookiecutterCompat' is %1; expected true or false").arg(Checker::typeName(compat)));
}

}

ManifestLoader::Result ManifestLoader::load(const QString &path)
{
    QFileInfo info(path);
    const QString file = info.isDir() ? info.absoluteFilePath() + QStringLiteral("/template.yaml") : path;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        Result result;
        result.diagnostics.append({ file, 0, 0, TemplateDiagnostic::Severity::Error,
            info.exists() && !info.isDir() ? tr("cannot read the file: %1").arg(f.errorString())
                                           : tr("no template here: expected a template folder holding template.yaml, "
                                                "or the path of a template.yaml") });
        return result;
    }
    return loadFromData(f.readAll(), file);
}

ManifestLoader::Result ManifestLoader::loadFromData(const QByteArray &data, const QString &fileName)
{
    Result result;
    Converter converter;
    converter.diagnostics = &result.diagnostics;
    converter.file = fileName;
    QJsonValue document;
    try {
        const YAML::Node root = YAML::Load(data.toStdString());
        document = converter.convert(root, QString());
    } catch (const YAML::Exception &e) {
        result.diagnostics.append({ fileName, e.mark.line + 1, e.mark.column + 1, TemplateDiagnostic::Severity::Error,
            tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)) });
        return result;
    }
    if (hasErrors(result.diagnostics))
        return result;

    Checker c;
    c.file = fileName;
    c.positions = &converter.positions;
    if (!document.isObject()) {
        c.error(QString(),
            tr("the document is %1; expected a Backstage Template (a mapping with apiVersion, kind, "
               "metadata and spec)")
                .arg(Checker::typeName(document)));
        result.diagnostics = c.diagnostics;
        return result;
    }
    const QJsonObject root = document.toObject();
    TemplateManifest m;
    m.manifestPath = fileName;
    m.directory = QFileInfo(fileName).absolutePath();

    const QString apiVersion = c.string(root, QStringLiteral("apiVersion"), QString(), true);
    if (!apiVersion.isEmpty() && apiVersion != QLatin1String("scaffolder.backstage.io/v1beta3"))
        c.error(QStringLiteral("apiVersion"),
            tr("apiVersion is '%1'; expected scaffolder.backstage.io/v1beta3").arg(apiVersion));
    const QString kind = c.string(root, QStringLiteral("kind"), QString(), true);
    if (!kind.isEmpty() && kind != QLatin1String("Template"))
        c.error(QStringLiteral("kind"), tr("kind is '%1'; expected Template").arg(kind));

    const QJsonValue metadataValue = root.value(QStringLiteral("metadata"));
    if (!metadataValue.isObject())
        c.error(QStringLiteral("metadata"),
            tr("'metadata' is %1; expected a mapping with at least a name").arg(Checker::typeName(metadataValue)));
    const QJsonObject metadata = metadataValue.toObject();
    m.name = c.string(metadata, QStringLiteral("name"), QStringLiteral("metadata"), metadataValue.isObject());
    static const QRegularExpression namePattern(QStringLiteral("^[a-zA-Z0-9]([-_.a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$"));
    if (!m.name.isEmpty() && !namePattern.match(m.name).hasMatch())
        c.error(QStringLiteral("metadata.name"),
            tr("name '%1' is not a valid entity name; expected 1-63 letters, digits, '-', '_' or '.', starting and "
               "ending with a letter or digit")
                .arg(m.name));
    m.title = c.string(metadata, QStringLiteral("title"), QStringLiteral("metadata"), false);
    if (m.title.isEmpty())
        m.title = m.name;
    m.description = c.string(metadata, QStringLiteral("description"), QStringLiteral("metadata"), false);
    m.tags = c.stringList(metadata, QStringLiteral("tags"), QStringLiteral("metadata.tags"));

    const QJsonValue tarmacValue = metadata.value(QStringLiteral("tarmac"));
    if (!tarmacValue.isUndefined() && !tarmacValue.isObject())
        c.error(QStringLiteral("metadata.tarmac"),
            tr("'tarmac' is %1; expected a mapping").arg(Checker::typeName(tarmacValue)));
    const QJsonObject tarmac = tarmacValue.toObject();
    const QString tarmacPath = QStringLiteral("metadata.tarmac");
    const QString version = c.string(tarmac, QStringLiteral("version"), tarmacPath, false);
    static const QRegularExpression semver(
        QStringLiteral(R"(^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$)"));
    if (tarmac.value(QStringLiteral("version")).isDouble())
        c.error(tarmacPath + QStringLiteral(".version"),
            tr("version is a number; expected a semantic version in quotes such as \"1.2.0\""));
    else if (!version.isEmpty() && !semver.match(version).hasMatch())
        c.error(tarmacPath + QStringLiteral(".version"),
            tr("version '%1' is not a semantic version; expected MAJOR.MINOR.PATCH such as 1.2.0").arg(version));
    else if (!version.isEmpty())
        m.version = version;
    m.lifecycle = c.string(tarmac, QStringLiteral("lifecycle"), tarmacPath, false);
    const QString tarmacKind = c.string(tarmac, QStringLiteral("kind"), tarmacPath, false);
    if (tarmacKind == QLatin1String("resource"))
        m.kind = TemplateManifest::Kind::Resource;
    else if (!tarmacKind.isEmpty() && tarmacKind != QLatin1String("service"))
        c.error(tarmacPath + QStringLiteral(".kind"),
            tr("kind '%1' is unknown; expected service or resource").arg(tarmacKind));
    m.resourceKind
        = c.string(tarmac, QStringLiteral("resourceKind"), tarmacPath, m.kind == TemplateManifest::Kind::Resource);
    m.attachableResources
        = c.stringList(tarmac, QStringLiteral("resources"), tarmacPath + QStringLiteral(".resources"));
    m.runCommand = c.string(tarmac, QStringLiteral("run"), tarmacPath, false);
    const QJsonValue contributes = tarmac.value(QStringLiteral("contributes"));
    if (!contributes.isUndefined() && !contributes.isObject())
        c.error(tarmacPath + QStringLiteral(".contributes"),
            tr("'contributes' is %1; expected a mapping (env, egress, score, compose)")
                .arg(Checker::typeName(contributes)));
    m.contributes = contributes.toObject();

    const QJsonValue specValue = root.value(QStringLiteral("spec"));
    if (!specValue.isObject())
        c.error(QStringLiteral("spec"),
            tr("'spec' is %1; expected a mapping with type, parameters and steps").arg(Checker::typeName(specValue)));
    const QJsonObject spec = specValue.toObject();
    if (specValue.isObject()) {
        m.type = c.string(spec, QStringLiteral("type"), QStringLiteral("spec"), true);
        m.owner = c.string(spec, QStringLiteral("owner"), QStringLiteral("spec"), false);
    }

    // Parameters: one page (a mapping) or a list of pages.
    const QJsonValue parameters = spec.value(QStringLiteral("parameters"));
    if (parameters.isObject()) {
        m.parameterPages.append(parameters);
    } else if (parameters.isArray()) {
        m.parameterPages = parameters.toArray();
    } else if (!parameters.isUndefined() && !parameters.isNull()) {
        c.error(QStringLiteral("spec.parameters"),
            tr("'parameters' is %1; expected a list of pages, each a JSON-Schema object")
                .arg(Checker::typeName(parameters)));
    }
    const QString parametersPath = parameters.isObject() ? QStringLiteral("spec.parameters") : QString();
    for (qsizetype i = 0; i < m.parameterPages.size(); ++i) {
        const QString pagePath = parametersPath.isEmpty()
            ? QStringLiteral("spec.parameters[") + QString::number(i) + QLatin1Char(']')
            : parametersPath;
        const QJsonValue page = m.parameterPages.at(i);
        if (!page.isObject()) {
            c.error(pagePath,
                tr("parameter page %1 is %2; expected a mapping with properties")
                    .arg(i + 1)
                    .arg(Checker::typeName(page)));
            continue;
        }
        for (const ParameterSchema::Problem &problem : ParameterSchema::checkPage(page.toObject()))
            c.error(pagePath + problem.path, problem.message);
    }

    const QJsonValue stepsValue = spec.value(QStringLiteral("steps"));
    if (specValue.isObject() && !stepsValue.isArray())
        c.error(QStringLiteral("spec.steps"),
            tr("'steps' is %1; expected a list of steps, each with an action").arg(Checker::typeName(stepsValue)));
    const QJsonArray steps = stepsValue.toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString path = QStringLiteral("spec.steps[") + QString::number(i) + QLatin1Char(']');
        if (!steps.at(i).isObject()) {
            c.error(path,
                tr("step %1 is %2; expected a mapping with id, action and input")
                    .arg(i + 1)
                    .arg(Checker::typeName(steps.at(i))));
            continue;
        }
        const QJsonObject object = steps.at(i).toObject();
        TemplateStep step;
        step.id = c.string(object, QStringLiteral("id"), path, false);
        step.name = c.string(object, QStringLiteral("name"), path, false);
        step.action = c.string(object, QStringLiteral("action"), path, true);
        const Position p = c.at(path);
        step.line = p.line;
        step.column = p.column;
        if (!step.id.isEmpty() && ids.contains(step.id))
            c.error(
                path + QStringLiteral(".id"), tr("step id '%1' is used twice; expected unique step ids").arg(step.id));
        ids.insert(step.id);
        const QJsonValue input = object.value(QStringLiteral("input"));
        if (!input.isUndefined() && !input.isNull() && !input.isObject())
            c.error(
                path + QStringLiteral(".input"), tr("'input' is %1; expected a mapping").arg(Checker::typeName(input)));
        step.input = input.toObject();
        step.condition = object.value(QStringLiteral("if"));
        step.each = object.value(QStringLiteral("each"));
        if (!step.each.isUndefined() && !step.each.isString() && !step.each.isArray() && !step.each.isObject())
            c.error(path + QStringLiteral(".each"),
                tr("'each' is %1; expected a list, a mapping or an expression giving one")
                    .arg(Checker::typeName(step.each)));
        if (step.action == QLatin1String("fetch:template"))
            checkFetchTemplate(c, step, path);
        else if (step.action == QLatin1String("fetch:plain") || step.action == QLatin1String("fetch:plain:file"))
            c.string(step.input, QStringLiteral("url"), path + QStringLiteral(".input"), true);
        m.steps.append(step);
    }

    result.diagnostics += c.diagnostics;
    if (!hasErrors(result.diagnostics))
        result.manifest = m;
    return result;
}

}
