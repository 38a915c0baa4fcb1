// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/bundle.h"

#include "composition/drift.h"
#include "core/yamljson.h"
#include "templates/nunjucksengine.h"
#include "templates/parameterschema.h"
#include "templates/templaterenderer.h"
#include "templates/templatewriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace Tarmac {

namespace {

// The renderer's rule for resource names, used for every node id: ids become folder names,
// compose service names and Kubernetes names.
const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]([-a-z0-9]{0,40}[a-z0-9])?$"));
    return pattern;
}

TemplateDiagnostic problem(const QString &where, const QString &message,
    TemplateDiagnostic::Severity severity = TemplateDiagnostic::Severity::Error)
{
    return { where, 0, 0, severity, message };
}

QString kindName(Connection::Kind kind)
{
    return kind == Connection::Kind::Uses ? QStringLiteral("uses") : QStringLiteral("calls");
}

// The port a service listens on (its `port` parameter or that parameter's default), 80 without one.
int servicePort(const ServiceRecord &record, const QList<TemplateCatalog::Entry> &catalog)
{
    const std::optional<TemplateCatalog::Entry> entry
        = findTemplate(catalog, record.templateName, record.templateVersion);
    const QJsonObject values
        = entry ? ParameterSchema(entry->manifest.parameterPages).withDefaults(record.parameters) : record.parameters;
    const int port = values.value(QStringLiteral("port")).toInt();
    return port > 0 ? port : 80;
}

QString envName(const QString &id)
{
    return id.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

}

const BundleFile *Bundle::file(const QString &path) const
{
    const auto it = std::lower_bound(
        files.cbegin(), files.cend(), path, [](const BundleFile &f, const QString &p) { return f.path < p; });
    return it != files.cend() && it->path == path ? &*it : nullptr;
}

BundleBuilder::BundleBuilder(NunjucksEngine &engine)
    : m_engine(engine)
{
}

QList<ServiceRecord> BundleBuilder::records(
    const Composition &composition, const QList<TemplateCatalog::Entry> &catalog, TemplateDiagnostics *diagnostics)
{
    QMap<QString, const ServiceNode *> services;
    QMap<QString, const ResourceNode *> resources;
    for (const ServiceNode &s : composition.services) {
        const QString where = Bundle::serviceFolder(s.id);
        if (!idPattern().match(s.id).hasMatch())
            diagnostics->append(problem(where,
                tr("service '%1': the id must be lower-case letters, digits and '-', starting with a letter")
                    .arg(s.id)));
        else if (services.contains(s.id))
            diagnostics->append(problem(where, tr("service '%1': the id is used twice").arg(s.id)));
        else
            services.insert(s.id, &s);
    }
    for (const ResourceNode &r : composition.resources) {
        if (!idPattern().match(r.id).hasMatch())
            diagnostics->append(problem(r.id,
                tr("resource '%1': the id must be lower-case letters, digits and '-', starting with a letter")
                    .arg(r.id)));
        else if (services.contains(r.id) || resources.contains(r.id))
            diagnostics->append(problem(r.id, tr("resource '%1': the id is used twice").arg(r.id)));
        else
            resources.insert(r.id, &r);
    }
    QMap<QString, QSet<QString>> uses;
    QMap<QString, QSet<QString>> calls;
    for (const Connection &c : composition.connections) {
        const QString label = QStringLiteral("%1 %2 %3").arg(c.from, kindName(c.kind), c.to);
        if (!services.contains(c.from)) {
            diagnostics->append(problem(c.from, tr("connection '%1': '%2' is not a service").arg(label, c.from)));
            continue;
        }
        if (c.kind == Connection::Kind::Uses && !resources.contains(c.to)) {
            diagnostics->append(problem(c.from, tr("connection '%1': '%2' is not a resource").arg(label, c.to)));
            continue;
        }
        if (c.kind == Connection::Kind::Calls && (!services.contains(c.to) || c.to == c.from)) {
            diagnostics->append(problem(c.from, tr("connection '%1': '%2' is not another service").arg(label, c.to)));
            continue;
        }
        (c.kind == Connection::Kind::Uses ? uses : calls)[c.from].insert(c.to);
    }

    QList<ServiceRecord> records;
    for (const ServiceNode *node : std::as_const(services)) {
        const QString where = Bundle::serviceFolder(node->id);
        std::optional<TemplateCatalog::Entry> entry = findTemplate(catalog, node->templateName, node->templateVersion);
        if (!entry) {
            entry = findTemplate(catalog, node->templateName);
            if (!entry) {
                diagnostics->append(
                    problem(where, tr("service '%1': no template named '%2'").arg(node->id, node->templateName)));
                continue;
            }
            diagnostics->append(problem(where,
                tr("service '%1': composed with %2 version %3, which is not available; rendered with version %4")
                    .arg(node->id, node->templateName, node->templateVersion, entry->manifest.version),
                TemplateDiagnostic::Severity::Warning));
        }
        if (entry->manifest.kind != TemplateManifest::Kind::Service) {
            diagnostics->append(
                problem(where, tr("service '%1': %2 is a resource template").arg(node->id, node->templateName)));
            continue;
        }
        ServiceRecord record;
        record.id = node->id;
        record.templateName = entry->manifest.name;
        record.templateVersion = entry->manifest.version;
        record.parameters = node->parameters;
        if (!record.parameters.contains(QStringLiteral("name")))
            record.parameters.insert(QStringLiteral("name"), node->id);

        QStringList used = uses.value(node->id).values();
        used.sort();
        bool resourcesOk = true;
        for (const QString &id : std::as_const(used)) {
            const ResourceNode *resource = resources.value(id);
            std::optional<TemplateCatalog::Entry> resourceEntry;
            if (!resource->templateName.isEmpty()) {
                resourceEntry = findTemplate(catalog, resource->templateName, resource->templateVersion);
                if (!resourceEntry)
                    resourceEntry = findTemplate(catalog, resource->templateName);
            } else {
                for (auto it = catalog.crbegin(); it != catalog.crend() && !resourceEntry; ++it) {
                    if (it->manifest.kind == TemplateManifest::Kind::Resource
                        && it->manifest.resourceKind == resource->kind)
                        resourceEntry = *it;
                }
            }
            if (!resourceEntry || resourceEntry->manifest.kind != TemplateManifest::Kind::Resource) {
                diagnostics->append(problem(where,
                    tr("resource '%1' (used by service '%2'): no resource template for '%3'")
                        .arg(
                            id, node->id, resource->templateName.isEmpty() ? resource->kind : resource->templateName)));
                resourcesOk = false;
                continue;
            }
            // The attachment names the resource and its service; the node's other values are its own.
            QJsonObject own = resource->parameters;
            for (const char *key : { "name", "kind", "service" })
                own.remove(QLatin1String(key));
            record.resources.append({ id, resourceEntry->manifest.resourceKind, resourceEntry->manifest.name,
                resourceEntry->manifest.version, own });
        }
        if (!resourcesOk)
            continue;
        records.append(record);
    }

    // Called services' URLs, for templates that ask for them with a `calls` parameter.
    QHash<QString, int> ports;
    for (const ServiceRecord &r : std::as_const(records))
        ports.insert(r.id, servicePort(r, catalog));
    for (ServiceRecord &record : records) {
        QStringList called = calls.value(record.id).values();
        called.sort();
        const std::optional<TemplateCatalog::Entry> entry
            = findTemplate(catalog, record.templateName, record.templateVersion);
        const std::optional<ParameterField> field
            = ParameterSchema(entry->manifest.parameterPages).field(QStringLiteral("calls"), record.parameters);
        if (called.isEmpty() || !field || record.parameters.contains(QStringLiteral("calls")))
            continue;
        QJsonArray list;
        QJsonObject byName;
        for (const QString &id : std::as_const(called)) {
            const QString url = QStringLiteral("http://%1:%2").arg(id).arg(ports.value(id, 80));
            list.append(QJsonObject { { QStringLiteral("name"), id }, { QStringLiteral("url"), url } });
            byName.insert(id, url);
        }
        if (field->type == QLatin1String("array"))
            record.parameters.insert(QStringLiteral("calls"), list);
        else if (field->type == QLatin1String("object"))
            record.parameters.insert(QStringLiteral("calls"), byName);
    }
    return records;
}

Bundle BundleBuilder::build(const BundleRequest &request, const std::function<bool()> &cancelled)
{
    QElapsedTimer timer;
    timer.start();
    Bundle bundle;
    bundle.requestId = request.id;
    bundle.services = records(request.composition, request.catalog, &bundle.diagnostics);

    QMap<QString, BundleFile> files; // sorted by path
    QHash<QByteArray, RenderResult> renders;
    QStringList composedFiles; // written from the composition's overrides
    for (ServiceRecord &record : bundle.services) {
        if (cancelled && cancelled()) {
            bundle.cancelled = true;
            return bundle;
        }
        const RenderResult result = renderService(record, request.catalog, renders);
        bundle.diagnostics.append(result.diagnostics);
        if (!result.ok())
            continue;
        for (const StepReport &step : result.steps) {
            if (step.status == StepReport::Status::Skipped)
                bundle.skippedSteps.append(step);
        }
        QMap<QString, BundleFile> serviceFiles;
        for (const RenderedFile &f : result.files) {
            if (!f.skipped && !f.directory)
                serviceFiles.insert(f.path, { f.path, f.content, f.executable });
        }
        // The folder's overrides, and the workbench's edits kept in the composition (which win for
        // the same file: generate() lets only the folder's own hand edits through).
        QMap<QString, Override> overrides;
        for (const Override &override : request.overrides.value(record.id))
            overrides.insert(override.path, override);
        QSet<QString> composed;
        for (const ServiceNode &node : request.composition.services) {
            if (node.id != record.id)
                continue;
            for (const Override &override : node.overrides) {
                overrides.insert(override.path, override);
                composed.insert(override.path);
            }
        }
        for (const Override &override : std::as_const(overrides)) {
            const auto rendered = serviceFiles.constFind(override.path);
            const OverrideMerge merge = Overrides::merge(override,
                rendered == serviceFiles.constEnd() ? std::nullopt : std::optional<QByteArray>(rendered->content));
            const bool executable = rendered != serviceFiles.constEnd() && rendered->executable;
            serviceFiles.insert(override.path, { override.path, merge.result.edited, executable });
            const QString basePath = Overrides::basePath(override.path);
            serviceFiles.insert(basePath, { basePath, merge.result.base, false });
            record.overrides.append(override.path);
            if (merge.status == OverrideMerge::Status::Failed)
                bundle.diagnostics.append(problem(Bundle::serviceFolder(record.id) + QLatin1Char('/') + override.path,
                    tr("service '%1': %2").arg(record.id, merge.error)));
            bundle.merges.append({ record.id, merge });
            if (composed.contains(override.path))
                composedFiles.append(Bundle::serviceFolder(record.id) + QLatin1Char('/') + override.path);
        }
        const QString recordPath = QLatin1String(ServiceRecord::FileName);
        serviceFiles.insert(recordPath, { recordPath, record.serialize(), false });
        const QString prefix = Bundle::serviceFolder(record.id) + QLatin1Char('/');
        for (const BundleFile &f : std::as_const(serviceFiles))
            files.insert(prefix + f.path, { prefix + f.path, f.content, f.executable });
    }

    // deploy/kustomization.yaml: every service's Kubernetes manifests.
    QJsonArray manifests;
    static const QRegularExpression manifestPath(QStringLiteral("^services/[^/]+/deploy/k8s/[^/]+\\.ya?ml$"));
    for (const BundleFile &f : std::as_const(files)) {
        if (manifestPath.match(f.path).hasMatch())
            manifests.append(QString(QStringLiteral("../") + f.path));
    }
    const QByteArray kustomization
        = QByteArrayLiteral("# Generated by Tarmac: the Kubernetes manifests of every service in the composition.\n"
                            "# They live in the services' own folders, outside this one, so build it with\n"
                            "#   kustomize build --load-restrictor LoadRestrictionsNone deploy\n")
        + jsonToYaml(QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("kustomize.config.k8s.io/v1beta1") },
            { QStringLiteral("kind"), QStringLiteral("Kustomization") }, { QStringLiteral("resources"), manifests } });
    const QByteArray compose = composeFile(request.composition, bundle.services, request.catalog, &bundle.diagnostics);
    QJsonObject hashes;
    for (const auto &[path, content] : { std::pair { QLatin1String(Bundle::ComposeFile), compose },
             { QLatin1String(Bundle::KustomizationFile), kustomization } }) {
        files.insert(path, { path, content, false });
        hashes.insert(path, QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    }
    // So that a later generate can tell these from edits made in the folder afterwards.
    for (const QString &path : std::as_const(composedFiles))
        hashes.insert(path,
            QString::fromLatin1(
                QCryptographicHash::hash(files.value(path).content, QCryptographicHash::Sha256).toHex()));
    files.insert(QLatin1String(Bundle::RecordFile),
        { QLatin1String(Bundle::RecordFile),
            QByteArrayLiteral("# Written by Tarmac: sha-256 of the system files as generated. Generating again\n"
                              "# overwrites them only while they are unchanged, so hand edits are never lost.\n")
                + jsonToYaml(QJsonObject { { QStringLiteral("files"), hashes } }),
            false });
    bundle.files = files.values();
    m_renders = renders;
    bundle.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return bundle;
}

RenderResult BundleBuilder::renderService(const ServiceRecord &record, const QList<TemplateCatalog::Entry> &catalog,
    QHash<QByteArray, RenderResult> &rendered)
{
    auto builtIn = [&](const QString &name, const QString &version) {
        const std::optional<TemplateCatalog::Entry> entry = findTemplate(catalog, name, version);
        return entry && entry->manifest.directory.startsWith(QLatin1String(":/"));
    };
    bool cacheable = builtIn(record.templateName, record.templateVersion);
    for (const RecordedResource &r : record.resources)
        cacheable = cacheable && builtIn(r.templateName, r.templateVersion);
    if (!cacheable)
        return record.render(catalog, m_engine);
    const QByteArray key = record.serialize();
    const auto cached = m_renders.constFind(key);
    const RenderResult result = cached != m_renders.constEnd() ? *cached : record.render(catalog, m_engine);
    rendered.insert(key, result);
    return result;
}

QByteArray BundleBuilder::composeFile(const Composition &composition, const QList<ServiceRecord> &records,
    const QList<TemplateCatalog::Entry> &catalog, TemplateDiagnostics *diagnostics)
{
    QHash<QString, int> ports;
    QSet<QString> known;
    for (const ServiceRecord &r : records) {
        ports.insert(r.id, servicePort(r, catalog));
        known.insert(r.id);
    }
    QMap<QString, QStringList> users; // resource id -> the services using it, sorted
    QMap<QString, RecordedResource> resources;
    for (const ServiceRecord &r : records) {
        for (const RecordedResource &resource : r.resources) {
            users[resource.name].append(r.id);
            resources.insert(resource.name, resource);
        }
    }
    QJsonObject services;
    QJsonObject secrets;
    // A resource's container, from its template's `compose` fragment, rendered once for the first
    // service that uses it (shared resources are one container).
    QHash<QString, QJsonObject> fragments;
    for (const RecordedResource &resource : std::as_const(resources)) {
        const std::optional<TemplateCatalog::Entry> entry
            = findTemplate(catalog, resource.templateName, resource.templateVersion);
        if (!entry)
            continue;
        const QJsonObject values = TemplateRenderer::resourceValues(entry->manifest, resource.parameters, resource.name,
            resource.kind, users.value(resource.name).constFirst());
        m_engine.setContext({ { QStringLiteral("parameters"), values }, { QStringLiteral("values"), values } });
        std::function<QJsonValue(const QJsonValue &)> render = [&](const QJsonValue &value) -> QJsonValue {
            if (value.isObject()) {
                QJsonObject out;
                const QJsonObject in = value.toObject();
                for (auto it = in.constBegin(); it != in.constEnd(); ++it)
                    out.insert(it.key(), render(it.value()));
                return out;
            }
            if (value.isArray()) {
                QJsonArray out;
                for (const QJsonValue &v : value.toArray())
                    out.append(render(v));
                return out;
            }
            const QString text = value.toString();
            if (!value.isString() || (!text.contains(QLatin1String("${{")) && !text.contains(QLatin1String("{%"))))
                return value;
            const NunjucksEngine::Result r = m_engine.render(text);
            if (!r.ok)
                diagnostics->append(problem(resource.name,
                    tr("resource '%1': cannot render its compose fragment: %2").arg(resource.name, r.text)));
            return r.ok ? QJsonValue(r.text) : value;
        };
        const QJsonObject rendered = render(entry->manifest.contributes).toObject();
        const QJsonObject fragment = rendered.value(QStringLiteral("compose")).toObject();
        if (fragment.isEmpty())
            continue;
        fragments.insert(resource.name, fragment);
        services.insert(resource.name, fragment);
        for (const QJsonValue &s : rendered.value(QStringLiteral("composeSecrets")).toArray())
            secrets.insert(s.toString(),
                QJsonObject { { QStringLiteral("file"), QString(QStringLiteral("./.secrets/") + s.toString()) } });
    }

    QMap<QString, QSet<QString>> calls;
    for (const Connection &c : composition.connections) {
        if (c.kind == Connection::Kind::Calls && known.contains(c.from) && known.contains(c.to) && c.from != c.to)
            calls[c.from].insert(c.to);
    }
    for (const ServiceRecord &r : records) {
        const int port = ports.value(r.id);
        QJsonObject environment { { QStringLiteral("PORT"), QString::number(port) } };
        QStringList dependsOn;
        for (const RecordedResource &resource : r.resources) {
            if (fragments.contains(resource.name))
                dependsOn.append(resource.name);
        }
        for (const QString &callee : calls.value(r.id)) {
            environment.insert(envName(callee) + QStringLiteral("_URL"),
                QStringLiteral("http://%1:%2").arg(callee).arg(ports.value(callee)));
            dependsOn.append(callee);
        }
        dependsOn.sort();
        QJsonObject service { { QStringLiteral("build"), QString(QStringLiteral("./") + Bundle::serviceFolder(r.id)) },
            { QStringLiteral("environment"), environment },
            // A free host port for each: several services may listen on the same container port.
            { QStringLiteral("ports"), QJsonArray { QStringLiteral("127.0.0.1::%1").arg(port) } },
            { QStringLiteral("read_only"), true }, { QStringLiteral("tmpfs"), QJsonArray { QStringLiteral("/tmp") } } };
        if (!dependsOn.isEmpty())
            service.insert(QStringLiteral("depends_on"), QJsonArray::fromStringList(dependsOn));
        services.insert(r.id, service);
    }
    QJsonObject document { { QStringLiteral("services"), services } };
    if (!secrets.isEmpty())
        document.insert(QStringLiteral("secrets"), secrets);
    QString project = composition.name.toLower();
    project.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), QStringLiteral("-"));
    project.remove(QRegularExpression(QStringLiteral("^[-_]+|[-_]+$")));
    if (!project.isEmpty())
        document.insert(QStringLiteral("name"), project);
    return QByteArrayLiteral("# Generated by Tarmac: every service and resource of the composition, to run locally\n"
                             "# with `docker compose up`. Secrets are read from ./.secrets/ (not generated); find a\n"
                             "# service's host port with `docker compose port SERVICE PORT`.\n")
        + jsonToYaml(document);
}

BundleWriter::Existing BundleWriter::inspect(const Composition &composition,
    const QList<TemplateCatalog::Entry> &catalog, const QString &outputDirectory, NunjucksEngine &engine)
{
    Existing existing;
    const QDir root(outputDirectory);
    for (const ServiceNode &service : composition.services) {
        const QString folder = Bundle::serviceFolder(service.id);
        if (!idPattern().match(service.id).hasMatch()
            || !QFileInfo::exists(root.filePath(folder + QLatin1Char('/') + QLatin1String(ServiceRecord::FileName))))
            continue; // write() checks folders Tarmac did not generate
        const DriftReport report = Drift::check(root.filePath(folder), catalog, engine);
        if (!report.error.isEmpty()) {
            existing.problems.append(
                tr("%1: cannot tell hand edits from generated files: %2").arg(folder, report.error));
            continue;
        }
        for (const FileDrift &d : report.differences) {
            const QString path = folder + QLatin1Char('/') + d.path;
            if (d.kind == FileDrift::Kind::Changed && !d.overridden)
                existing.problems.append(
                    tr("%1 was edited by hand and is not an override; keep the edit with `tarmacctl drift %2 --record "
                       "%3`, or undo it")
                        .arg(path, root.filePath(folder), d.path));
            else if (d.kind == FileDrift::Kind::Conflict)
                existing.problems.append(tr("%1 still holds conflict markers; resolve them first").arg(path));
        }
        existing.overrides.insert(service.id, report.overrides);
        existing.generated.insert(service.id, report.expected.keys());
    }
    return existing;
}

QHash<QString, QByteArray> BundleWriter::recordedHashes(const QString &outputDirectory)
{
    QHash<QString, QByteArray> recorded;
    QFile recordFile(QDir(outputDirectory).filePath(QLatin1String(Bundle::RecordFile)));
    if (recordFile.open(QIODevice::ReadOnly)) {
        static const QRegularExpression line(QStringLiteral("^\\s+\"?([^:\"]+)\"?: \"?([0-9a-f]{64})\"?$"));
        for (const QByteArray &l : recordFile.readAll().split('\n')) {
            const QRegularExpressionMatch m = line.match(QString::fromUtf8(l));
            if (m.hasMatch())
                recorded.insert(m.captured(1), m.captured(2).toLatin1());
        }
    }
    return recorded;
}

BundleWriter::Written BundleWriter::write(
    const Bundle &bundle, const Existing &existing, const QString &outputDirectory)
{
    Written written;
    if (!bundle.ok()) {
        written.problems.append(tr("the bundle has errors; nothing was written"));
        return written;
    }
    const QDir root(outputDirectory);
    // The system files as Tarmac last wrote them: unchanged ones may be overwritten.
    const QHash<QString, QByteArray> recorded = recordedHashes(outputDirectory);
    RenderResult result;
    for (const BundleFile &f : bundle.files) {
        const QString serviceId
            = f.path.startsWith(QLatin1String("services/")) ? f.path.section(QLatin1Char('/'), 1, 1) : QString();
        const bool generatedService = !serviceId.isEmpty() && existing.generated.contains(serviceId);
        QFile current(root.filePath(f.path));
        if (!generatedService && f.path != QLatin1String(Bundle::RecordFile) && current.open(QIODevice::ReadOnly)) {
            const QByteArray content = current.readAll();
            const QByteArray hash = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
            if (content != f.content && recorded.value(f.path) != hash)
                written.problems.append(serviceId.isEmpty()
                        ? tr("%1 was edited by hand (or not written by Tarmac); move the edit away first").arg(f.path)
                        : tr("%1 exists and was not generated by Tarmac; move it away first").arg(f.path));
        }
        RenderedFile rendered;
        rendered.path = f.path;
        rendered.content = f.content;
        rendered.executable = f.executable;
        result.files.append(rendered);
        ++written.files;
    }
    if (!written.problems.isEmpty()) {
        written.files = 0;
        return written;
    }
    for (const TemplateDiagnostic &d : TemplateWriter::write(result, outputDirectory))
        written.problems.append(d.toString());
    if (!written.problems.isEmpty())
        return written;
    // Files the previous render wrote and this one does not (a resource detached, say) go, unless
    // they are overrides, which bundle keeps.
    for (auto it = existing.generated.constBegin(); it != existing.generated.constEnd(); ++it) {
        const QString prefix = Bundle::serviceFolder(it.key()) + QLatin1Char('/');
        for (const QString &path : it.value()) {
            if (!bundle.file(prefix + path) && QFile::remove(root.filePath(prefix + path)))
                written.removed.append(prefix + path);
        }
    }
    // An override's base goes with the override: a base no record lists (the edit was reverted)
    // would otherwise stay behind and look like an override to anyone reading the folder.
    for (const ServiceRecord &record : bundle.services) {
        const QString prefix = Bundle::serviceFolder(record.id) + QLatin1Char('/');
        const QString bases = root.filePath(prefix + QLatin1String(Overrides::Folder));
        QStringList stale;
        QDirIterator it(bases, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = root.relativeFilePath(it.next());
            if (path.endsWith(QLatin1String(Overrides::BaseSuffix)) && !bundle.file(path))
                stale.append(path);
        }
        for (const QString &path : std::as_const(stale)) {
            if (!QFile::remove(root.filePath(path)))
                continue;
            written.removed.append(path);
            // The folders it leaves empty (.tarmac itself keeps service.yaml).
            root.rmpath(QFileInfo(path).path());
        }
    }
    return written;
}

BundleWriter::Generation BundleWriter::generate(
    BundleBuilder &builder, NunjucksEngine &engine, BundleRequest request, const QString &outputDirectory)
{
    Generation generation;
    generation.requestId = request.id;
    generation.directory = outputDirectory;
    Existing existing = inspect(request.composition, request.catalog, outputDirectory, engine);
    // A folder override Tarmac wrote from the composition's own edit is the composition's to change
    // or drop; one edited in the folder since is kept, unless the composition edits that file too.
    const QHash<QString, QByteArray> recorded = recordedHashes(outputDirectory);
    for (auto it = existing.overrides.begin(); it != existing.overrides.end(); ++it) {
        const auto node = std::ranges::find(request.composition.services, it.key(), &ServiceNode::id);
        QList<Override> kept;
        for (const Override &override : std::as_const(it.value())) {
            const QString path = Bundle::serviceFolder(it.key()) + QLatin1Char('/') + override.path;
            if (recorded.value(path) == QCryptographicHash::hash(override.edited, QCryptographicHash::Sha256).toHex())
                continue;
            if (node != request.composition.services.cend() && node->overrideOf(override.path)) {
                existing.problems.append(tr("%1 was edited in the folder after it was generated, and the composition "
                                            "edits it too: move the folder's edit into the composition, or undo it")
                        .arg(path));
                continue;
            }
            kept.append(override);
        }
        it.value() = kept;
    }
    if (!existing.problems.isEmpty()) {
        generation.problems = existing.problems;
        return generation;
    }
    request.overrides = existing.overrides;
    generation.bundle = builder.build(request);
    const Written written = write(generation.bundle, existing, outputDirectory);
    generation.problems = written.problems;
    generation.removed = written.removed;
    generation.files = written.files;
    return generation;
}

}
