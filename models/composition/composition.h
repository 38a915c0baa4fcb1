// SPDX-License-Identifier: GPL-3.0-or-later
// Value types of a composition: a system of services and resources joined by typed connections.
// Meaning only; where nodes sit on the canvas is kept apart (CompositionLayout) so that moving a
// node never changes what the system is.
#pragma once

#include "composition/overrides.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

namespace Tarmac {

// A service made from a golden-path template with its parameters.
struct ServiceNode {
    QString id; // stable, unique in the composition; also the folder name in the bundle
    QString templateName;
    QString templateVersion; // the version it was composed with; a newer catalog version is an upgrade
    QJsonObject parameters; // the form's values, before defaults
    // Hand edits of its generated files made in the workbench, sorted by path; merged three-way into
    // every render (Generate writes them into the service folder as that folder's overrides).
    QList<Override> overrides = {};

    const Override *overrideOf(const QString &path) const
    {
        for (const Override &o : overrides) {
            if (o.path == path)
                return &o;
        }
        return nullptr;
    }
    bool operator==(const ServiceNode &) const = default;
};

// A resource (database, cache, queue, object storage, route) made from a resource template.
struct ResourceNode {
    QString id;
    QString kind; // the resource template's resourceKind: postgres, redis, queue...
    QString templateName;
    QString templateVersion;
    QJsonObject parameters;

    bool operator==(const ResourceNode &) const = default;
};

// A typed edge: a service uses a resource, or a service calls another service.
struct Connection {
    enum class Kind { Uses, Calls };
    QString from; // always a service id
    QString to; // a resource id (Uses) or a service id (Calls)
    Kind kind = Kind::Uses;

    bool operator==(const Connection &) const = default;
};

struct Composition {
    QString name;
    QString description;
    QList<ServiceNode> services;
    QList<ResourceNode> resources;
    QList<Connection> connections;

    bool operator==(const Composition &) const = default;
};

// Canvas positions by node id, saved apart from the meaning.
struct CompositionLayout {
    QHash<QString, QPointF> positions;

    bool operator==(const CompositionLayout &) const = default;
};

}
