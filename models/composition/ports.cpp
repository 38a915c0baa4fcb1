// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/ports.h"

namespace Tarmac {

namespace {
const ServiceNode *findService(const Composition &composition, const QString &id)
{
    for (const ServiceNode &service : composition.services) {
        if (service.id == id)
            return &service;
    }
    return nullptr;
}

const ResourceNode *findResource(const Composition &composition, const QString &id)
{
    for (const ResourceNode &resource : composition.resources) {
        if (resource.id == id)
            return &resource;
    }
    return nullptr;
}
}

PortRules::PortRules(const QList<TemplateManifest> &templates)
{
    for (const TemplateManifest &manifest : templates)
        m_templates.insert(manifest.name, manifest);
}

const TemplateManifest *PortRules::findTemplate(const QString &name) const
{
    const auto it = m_templates.constFind(name);
    return it == m_templates.constEnd() ? nullptr : &it.value();
}

QStringList PortRules::attachableKinds(const ServiceNode &service) const
{
    const TemplateManifest *manifest = findTemplate(service.templateName);
    return manifest ? manifest->attachableResources : QStringList();
}

QString PortRules::structuralProblem(const Composition &composition, const Connection &connection)
{
    const bool fromService = findService(composition, connection.from);
    const bool fromResource = findResource(composition, connection.from);
    const bool toService = findService(composition, connection.to);
    const bool toResource = findResource(composition, connection.to);
    if (!fromService && !fromResource)
        return tr("there is no node '%1'").arg(connection.from);
    if (!toService && !toResource)
        return tr("there is no node '%1'").arg(connection.to);
    if (connection.from == connection.to)
        return tr("'%1' cannot connect to itself").arg(connection.from);
    if (fromResource)
        return toResource ? tr("two resources ('%1' and '%2') cannot be connected; connect each to a service")
                                .arg(connection.from, connection.to)
                          : tr("a connection starts at a service, not at the resource '%1'").arg(connection.from);
    if (connection.kind == Connection::Kind::Uses && !toResource)
        return tr("'%1' is a service: a service calls another service, it does not use it").arg(connection.to);
    if (connection.kind == Connection::Kind::Calls && !toService)
        return tr("'%1' is a resource: a service uses a resource, it does not call it").arg(connection.to);
    for (const Connection &existing : composition.connections) {
        if (existing.from == connection.from && existing.to == connection.to)
            return tr("'%1' is already connected to '%2'").arg(connection.from, connection.to);
    }
    return {};
}

QString PortRules::templateProblem(const Composition &composition, const Connection &connection) const
{
    if (connection.kind != Connection::Kind::Uses)
        return {};
    const ServiceNode *service = findService(composition, connection.from);
    const ResourceNode *resource = findResource(composition, connection.to);
    if (!service || !resource)
        return {};
    const TemplateManifest *manifest = findTemplate(service->templateName);
    if (!manifest)
        return tr("the template '%1' of '%2' is not in the catalog, so the resources it takes are unknown")
            .arg(service->templateName, service->id);
    if (!manifest->attachableResources.contains(resource->kind)) {
        return manifest->attachableResources.isEmpty()
            ? tr("'%1' (%2) takes no resources").arg(service->id, manifest->name)
            : tr("'%1' (%2) takes %3, not %4")
                  .arg(service->id, manifest->name, manifest->attachableResources.join(QStringLiteral(", ")),
                      resource->kind);
    }
    return {};
}

PortRules::Verdict PortRules::check(const Composition &composition, const QString &from, const QString &to) const
{
    Verdict verdict;
    verdict.connection.from = from;
    verdict.connection.to = to;
    // Read a drag that starts at a resource and ends at a service from the service's side.
    if (findResource(composition, from) && findService(composition, to))
        std::swap(verdict.connection.from, verdict.connection.to);
    verdict.connection.kind
        = findService(composition, verdict.connection.to) ? Connection::Kind::Calls : Connection::Kind::Uses;
    verdict.reason = structuralProblem(composition, verdict.connection);
    if (verdict.reason.isEmpty())
        verdict.reason = templateProblem(composition, verdict.connection);
    return verdict;
}

QStringList PortRules::problems(const Composition &composition) const
{
    QStringList problems;
    Composition before = composition;
    before.connections.clear();
    for (const Connection &connection : composition.connections) {
        QString problem = structuralProblem(before, connection);
        if (problem.isEmpty())
            problem = templateProblem(before, connection);
        if (!problem.isEmpty())
            problems.append(tr("%1 -> %2: %3").arg(connection.from, connection.to, problem));
        before.connections.append(connection);
    }
    return problems;
}

}
