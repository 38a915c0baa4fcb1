// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/kubernetesrules.h"

#include "config/textposition.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>

namespace Tarmac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::KubernetesRules", text);
}

using Severity = TemplateDiagnostic::Severity;

QString scalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

YAML::Node child(const YAML::Node &node, const char *key)
{
    return node.IsDefined() && node.IsMap() ? node[key] : YAML::Node(YAML::NodeType::Undefined);
}

// The key node of map[key], to point at "selector:" rather than at its value.
YAML::Node keyOf(const YAML::Node &map, const std::string &key)
{
    if (map.IsDefined() && map.IsMap()) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == key)
                return it->first;
        }
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

std::map<std::string, std::string> stringMap(const YAML::Node &node)
{
    std::map<std::string, std::string> out;
    if (node.IsDefined() && node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it->first.IsScalar() && it->second.IsScalar())
                out.emplace(it->first.Scalar(), it->second.Scalar());
        }
    }
    return out;
}

bool isWorkloadWithSelector(const std::string &kind)
{
    return kind == "Deployment" || kind == "StatefulSet" || kind == "DaemonSet" || kind == "ReplicaSet";
}

bool runsUntilStopped(const std::string &kind)
{
    return isWorkloadWithSelector(kind) || kind == "Pod";
}

// The pod template of a workload, as {metadata, spec}; undefined nodes for other kinds. (Nodes are
// returned, never assigned: yaml-cpp's assignment copies into the target instead of rebinding it.)
YAML::Node podTemplateOf(const std::string &kind, const YAML::Node &spec)
{
    if (isWorkloadWithSelector(kind) || kind == "Job")
        return child(spec, "template");
    if (kind == "CronJob")
        return child(child(child(spec, "jobTemplate"), "spec"), "template");
    return YAML::Node(YAML::NodeType::Undefined);
}

std::pair<YAML::Node, YAML::Node> podTemplate(const std::string &kind, const YAML::Node &doc)
{
    if (kind == "Pod")
        return { child(doc, "metadata"), child(doc, "spec") };
    const YAML::Node podTemplate = podTemplateOf(kind, child(doc, "spec"));
    return { child(podTemplate, "metadata"), child(podTemplate, "spec") };
}

struct ContainerPort {
    int number = 0;
    std::string name;
};

// A workload of the file whose container ports a Service in the same file may point at.
struct Workload {
    QString description; // "Deployment 'api'"
    std::map<std::string, std::string> podLabels;
    std::vector<ContainerPort> ports;
};

class Checker {
public:
    Checker(const QString &fileName, const TextPosition &positions, TemplateDiagnostics &out)
        : m_fileName(fileName)
        , m_positions(positions)
        , m_out(out)
    {
    }

    void checkDocument(const YamlDocument &document)
    {
        const YAML::Node &doc = document.root;
        m_firstLine = document.firstLine;
        if (!doc.IsMap())
            return;
        const YAML::Node apiVersionNode = doc["apiVersion"];
        const YAML::Node kindNode = doc["kind"];
        if (!apiVersionNode.IsDefined() && !kindNode.IsDefined())
            return;
        const std::string apiVersion = scalar(apiVersionNode).toStdString();
        // Backstage entities, Score workloads, kustomizations and Tarmac's own files are not objects
        // of the API server.
        for (const char *other :
            { "backstage.io/", "scaffolder.backstage.io/", "score.dev/", "kustomize.config.k8s.io/", "tarmac.dev/" }) {
            if (apiVersion.rfind(other, 0) == 0)
                return;
        }
        m_kind = scalar(kindNode);
        m_document = doc;
        if (apiVersion.empty())
            report(doc, Severity::Error, tr("apiVersion is missing; the API server requires it"));
        if (m_kind.isEmpty())
            return report(doc, Severity::Error, tr("kind is missing; the API server requires it"));

        const YAML::Node metadata = child(doc, "metadata");
        const YAML::Node nameNode = child(metadata, "name");
        const QString name = scalar(nameNode);
        static const QRegularExpression dnsName(QStringLiteral("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"));
        if (name.isEmpty())
            report(doc, Severity::Error, tr("metadata.name is missing; the API server requires it"));
        else if (!dnsName.match(name).hasMatch() && !name.contains(QLatin1Char(':')))
            report(nameNode, Severity::Error,
                tr("metadata.name '%1' is not a DNS-1123 name (lower-case letters, digits, '-')").arg(name));

        const std::string kind = m_kind.toStdString();
        const YAML::Node spec = child(doc, "spec");
        if (isWorkloadWithSelector(kind))
            checkSelector(spec);
        if (kind == "Service")
            checkService(name, spec);
        else if (kind == "NetworkPolicy" && !child(spec, "podSelector").IsDefined())
            report(spec.IsDefined() ? keyOf(doc, "spec") : doc, Severity::Error, tr("spec.podSelector is required"));
        else if (kind == "HTTPRoute" && !child(spec, "parentRefs").IsDefined())
            report(spec.IsDefined() ? keyOf(doc, "spec") : doc, Severity::Error, tr("spec.parentRefs is required"));

        const auto [podMetadata, podSpec] = podTemplate(kind, doc);
        if (podSpec.IsDefined() || (isWorkloadWithSelector(kind) && child(spec, "template").IsDefined()))
            checkPod(kind, name, podMetadata, podSpec);
    }

    // A Service's targetPorts against the container ports of the workloads it selects in this file.
    void checkServicePorts()
    {
        for (const PendingService &service : m_services) {
            m_firstLine = service.firstLine;
            m_kind = QStringLiteral("Service");
            std::vector<const Workload *> selected;
            for (const Workload &w : m_workloads) {
                bool all = !service.selector.empty();
                for (const auto &[key, value] : service.selector) {
                    const auto found = w.podLabels.find(key);
                    all = all && found != w.podLabels.end() && found->second == value;
                }
                if (all)
                    selected.push_back(&w);
            }
            if (selected.empty())
                continue; // its pods are defined elsewhere
            for (const YAML::Node &port : service.ports) {
                const YAML::Node target
                    = child(port, "targetPort").IsDefined() ? child(port, "targetPort") : child(port, "port");
                const QString wanted = scalar(target);
                if (wanted.isEmpty())
                    continue;
                bool isNumber = false;
                const int number = wanted.toInt(&isNumber);
                for (const Workload *w : selected) {
                    const bool listens = std::any_of(w->ports.cbegin(), w->ports.cend(), [&](const ContainerPort &p) {
                        return isNumber ? p.number == number : p.name == wanted.toStdString();
                    });
                    if (listens)
                        continue;
                    QStringList known;
                    for (const ContainerPort &p : w->ports)
                        known.append(p.name.empty()
                                ? QString::number(p.number)
                                : QString::number(p.number) + QLatin1Char('/') + QString::fromStdString(p.name));
                    report(target, Severity::Error,
                        tr("targetPort %1 matches no container port of %2, which this Service selects (its "
                           "ports: %3)")
                            .arg(wanted, w->description,
                                known.isEmpty() ? tr("none declared") : known.join(QStringLiteral(", "))));
                }
            }
        }
    }

private:
    struct PendingService {
        std::map<std::string, std::string> selector;
        std::vector<YAML::Node> ports;
        int firstLine = 0;
    };

    void report(const YAML::Node &at, Severity severity, const QString &message)
    {
        const YAML::Mark mark = at.IsDefined() ? at.Mark() : m_document.Mark();
        const auto [line, column] = mark.is_null()
            ? std::pair { m_firstLine + 1, 1 }
            : m_positions.fromUtf8LineColumn(m_firstLine + mark.line, mark.column);
        m_out.append({ m_fileName, line, column, severity, m_kind + QStringLiteral(": ") + message });
    }

    void checkSelector(const YAML::Node &spec)
    {
        const YAML::Node selector = child(spec, "selector");
        const YAML::Node podTemplate = child(spec, "template");
        if (!selector.IsDefined() || !podTemplate.IsDefined())
            return report(spec.IsDefined() ? keyOf(m_document, "spec") : m_document, Severity::Error,
                tr("spec.selector and spec.template are required"));
        const YAML::Node match = child(selector, "matchLabels");
        const YAML::Node labels = child(child(podTemplate, "metadata"), "labels");
        if (!match.IsDefined() && !child(selector, "matchExpressions").IsDefined())
            return report(keyOf(spec, "selector"), Severity::Error, tr("spec.selector.matchLabels is required"));
        if (!match.IsDefined())
            return;
        if (!labels.IsDefined())
            return report(
                keyOf(podTemplate, "metadata").IsDefined() ? keyOf(podTemplate, "metadata") : keyOf(spec, "template"),
                Severity::Error, tr("spec.template.metadata.labels is required to match the selector"));
        for (auto it = match.begin(); it != match.end(); ++it) {
            const std::string key = it->first.Scalar();
            const YAML::Node label = labels[key];
            if (!label.IsDefined())
                report(it->first, Severity::Error,
                    tr("the selector label '%1' is not on the pod template").arg(QString::fromStdString(key)));
            else if (scalar(label) != scalar(it->second))
                report(it->second, Severity::Error,
                    tr("the selector wants %1=%2 but the pod template has %1=%3")
                        .arg(QString::fromStdString(key), scalar(it->second), scalar(label)));
        }
    }

    void checkService(const QString &name, const YAML::Node &spec)
    {
        Q_UNUSED(name);
        const YAML::Node ports = child(spec, "ports");
        if (!ports.IsDefined() || !ports.IsSequence() || ports.size() == 0) {
            const YAML::Node at = ports.IsDefined() ? keyOf(spec, "ports")
                : spec.IsDefined()                  ? keyOf(m_document, "spec")
                                                    : m_document;
            return report(at, Severity::Error, tr("spec.ports must list at least one port"));
        }
        PendingService service;
        service.firstLine = m_firstLine;
        service.selector = stringMap(child(spec, "selector"));
        for (const YAML::Node &p : ports) {
            if (!child(p, "port").IsDefined())
                report(p, Severity::Error, tr("every port needs a port number"));
            service.ports.push_back(p);
        }
        m_services.push_back(std::move(service));
    }

    void checkPod(
        const std::string &kind, const QString &name, const YAML::Node &podMetadata, const YAML::Node &podSpec)
    {
        const YAML::Node containers = child(podSpec, "containers");
        if (!containers.IsDefined() || !containers.IsSequence() || containers.size() == 0) {
            const YAML::Node at = containers.IsDefined() ? keyOf(podSpec, "containers") : m_document;
            return report(at, Severity::Error, tr("the pod template must list at least one container"));
        }
        Workload workload;
        workload.description = m_kind + QStringLiteral(" '") + name + QLatin1Char('\'');
        workload.podLabels = stringMap(child(podMetadata, "labels"));
        for (const YAML::Node &c : containers) {
            const QString containerName = scalar(child(c, "name"));
            if (containerName.isEmpty() || !child(c, "image").IsDefined())
                report(c, Severity::Error, tr("every container needs a name and an image"));
            if (runsUntilStopped(kind)) {
                if (!child(c, "livenessProbe").IsDefined())
                    report(c, Severity::Warning,
                        tr("container '%1' has no livenessProbe; a hung process is never restarted")
                            .arg(containerName));
                if (!child(c, "readinessProbe").IsDefined())
                    report(c, Severity::Warning,
                        tr("container '%1' has no readinessProbe; traffic can reach it before it is ready")
                            .arg(containerName));
            }
            if (!child(child(c, "resources"), "requests").IsDefined())
                report(child(c, "resources").IsDefined() ? keyOf(c, "resources") : c, Severity::Warning,
                    tr("container '%1' sets no resources.requests; the scheduler cannot place it reliably")
                        .arg(containerName));
            const YAML::Node ports = child(c, "ports");
            if (ports.IsDefined() && ports.IsSequence()) {
                for (const YAML::Node &p : ports) {
                    ContainerPort port;
                    port.number = scalar(child(p, "containerPort")).toInt();
                    port.name = scalar(child(p, "name")).toStdString();
                    workload.ports.push_back(port);
                }
            }
        }
        m_workloads.push_back(std::move(workload));
    }

    const QString &m_fileName;
    const TextPosition &m_positions;
    TemplateDiagnostics &m_out;
    int m_firstLine = 0;
    QString m_kind;
    YAML::Node m_document;
    std::vector<Workload> m_workloads;
    std::vector<PendingService> m_services;
};

}

void KubernetesRules::check(const QString &fileName, const std::vector<YamlDocument> &documents,
    const TextPosition &positions, TemplateDiagnostics &out)
{
    Checker checker(fileName, positions, out);
    for (const YamlDocument &document : documents)
        checker.checkDocument(document);
    checker.checkServicePorts();
}

}
