// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/templaterenderer.h"

#include "core/logging.h"
#include "templates/nunjucksengine.h"
#include "templates/parameterschema.h"
#include "templates/pathguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Tarmac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::TemplateRenderer", text);
}

// JavaScript truthiness, for a step's `if`.
bool truthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0 && !std::isnan(value.toDouble());
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

// globby/micromatch patterns (with dot: true) as a regular expression over a path without its
// trailing '/'.
QRegularExpression globToRegex(const QString &glob)
{
    QString rx = QStringLiteral("^");
    QString pattern = glob;
    if (pattern.startsWith(QLatin1String("./")))
        pattern = pattern.mid(2);
    int braces = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('*')) {
                const bool slashAfter = i + 2 < pattern.size() && pattern.at(i + 2) == QLatin1Char('/');
                if (slashAfter) {
                    rx += QStringLiteral("(?:.*/)?");
                    i += 2;
                } else {
                    if (rx.endsWith(QLatin1Char('/'))) {
                        rx.chop(1);
                        rx += QStringLiteral("(?:/.*)?");
                    } else {
                        rx += QStringLiteral(".*");
                    }
                    ++i;
                }
            } else {
                rx += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            rx += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('{')) {
            rx += QStringLiteral("(?:");
            ++braces;
        } else if (c == QLatin1Char('}') && braces > 0) {
            rx += QLatin1Char(')');
            --braces;
        } else if (c == QLatin1Char(',') && braces > 0) {
            rx += QLatin1Char('|');
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = pattern.indexOf(QLatin1Char(']'), i + 1);
            if (end < 0) {
                rx += QStringLiteral("\\[");
            } else {
                QString set = pattern.mid(i + 1, end - i - 1);
                if (set.startsWith(QLatin1Char('!')))
                    set[0] = QLatin1Char('^');
                rx += QLatin1Char('[') + set.replace(QLatin1Char('\\'), QStringLiteral("\\\\")) + QLatin1Char(']');
                i = end;
            }
        } else if (c == QLatin1Char('/')) {
            rx += c;
        } else {
            rx += QRegularExpression::escape(QString(c));
        }
    }
    while (braces-- > 0)
        rx += QLatin1Char(')');
    if (rx.endsWith(QLatin1Char('/')))
        rx.chop(1);
    return QRegularExpression(rx + QLatin1Char('$'));
}

// node's path.extname of the last path segment.
QString extname(const QString &path)
{
    const QString base = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
    return dot <= 0 ? QString() : base.mid(dot);
}

// isbinaryfile's first test: a NUL byte, or too many control bytes, in the first 512 bytes.
bool looksBinary(const QByteArray &data)
{
    const qsizetype n = qMin<qsizetype>(data.size(), 512);
    int suspicious = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c == 0)
            return true;
        if ((c < 7 || (c > 14 && c < 32)) && c != 27)
            ++suspicious;
    }
    return n > 32 && suspicious * 10 > n;
}

struct SkeletonEntry {
    QString location; // relative, folders end with '/'
    QByteArray content;
    bool executable = false;
    bool symlink = false;
};

// globby('**/*', { dot: true, onlyFiles: false, markDirectories: true }) in a stable order, with
// the files' contents. Built-in templates (":/") never change, so their listing is kept per thread.
QList<SkeletonEntry> readSkeleton(const QString &sourceDir)
{
    thread_local QHash<QString, QList<SkeletonEntry>> builtIn;
    const bool immutable = sourceDir.startsWith(QLatin1String(":/"));
    if (immutable) {
        const auto it = builtIn.constFind(sourceDir);
        if (it != builtIn.constEnd())
            return *it;
    }
    QList<SkeletonEntry> entries;
    QDirIterator it(
        sourceDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    const QDir base(sourceDir);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        SkeletonEntry entry;
        entry.location = base.relativeFilePath(info.filePath());
        entry.symlink = info.isSymLink();
        if (info.isDir() && !info.isSymLink()) {
            entry.location += QLatin1Char('/');
        } else {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly))
                entry.content = file.readAll();
            else
                entry.content = QByteArray(); // reported by the caller as unreadable below
            entry.executable = info.permissions() & QFileDevice::ExeOwner;
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
        [](const SkeletonEntry &a, const SkeletonEntry &b) { return a.location < b.location; });
    if (immutable)
        builtIn.insert(sourceDir, entries);
    return entries;
}

QString stepLabel(const TemplateStep &step)
{
    return step.id.isEmpty() ? step.action : step.id;
}

}

struct TemplateRenderer::State {
    QJsonObject context; // what step inputs see: parameters, steps, user, tarmac
    RenderResult result;
    QHash<QString, qsizetype> written; // output path -> index in result.files
    QString currentFile;
    int currentLine = 0;
    int currentColumn = 0;
    NunjucksEngine::Mode mode = NunjucksEngine::Mode::Backstage;
    bool failed = false;

    void error(const QString &file, int line, int column, const QString &message)
    {
        result.diagnostics.append({ file, line, column, TemplateDiagnostic::Severity::Error, message });
        failed = true;
    }
};

TemplateRenderer::TemplateRenderer(NunjucksEngine &engine)
    : m_engine(engine)
{
}

// NunjucksWorkflowRunner.render: every string leaf is rendered; one `${{ expr }}` alone keeps its
// JSON type through `| dump`; an empty result becomes undefined (the key disappears).
QJsonValue TemplateRenderer::renderValue(const QJsonValue &value, State &state)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
            const QJsonValue v = renderValue(it.value(), state);
            if (!v.isUndefined())
                out.insert(it.key(), v);
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray()) {
            const QJsonValue rendered = renderValue(v, state);
            // JSON.parse's reviver deletes array entries that become undefined, leaving holes that
            // JSON.stringify writes as null.
            out.append(rendered.isUndefined() ? QJsonValue(QJsonValue::Null) : rendered);
        }
        return out;
    }
    if (!value.isString())
        return value;
    const QString text = value.toString();
    if (!text.contains(QLatin1String("${{")) && !text.contains(QLatin1String("{%")))
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : value;
    if (m_engine.isSingleExpression(text)) {
        const NunjucksEngine::Result dumped = m_engine.renderDumped(text);
        if (dumped.ok) {
            if (dumped.text.isEmpty())
                return QJsonValue(QJsonValue::Undefined);
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(
                QByteArrayLiteral("[") + dumped.text.toUtf8() + QByteArrayLiteral("]"), &error);
            if (error.error == QJsonParseError::NoError)
                return document.array().at(0);
        }
    }
    const NunjucksEngine::Result rendered = m_engine.render(text);
    if (!rendered.ok) {
        state.error(state.currentFile, state.currentLine, state.currentColumn,
            tr("cannot render '%1': %2").arg(text, rendered.text));
        return QJsonValue(QJsonValue::Undefined);
    }
    return rendered.text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(rendered.text);
}

RenderResult TemplateRenderer::render(
    const TemplateManifest &manifest, const QJsonObject &parameters, const QList<ResourceAttachment> &resources)
{
    QElapsedTimer timer;
    timer.start();
    State state;
    if (!m_engine.loadError().isEmpty()) {
        state.error(manifest.manifestPath, 0, 0, tr("the template engine did not load: %1").arg(m_engine.loadError()));
        return state.result;
    }
    const ParameterSchema schema(manifest.parameterPages);
    const QJsonObject values = schema.withDefaults(parameters);
    const QHash<QString, QString> problems = schema.validate(values);
    for (auto it = problems.constBegin(); it != problems.constEnd(); ++it)
        state.error(manifest.manifestPath, 0, 0, tr("parameter '%1': %2").arg(it.key(), it.value()));
    if (state.failed)
        return state.result;
    qCDebug(lcTemplates) << "rendering" << manifest.name << "with"
                         << QJsonDocument(schema.redacted(values)).toJson(QJsonDocument::Compact);

    // Resources contribute fragments the service's files loop over (tarmac.resources).
    QJsonArray resourceFragments;
    QList<std::pair<TemplateManifest, QJsonObject>> resourceRenders;
    QSet<QString> resourceNames;
    for (const ResourceAttachment &attachment : resources) {
        if (!manifest.attachableResources.contains(attachment.kind)) {
            state.error(manifest.manifestPath, 0, 0,
                tr("resource kind '%1' cannot attach to %2; expected one of: %3")
                    .arg(attachment.kind, manifest.name,
                        manifest.attachableResources.isEmpty()
                            ? tr("(none)")
                            : manifest.attachableResources.join(QStringLiteral(", "))));
            continue;
        }
        const std::optional<TemplateManifest> resource = m_lookup ? m_lookup(attachment.kind) : std::nullopt;
        if (!resource) {
            state.error(manifest.manifestPath, 0, 0, tr("no template for resource kind '%1'").arg(attachment.kind));
            continue;
        }
        const QString name = attachment.name.isEmpty() ? attachment.kind : attachment.name;
        static const QRegularExpression namePattern(QStringLiteral("^[a-z]([-a-z0-9]{0,40}[a-z0-9])?$"));
        if (!namePattern.match(name).hasMatch()) {
            state.error(manifest.manifestPath, 0, 0,
                tr("resource name '%1' is not valid; expected lower-case letters, digits and '-'").arg(name));
            continue;
        }
        if (resourceNames.contains(name)) {
            state.error(manifest.manifestPath, 0, 0, tr("resource name '%1' is used twice").arg(name));
            continue;
        }
        resourceNames.insert(name);
        const QJsonObject resourceValues = TemplateRenderer::resourceValues(
            *resource, attachment.parameters, name, attachment.kind, values.value(QStringLiteral("name")).toString());
        const ParameterSchema resourceSchema(resource->parameterPages);
        const QHash<QString, QString> resourceProblems = resourceSchema.validate(resourceValues);
        for (auto it = resourceProblems.constBegin(); it != resourceProblems.constEnd(); ++it)
            state.error(
                resource->manifestPath, 0, 0, tr("resource '%1': parameter '%2': %3").arg(name, it.key(), it.value()));
        m_engine.setContext(
            { { QStringLiteral("parameters"), resourceValues }, { QStringLiteral("values"), resourceValues } });
        state.currentFile = resource->manifestPath;
        QJsonObject fragment = renderValue(resource->contributes, state).toObject();
        fragment.insert(QStringLiteral("name"), name);
        fragment.insert(QStringLiteral("kind"), attachment.kind);
        resourceFragments.append(fragment);
        resourceRenders.append({ *resource, resourceValues });
    }
    if (state.failed)
        return state.result;

    const QJsonObject tarmac { { QStringLiteral("resources"), resourceFragments },
        { QStringLiteral("template"),
            QJsonObject {
                { QStringLiteral("name"), manifest.name }, { QStringLiteral("version"), manifest.version } } } };
    const QJsonObject user = userContext(m_user.isEmpty() ? defaultUser() : m_user);
    state.context = QJsonObject { { QStringLiteral("parameters"), values }, { QStringLiteral("steps"), QJsonObject() },
        { QStringLiteral("user"), user }, { QStringLiteral("tarmac"), tarmac } };
    for (const TemplateStep &step : manifest.steps) {
        if (!runStep(manifest, step, state))
            break;
    }
    // The resources' own files, rendered with their name and the service's name.
    for (const auto &[resource, resourceValues] : std::as_const(resourceRenders)) {
        if (state.failed)
            break;
        state.context = QJsonObject { { QStringLiteral("parameters"), resourceValues },
            { QStringLiteral("steps"), QJsonObject() }, { QStringLiteral("user"), user },
            { QStringLiteral("tarmac"), tarmac } };
        for (const TemplateStep &step : resource.steps) {
            if (!runStep(resource, step, state))
                break;
        }
    }

    // Secrets: never in a diagnostic; a warning (without the value) when one reaches a file.
    const QStringList secrets = schema.secretValues(values);
    for (TemplateDiagnostic &d : state.result.diagnostics) {
        for (const QString &secret : secrets)
            d.message.replace(secret, QStringLiteral("***"));
    }
    for (const RenderedFile &file : std::as_const(state.result.files)) {
        for (const ParameterField &f : schema.fields(values)) {
            const QString secret = values.value(f.name).toString();
            if (f.secret && !secret.isEmpty() && !file.skipped && file.content.contains(secret.toUtf8()))
                state.result.diagnostics.append({ file.path, 0, 0, TemplateDiagnostic::Severity::Warning,
                    tr("the value of secret parameter '%1' appears in this file").arg(f.name) });
        }
    }
    if (state.failed) {
        state.result.files.clear();
    }
    state.result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return state.result;
}

QJsonObject TemplateRenderer::resourceValues(const TemplateManifest &resource, const QJsonObject &parameters,
    const QString &name, const QString &kind, const QString &service)
{
    QJsonObject values = ParameterSchema(resource.parameterPages).withDefaults(parameters);
    values.insert(QStringLiteral("name"), name);
    values.insert(QStringLiteral("kind"), kind);
    values.insert(QStringLiteral("service"), service);
    return values;
}

RenderResult TemplateRenderer::render(const RenderRequest &request)
{
    const QList<TemplateManifest> resources = request.resourceTemplates;
    setResourceLookup([resources](const QString &kind) -> std::optional<TemplateManifest> {
        for (const TemplateManifest &m : resources) {
            if (m.kind == TemplateManifest::Kind::Resource && m.resourceKind == kind)
                return m;
        }
        return std::nullopt;
    });
    setSharedRoot(request.sharedRoot);
    setUser(request.user);
    RenderResult result = render(request.manifest, request.parameters, request.resources);
    result.requestId = request.id;
    return result;
}

QString TemplateRenderer::defaultUser()
{
    QString name = qEnvironmentVariable("TARMAC_USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (name.isEmpty())
        name = QStringLiteral("guest");
    return name.contains(QLatin1Char(':')) ? name : QStringLiteral("user:default/") + name.toLower();
}

QJsonObject TemplateRenderer::userContext(const QString &entityRef)
{
    // [<kind>:][<namespace>/]<name>, as parseEntityRef reads it, with User and default as defaults.
    QString kind = QStringLiteral("user");
    QString namespaceName = QStringLiteral("default");
    QString name = entityRef;
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        kind = name.left(colon);
        name = name.mid(colon + 1);
    }
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        namespaceName = name.left(slash);
        name = name.mid(slash + 1);
    }
    const QJsonObject entity { { QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1") },
        { QStringLiteral("kind"), QStringLiteral("User") },
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("namespace"), namespaceName } } },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("profile"), QJsonObject { { QStringLiteral("displayName"), name } } },
                { QStringLiteral("memberOf"), QJsonArray() } } } };
    return { { QStringLiteral("ref"),
                 QString(kind.toLower() + QLatin1Char(':') + namespaceName + QLatin1Char('/') + name) },
        { QStringLiteral("entity"), entity } };
}

bool TemplateRenderer::runStep(const TemplateManifest &manifest, const TemplateStep &step, State &state)
{
    StepReport report { stepLabel(step), step.action, StepReport::Status::Done, {} };
    m_engine.setContext(state.context);
    state.currentFile = manifest.manifestPath;
    state.currentLine = step.line;
    state.currentColumn = step.column;
    if (!step.condition.isUndefined()) {
        const bool run
            = step.condition.isString() ? truthy(renderValue(step.condition, state)) : truthy(step.condition);
        if (state.failed)
            return false;
        if (!run) {
            report.status = StepReport::Status::Skipped;
            report.reason = tr("its condition (if) is false");
            state.result.steps.append(report);
            return true;
        }
    }
    QJsonObject steps = state.context.value(QStringLiteral("steps")).toObject();
    steps.insert(step.id, QJsonObject { { QStringLiteral("output"), QJsonObject() } });
    state.context.insert(QStringLiteral("steps"), steps);

    if (step.each.isUndefined())
        return runAction(manifest, step, report, state);

    // NunjucksWorkflowRunner: the action runs once per entry of Object.entries(each), with
    // `each.key` (an array's index as text) and `each.value` beside the other variables.
    m_engine.setContext(state.context);
    const QJsonValue each = step.each.isString() ? renderValue(step.each, state) : step.each;
    if (state.failed)
        return false;
    QList<std::pair<QString, QJsonValue>> entries;
    if (each.isArray()) {
        const QJsonArray items = each.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            entries.append({ QString::number(i), items.at(i) });
    } else if (each.isObject()) {
        const QJsonObject items = each.toObject();
        for (auto it = items.constBegin(); it != items.constEnd(); ++it)
            entries.append({ it.key(), it.value() });
    } else if (each.isString()) {
        const QString text = each.toString();
        for (qsizetype i = 0; i < text.size(); ++i)
            entries.append({ QString::number(i), QString(text.at(i)) });
    } else if (each.isUndefined() || each.isNull()) {
        state.error(manifest.manifestPath, step.line, step.column,
            tr("step '%1': 'each' gave nothing; expected a list or a mapping").arg(stepLabel(step)));
        return false;
    }
    for (const auto &[key, value] : std::as_const(entries)) {
        state.context.insert(
            QStringLiteral("each"), QJsonObject { { QStringLiteral("key"), key }, { QStringLiteral("value"), value } });
        StepReport iteration = report;
        iteration.id = stepLabel(step) + QLatin1Char('[') + key + QLatin1Char(']');
        const bool ok = runAction(manifest, step, iteration, state);
        state.context.remove(QStringLiteral("each"));
        if (!ok)
            return false;
    }
    return true;
}

bool TemplateRenderer::runAction(
    const TemplateManifest &manifest, const TemplateStep &step, StepReport &report, State &state)
{
    if (step.action == QLatin1String("fetch:template") || step.action == QLatin1String("fetch:plain")) {
        // Step inputs see `secrets` too, as references (NunjucksEngine::setContext).
        m_engine.setContext(state.context, true);
        const QJsonObject input = renderValue(step.input, state).toObject();
        if (!state.failed)
            fetchTemplate(manifest, step, input, state, step.action == QLatin1String("fetch:plain"));
        report.status = state.failed ? StepReport::Status::Failed : StepReport::Status::Done;
    } else {
        report.status = StepReport::Status::Skipped;
        if (step.action.startsWith(QLatin1String("publish:")))
            report.reason
                = tr("publishes to a remote repository; Tarmac writes the files to the output folder instead");
        else if (step.action == QLatin1String("catalog:register"))
            report.reason = tr("registers the component in a Backstage catalog, which needs a Backstage backend");
        else if (step.action.startsWith(QLatin1String("github:")) || step.action.startsWith(QLatin1String("gitlab:")))
            report.reason = tr("changes a remote code host");
        else if (step.action == QLatin1String("debug:log"))
            report.reason = tr("only writes to the scaffolder's log");
        else
            report.reason = tr("Tarmac's local renderer does not run the action '%1'").arg(step.action);
    }
    state.result.steps.append(report);
    return !state.failed;
}

QString TemplateRenderer::resolveUrl(const TemplateManifest &manifest, const QString &url, QString *error) const
{
    if (url.contains(QLatin1String("://")) || url.startsWith(QLatin1String("git@"))) {
        *error = tr("'%1' is a remote location; Tarmac renders template folders it has locally").arg(url);
        return {};
    }
    const QString root = QDir::cleanPath(m_sharedRoot.isEmpty() ? manifest.directory : m_sharedRoot);
    const QString resolved = QDir::cleanPath(manifest.directory + QLatin1Char('/') + url);
    if (QDir::isAbsolutePath(url) || (resolved != root && !resolved.startsWith(root + QLatin1Char('/')))) {
        *error = tr("'%1' leads outside the template's folder").arg(url);
        return {};
    }
    if (!QFileInfo(resolved).isDir()) {
        *error = tr("'%1' is not a folder next to the template").arg(url);
        return {};
    }
    return resolved;
}

void TemplateRenderer::fetchTemplate(
    const TemplateManifest &manifest, const TemplateStep &step, const QJsonObject &input, State &state, bool plain)
{
    QString error;
    const QString sourceDir = resolveUrl(manifest, input.value(QStringLiteral("url")).toString(), &error);
    if (!error.isEmpty()) {
        state.error(manifest.manifestPath, step.line, step.column, tr("step '%1': %2").arg(stepLabel(step), error));
        return;
    }
    const QString targetPath
        = PathGuard::normalise(input.value(QStringLiteral("targetPath")).toString(QStringLiteral("./")), &error);
    if (!error.isEmpty()) {
        state.error(
            manifest.manifestPath, step.line, step.column, tr("step '%1': targetPath %2").arg(stepLabel(step), error));
        return;
    }

    // Backstage's fetch:template input rules.
    const bool copyWithoutRender = input.contains(QStringLiteral("copyWithoutRender"));
    QStringList copyOnly;
    for (const QJsonValue &v :
        input.value(copyWithoutRender ? QStringLiteral("copyWithoutRender") : QStringLiteral("copyWithoutTemplating"))
            .toArray())
        copyOnly.append(v.toString());
    const bool renderFilename = !copyWithoutRender;
    QString extension;
    const QJsonValue extensionValue = input.value(QStringLiteral("templateFileExtension"));
    if (extensionValue.isBool() && extensionValue.toBool())
        extension = QStringLiteral(".njk");
    else if (extensionValue.isString() && !extensionValue.toString().isEmpty())
        extension = extensionValue.toString();
    if (!extension.isEmpty() && !extension.startsWith(QLatin1Char('.')))
        extension.prepend(QLatin1Char('.'));
    const bool compat = input.value(QStringLiteral("cookiecutterCompat")).toBool();
    const bool replace = input.value(QStringLiteral("replace")).toBool();
    const NunjucksEngine::Mode mode
        = compat ? NunjucksEngine::Mode::CookiecutterCompat : NunjucksEngine::Mode::Backstage;

    QJsonValue values = input.value(QStringLiteral("values"));
    if (values.isUndefined())
        values = QJsonObject();
    m_engine.setContext({ { compat ? QStringLiteral("cookiecutter") : QStringLiteral("values"), values } });

    const QList<SkeletonEntry> entries = readSkeleton(sourceDir);
    QList<QRegularExpression> copyPatterns;
    for (const QString &pattern : std::as_const(copyOnly))
        copyPatterns.append(globToRegex(pattern));

    for (const SkeletonEntry &skeletonEntry : entries) {
        const QString &location = skeletonEntry.location;
        const QString absolute = sourceDir + QLatin1Char('/') + location;
        const bool isDirectory = location.endsWith(QLatin1Char('/'));
        RenderedFile file;
        file.sourcePath = QDir(manifest.directory).relativeFilePath(absolute);
        file.directory = isDirectory;

        bool renderContents = !plain;
        QString localOutputPath = location;
        auto renderName = [&](const QString &name) -> std::optional<QString> {
            const NunjucksEngine::Result r = m_engine.render(name, mode);
            if (!r.ok) {
                state.error(absolute, 0, 0, tr("cannot render the file name: %1").arg(r.text));
                return std::nullopt;
            }
            return r.text;
        };
        if (plain) {
            renderContents = false;
        } else if (!extension.isEmpty()) {
            renderContents = extname(localOutputPath) == extension;
            if (renderContents)
                localOutputPath.chop(extension.size());
            const auto name = renderName(localOutputPath);
            if (!name)
                return;
            localOutputPath = *name;
        } else {
            const QString bare = isDirectory ? location.chopped(1) : location;
            renderContents = std::none_of(copyPatterns.cbegin(), copyPatterns.cend(),
                [&](const QRegularExpression &rx) { return rx.match(bare).hasMatch(); });
            if (renderFilename || renderContents) {
                const auto name = renderName(localOutputPath);
                if (!name)
                    return;
                localOutputPath = *name;
            }
        }
        file.templated = renderContents;

        // containsSkippedContent: a path that rendered empty in some folder or file name.
        if (localOutputPath.isEmpty() || localOutputPath.startsWith(QLatin1Char('/'))
            || localOutputPath.contains(QLatin1String("//"))) {
            // A leading '/' is an empty first folder name unless the first name itself renders to
            // an absolute path, which Tarmac refuses.
            const QString firstName = location.section(QLatin1Char('/'), 0, 0);
            const NunjucksEngine::Result first = m_engine.render(firstName, mode);
            if (localOutputPath.startsWith(QLatin1Char('/')) && first.ok && !first.text.isEmpty()) {
                state.error(absolute, 0, 0,
                    tr("the name renders to '%1', an absolute path; expected a path inside the output folder")
                        .arg(localOutputPath));
                return;
            }
            file.path = location;
            file.skipped = true;
            file.skipReason = tr("a folder or file name in its path rendered empty");
            state.result.files.append(file);
            continue;
        }
        const QString outputPath = PathGuard::join(targetPath, localOutputPath, &error);
        if (!error.isEmpty()) {
            state.error(absolute, 0, 0, tr("the name renders to a path that is not allowed: %1").arg(error));
            return;
        }
        file.path = outputPath;
        const auto existing = state.written.constFind(outputPath);
        if (existing != state.written.constEnd() && !replace) {
            if (!isDirectory) {
                file.skipped = true;
                file.skipReason = tr("an earlier entry already wrote %1").arg(outputPath);
                state.result.files.append(file);
            }
            continue;
        }
        if (!isDirectory) {
            const QByteArray &data = skeletonEntry.content;
            file.executable = skeletonEntry.executable;
            if (looksBinary(data) || skeletonEntry.symlink) {
                file.content = data;
                file.templated = false;
            } else if (renderContents) {
                const NunjucksEngine::Result r = m_engine.render(QString::fromUtf8(data), mode);
                if (!r.ok) {
                    state.error(absolute, r.line, r.column, r.text);
                    return;
                }
                file.content = r.text.toUtf8();
            } else {
                file.content = QString::fromUtf8(data).toUtf8();
            }
        }
        if (existing != state.written.constEnd()) {
            state.result.files[*existing] = file;
        } else {
            state.written.insert(outputPath, state.result.files.size());
            state.result.files.append(file);
        }
    }
}

}
