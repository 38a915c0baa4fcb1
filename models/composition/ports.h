// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/composition.h"
#include "templates/templatetypes.h"

#include <QCoreApplication>
#include <QHash>

namespace Tarmac {

// Which connections a composition may hold, and why not when it may not. The one place that knows:
// the file loader, the document, the canvas and `tarmacctl compose` all ask here.
// - a service uses a resource only if its template lists the resource's kind as attachable;
// - a service calls another service;
// - no resource starts a connection, no node connects to itself, no connection is listed twice.
class PortRules {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::PortRules)
public:
    // With no templates only the structure is checked; a service then takes no resource, since
    // what its template allows is unknown.
    PortRules() = default;
    explicit PortRules(const QList<TemplateManifest> &templates);

    struct Verdict {
        Connection connection; // the connection to add, drawn from the service side
        QString reason; // empty when allowed
        bool allowed() const { return reason.isEmpty(); }
    };

    // A new connection dragged from one node to another. Dragging from a resource to a service is
    // read as the service using the resource.
    Verdict check(const Composition &composition, const QString &from, const QString &to) const;
    // Every listed connection that breaks a rule, as a sentence naming it.
    QStringList problems(const Composition &composition) const;

    // The rules that need no catalog: both ends exist, the kind matches the ends, no self-edge, not
    // already in composition.connections.
    static QString structuralProblem(const Composition &composition, const Connection &connection);
    // The resource kinds a service's template takes; empty when its template is unknown.
    QStringList attachableKinds(const ServiceNode &service) const;
    const TemplateManifest *findTemplate(const QString &name) const;

private:
    QString templateProblem(const Composition &composition, const Connection &connection) const;

    QHash<QString, TemplateManifest> m_templates;
};

}
