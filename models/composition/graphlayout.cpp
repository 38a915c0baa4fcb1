// SPDX-License-Identifier: GPL-3.0-or-later
#include "composition/graphlayout.h"

#include <QMutex>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace Tarmac {

namespace {
// Graphviz counts in points (1/72 inch); the canvas in its own units, one per point.
constexpr double pointsPerInch = 72.0;

std::string inches(double units)
{
    return QByteArray::number(units / pointsPerInch, 'f', 3).toStdString();
}

void set(void *object, const char *name, const std::string &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.c_str()), const_cast<char *>(""));
}
}

GraphLayout::Result GraphLayout::compute(const Composition &composition, const QSizeF &nodeSize)
{
    static QMutex graphviz;
    const QMutexLocker lock(&graphviz);
    Result result;

    GVC_t *context = gvContext();
    Agraph_t *graph = agopen(const_cast<char *>("composition"), Agdirected, nullptr);
    set(graph, "rankdir", "LR");
    set(graph, "nodesep", inches(nodeSize.height() * 0.5));
    set(graph, "ranksep", inches(nodeSize.width() * 0.6));
    QHash<QString, Agnode_t *> nodes;
    const auto add = [&](const QString &id) {
        Agnode_t *node = agnode(graph, id.toUtf8().data(), 1);
        set(node, "shape", "box");
        set(node, "fixedsize", "true");
        set(node, "width", inches(nodeSize.width()));
        set(node, "height", inches(nodeSize.height()));
        nodes.insert(id, node);
    };
    for (const ServiceNode &service : composition.services)
        add(service.id);
    for (const ResourceNode &resource : composition.resources)
        add(resource.id);
    for (const Connection &connection : composition.connections) {
        Agnode_t *from = nodes.value(connection.from);
        Agnode_t *to = nodes.value(connection.to);
        if (from && to)
            agedge(graph, from, to, nullptr, 1);
    }

    if (gvLayout(context, graph, "dot") != 0) {
        result.error = tr("Graphviz could not lay out the composition (is its dot layout plugin installed?)");
    } else {
        // Graphviz puts y upwards and gives centres; the canvas wants y downwards and corners.
        const double top = GD_bb(graph).UR.y;
        for (auto it = nodes.constBegin(); it != nodes.constEnd(); ++it) {
            const pointf centre = ND_coord(it.value());
            result.positions.insert(
                it.key(), QPointF(centre.x - nodeSize.width() / 2, (top - centre.y) - nodeSize.height() / 2));
        }
        gvFreeLayout(context, graph);
    }
    agclose(graph);
    gvFreeContext(context);
    return result;
}

}
