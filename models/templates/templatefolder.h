// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <QJsonObject>

namespace Tarmac {

// A template folder as the platform API carries it (POST /templates, GET /templates/{name}): each
// file's '/'-separated path relative to the folder, to its text.
class TemplateFolder {
public:
    struct Read {
        QJsonObject files;
        TemplateDiagnostics diagnostics; // a file that cannot be read or is not UTF-8 text
    };
    // Every file under folder, hidden ones (.git, editor droppings) left out.
    static Read read(const QString &folder);
    // Writes files into folder, replacing what was there, every path checked by PathGuard: the files
    // go to a hidden sibling first, which then takes folder's place, so a failure leaves the old
    // content. Returns what went wrong (empty on success).
    static TemplateDiagnostics write(const QJsonObject &files, const QString &folder);
};

}
