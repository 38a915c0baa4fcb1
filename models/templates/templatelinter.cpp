// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/templatelinter.h"

#include "templates/manifestloader.h"
#include "templates/nunjucksengine.h"
#include "templates/parameterschema.h"
#include "templates/templaterenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace Tarmac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::TemplateLinter", text);
}

TemplateDiagnostic diagnostic(
    const QString &file, int line, int column, TemplateDiagnostic::Severity severity, const QString &message)
{
    return { file, line, column, severity, message };
}

// 1-based line and column of an offset.
std::pair<int, int> position(const QString &text, qsizetype offset)
{
    const int line = int(text.left(offset).count(QLatin1Char('\n'))) + 1;
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), offset - 1) + 1;
    return { line, int(offset - lineStart) + 1 };
}

// Blank out {% raw %}...{% endraw %} regions, keeping offsets.
QString withoutRawBlocks(QString text)
{
    static const QRegularExpression raw(QStringLiteral(R"(\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\})"),
        QRegularExpression::DotMatchesEverythingOption);
    QRegularExpressionMatchIterator it = raw.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i) {
            if (text.at(i) != QLatin1Char('\n'))
                text[i] = QLatin1Char(' ');
        }
    }
    return text;
}

bool isYaml(const QString &path)
{
    return path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml"));
}

void checkKubernetesObject(const QString &path, const YAML::Node &doc, TemplateDiagnostics &out)
{
    if (!doc.IsMap() || !doc["apiVersion"] || !doc["kind"])
        return;
    const std::string kind = doc["kind"].as<std::string>("");
    const std::string apiVersion = doc["apiVersion"].as<std::string>("");
    // Backstage entities and Score workloads are not Kubernetes objects.
    if (apiVersion.rfind("backstage.io/", 0) == 0 || apiVersion.rfind("score.dev/", 0) == 0
        || apiVersion.rfind("scaffolder.backstage.io/", 0) == 0)
        return;
    const int line = doc.Mark().line + 1;
    auto error = [&](const QString &message) {
        out.append(diagnostic(path, line, 1, TemplateDiagnostic::Severity::Error,
            QString::fromStdString(kind) + QStringLiteral(": ") + message));
    };
    const YAML::Node metadata = doc["metadata"];
    static const QRegularExpression dnsName(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,251}[a-z0-9])?$"));
    const QString name
        = metadata && metadata["name"] ? QString::fromStdString(metadata["name"].as<std::string>("")) : QString();
    if (name.isEmpty())
        error(tr("metadata.name is missing; the API server requires it"));
    else if (!dnsName.match(name).hasMatch())
        error(tr("metadata.name '%1' is not a DNS-1123 name (lower-case letters, digits, '-')").arg(name));
    const YAML::Node spec = doc["spec"];
    if (kind == "Deployment") {
        if (!spec || !spec["selector"] || !spec["template"])
            return error(tr("spec.selector and spec.template are required"));
        const YAML::Node labels = spec["template"]["metadata"]["labels"];
        const YAML::Node match = spec["selector"]["matchLabels"];
        if (!labels || !match)
            return error(tr("spec.selector.matchLabels and spec.template.metadata.labels are required"));
        for (auto it = match.begin(); it != match.end(); ++it) {
            const std::string key = it->first.as<std::string>();
            if (!labels[key] || labels[key].as<std::string>("") != it->second.as<std::string>(""))
                error(tr("the selector label '%1' is not on the pod template").arg(QString::fromStdString(key)));
        }
        const YAML::Node containers = spec["template"]["spec"]["containers"];
        if (!containers || !containers.IsSequence() || containers.size() == 0)
            return error(tr("spec.template.spec.containers must list at least one container"));
        for (const YAML::Node &c : containers) {
            if (!c["name"] || !c["image"])
                error(tr("every container needs a name and an image"));
            if (!c["livenessProbe"] || !c["readinessProbe"])
                error(tr("container without liveness and readiness probes"));
            if (!c["resources"] || !c["resources"]["requests"])
                error(tr("container without resource requests"));
        }
    } else if (kind == "Service") {
        if (!spec || !spec["ports"] || !spec["ports"].IsSequence() || spec["ports"].size() == 0)
            return error(tr("spec.ports must list at least one port"));
        for (const YAML::Node &p : spec["ports"]) {
            if (!p["port"])
                error(tr("every port needs a port number"));
        }
    } else if (kind == "NetworkPolicy") {
        if (!spec || !spec["podSelector"])
            error(tr("spec.podSelector is required"));
    } else if (kind == "HTTPRoute") {
        if (!spec || !spec["parentRefs"])
            error(tr("spec.parentRefs is required"));
    }
}

}

TemplateDiagnostics TemplateLinter::findSecrets(const QString &path, const QString &text)
{
    TemplateDiagnostics out;
    struct Rule {
        QRegularExpression pattern;
        const char *what;
    };
    static const QList<Rule> rules {
        { QRegularExpression(QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----")), "a private key" },
        { QRegularExpression(QStringLiteral(R"(\b(AKIA|ASIA)[0-9A-Z]{16}\b)")), "an AWS access key id" },
        { QRegularExpression(QStringLiteral(R"(\bgh[pousr]_[A-Za-z0-9]{30,}\b)")), "a GitHub token" },
        { QRegularExpression(QStringLiteral(R"(\bglpat-[A-Za-z0-9_-]{20,}\b)")), "a GitLab token" },
        { QRegularExpression(QStringLiteral(R"(\bxox[abpr]-[A-Za-z0-9-]{10,}\b)")), "a Slack token" },
        // password: hunter2 / PASSWORD="..." with a literal value (references and placeholders pass)
        { QRegularExpression(QStringLiteral(
              R"((?i)\b[a-z_]*(password|passwd|secret|api[_-]?key|access[_-]?key|token)[a-z_]*\s*[:=]\s*["']?(?![$<{(/]|\*\*\*|true\b|false\b|null\b|[A-Z_]+\b)([^\s"'#,}]{6,}))")),
            "a literal secret value" },
        { QRegularExpression(QStringLiteral(R"(://[^/\s:@]+:(?![$<{]|PASSWORD@)[^@\s/]{3,}@)")),
            "credentials in a URL" },
    };
    for (const Rule &rule : rules) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const auto [line, column] = position(text, m.capturedStart());
            out.append(diagnostic(path, line, column, TemplateDiagnostic::Severity::Error,
                tr("this looks like %1; generated files must hold references to secrets, never their values")
                    .arg(tr(rule.what))));
        }
    }
    return out;
}

TemplateDiagnostics TemplateLinter::checkGeneratedFile(const QString &path, const QByteArray &content, bool secrets)
{
    TemplateDiagnostics out;
    const QString text = QString::fromUtf8(content);
    if (content.contains('\0'))
        return out; // binary
    if (secrets)
        out += findSecrets(path, text);
    if (isYaml(path)) {
        try {
            const std::vector<YAML::Node> docs = YAML::LoadAll(content.toStdString());
            for (const YAML::Node &doc : docs)
                checkKubernetesObject(path, doc, out);
        } catch (const YAML::Exception &e) {
            out.append(diagnostic(path, e.mark.line + 1, e.mark.column + 1, TemplateDiagnostic::Severity::Error,
                tr("not valid YAML: %1").arg(QString::fromStdString(e.msg))));
        }
    }
    return out;
}

TemplateDiagnostics TemplateLinter::checkGeneratedFolder(const QString &folder)
{
    TemplateDiagnostics out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.contains(QLatin1String("/.git/")))
            continue;
        QFile f(file);
        if (f.size() > 4 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        out += checkGeneratedFile(file, f.readAll());
    }
    return out;
}

QJsonObject TemplateLinter::sampleParameters(const TemplateManifest &manifest)
{
    const ParameterSchema schema(manifest.parameterPages);
    QJsonObject values = schema.withDefaults({});
    for (const ParameterField &f : schema.fields(values)) {
        if (values.contains(f.name) || !f.required)
            continue;
        if (!f.enumValues.isEmpty())
            values.insert(f.name, f.enumValues.first());
        else if (f.type == QLatin1String("boolean"))
            values.insert(f.name, false);
        else if (f.type == QLatin1String("number") || f.type == QLatin1String("integer"))
            values.insert(f.name, f.minimum.value_or(1));
        else if (f.name.contains(QLatin1String("repo"), Qt::CaseInsensitive))
            values.insert(f.name, QStringLiteral("github.com?owner=example&repo=example"));
        else
            values.insert(f.name, QStringLiteral("example"));
    }
    return values;
}

TemplateDiagnostics TemplateLinter::lintTemplate(NunjucksEngine &engine, const QString &templatePath,
    const QList<TemplateManifest> &resourceTemplates, const QString &sharedRoot)
{
    ManifestLoader::Result loaded = ManifestLoader::load(templatePath);
    TemplateDiagnostics out = loaded.diagnostics;
    if (!loaded.manifest)
        return out;
    const TemplateManifest &manifest = *loaded.manifest;
    const QStringList knownFilters = engine.filterNames();
    static const QRegularExpression githubExpression(QStringLiteral(
        R"(\$\{\{\s*(github|secrets|env|vars|matrix|inputs|steps|needs|runner|job|strategy)\.[^}]*\}\})"));
    static const QRegularExpression filterUse(QStringLiteral(R"(\|\s*([A-Za-z_][A-Za-z0-9_]*))"));
    static const QRegularExpression tag(
        QStringLiteral(R"(\$\{\{.*?\}\}|\{%.*?%\})"), QRegularExpression::DotMatchesEverythingOption);

    for (const TemplateStep &step : manifest.steps) {
        if (step.action != QLatin1String("fetch:template"))
            continue;
        const QString url = step.input.value(QStringLiteral("url")).toString();
        const QString dir = QDir::cleanPath(manifest.directory + QLatin1Char('/') + url);
        if (url.contains(QLatin1String("${{")) || !QFileInfo(dir).isDir())
            continue; // the render below reports it
        const QJsonValue extensionValue = step.input.value(QStringLiteral("templateFileExtension"));
        const bool extension = extensionValue.toBool() || !extensionValue.toString().isEmpty();
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const bool templated = !extension
                || file.endsWith(extensionValue.isString() ? extensionValue.toString() : QStringLiteral(".njk"));
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            if (data.contains('\0'))
                continue;
            out += findSecrets(file, QString::fromUtf8(data));
            const QString text = withoutRawBlocks(QString::fromUtf8(data));
            if (!templated)
                continue;
            const QString shown = QDir(manifest.directory).relativeFilePath(file);
            QRegularExpressionMatchIterator gh = githubExpression.globalMatch(text);
            while (gh.hasNext()) {
                const QRegularExpressionMatch m = gh.next();
                const auto [line, column] = position(text, m.capturedStart());
                out.append(diagnostic(file, line, column, TemplateDiagnostic::Severity::Error,
                    tr("GitHub Actions expression '%1' would be rendered by nunjucks (to an empty string); wrap it in "
                       "{% raw %}...{% endraw %} or list %2 in copyWithoutTemplating")
                        .arg(m.captured(0), shown)));
            }
            QRegularExpressionMatchIterator tags = tag.globalMatch(text);
            while (tags.hasNext()) {
                const QRegularExpressionMatch t = tags.next();
                QRegularExpressionMatchIterator filters = filterUse.globalMatch(t.captured(0));
                while (filters.hasNext()) {
                    const QRegularExpressionMatch m = filters.next();
                    if (m.capturedStart() > 0 && t.captured(0).at(m.capturedStart() - 1) == QLatin1Char('|'))
                        continue; // `||`
                    if (knownFilters.contains(m.captured(1)))
                        continue;
                    const auto [line, column] = position(text, t.capturedStart() + m.capturedStart(1));
                    out.append(diagnostic(file, line, column, TemplateDiagnostic::Severity::Error,
                        tr("unknown filter '%1'; Backstage and nunjucks have no such filter").arg(m.captured(1))));
                }
            }
        }
    }

    // Render with sample values: paths, render errors, secrets and YAML of what comes out.
    TemplateRenderer renderer(engine);
    RenderRequest request;
    request.manifest = manifest;
    request.parameters = sampleParameters(manifest);
    request.resourceTemplates = resourceTemplates;
    request.sharedRoot = sharedRoot;
    for (const QString &kind : manifest.attachableResources) {
        for (const TemplateManifest &r : resourceTemplates) {
            if (r.resourceKind == kind)
                request.resources.append({ kind, kind });
        }
    }
    const RenderResult result = renderer.render(request);
    out += result.diagnostics;
    for (const RenderedFile &file : result.files) {
        if (file.skipped || file.directory)
            continue;
        for (TemplateDiagnostic d : checkGeneratedFile(file.path, file.content, false)) {
            d.message = tr("when rendered with sample values, %1: %2").arg(file.path, d.message);
            d.file = manifest.directory + QLatin1Char('/') + file.sourcePath;
            out.append(d);
        }
    }
    return out;
}

}
