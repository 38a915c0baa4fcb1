// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <vector>
#include <yaml-cpp/yaml.h>

namespace Tarmac {

class TextPosition;

// One parsed YAML document and the line (0-based) of the file where it starts, since yaml-cpp marks
// count from the start of what it was given.
struct YamlDocument {
    YAML::Node root;
    int firstLine = 0;
};

// What the Kubernetes API server requires of an object, and what makes a workload run well: checked on
// each document that has an apiVersion or a kind, and across the documents of one file (a Service's
// targetPort against the ports of the pods it selects).
class KubernetesRules {
public:
    static void check(const QString &fileName, const std::vector<YamlDocument> &documents,
        const TextPosition &positions, TemplateDiagnostics &out);
};

}
