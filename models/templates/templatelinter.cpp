// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/templatelinter.h"

#include "config/configchecker.h"
#include "config/textposition.h"
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
    const TextPosition positions(text);
    for (const Rule &rule : rules) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const auto [line, column] = positions.fromOffset(m.capturedStart());
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
    out += ConfigChecker::check(path, text);
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
            const TextPosition positions(text);
            QRegularExpressionMatchIterator gh = githubExpression.globalMatch(text);
            while (gh.hasNext()) {
                const QRegularExpressionMatch m = gh.next();
                const auto [line, column] = positions.fromOffset(m.capturedStart());
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
                    const auto [line, column] = positions.fromOffset(t.capturedStart() + m.capturedStart(1));
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
