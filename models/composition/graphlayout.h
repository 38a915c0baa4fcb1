// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/composition.h"

#include <QCoreApplication>
#include <QSizeF>

namespace Tarmac {

// Automatic layout of a composition with Graphviz's `dot`, in process: callers left, what they call
// and use to their right. Takes long on large graphs: run it off the GUI thread. Thread-safe (one
// layout at a time; Graphviz keeps global state).
class GraphLayout {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::GraphLayout)
public:
    struct Result {
        QHash<QString, QPointF> positions; // top-left corner of every node, in canvas units
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    static Result compute(const Composition &composition, const QSizeF &nodeSize);
};

}
