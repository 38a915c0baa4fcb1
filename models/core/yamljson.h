// SPDX-License-Identifier: GPL-3.0-or-later
// YAML <-> JSON, in one place for every file format Tarmac reads and writes as YAML (template
// manifests, compositions, service records): the same scalar always means the same value.
#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace YAML {
class Emitter;
class Node;
}

namespace Tarmac {

// What a scalar means under YAML 1.2's core schema: a quoted one is always text; a plain one is
// null, a boolean, an integer (decimal, 0o octal, 0x hex), a floating-point number or text.
// Infinity and NaN, which JSON cannot hold, stay text.
QJsonValue yamlScalarToJson(const YAML::Node &node);

// A whole node as JSON (maps to objects, sequences to arrays). Readers that report positions or
// duplicate keys walk the node themselves and call yamlScalarToJson() for the scalars.
QJsonValue yamlToJson(const YAML::Node &node);

// Writes value into out: keys sorted (QJsonObject's order), empty containers in flow style, whole
// numbers without a fraction, and text quoted wherever a YAML 1.2 or 1.1 reader (PyYAML, older
// Kubernetes and compose tools read "yes" and "on" as booleans) would take it for something else.
void emitJsonAsYaml(YAML::Emitter &out, const QJsonValue &value);

// text as a YAML scalar, quoted wherever a YAML 1.2 or 1.1 reader would take it for something other
// than text; a number without a fraction when it is whole.
void emitYamlString(YAML::Emitter &out, const QString &text);
void emitYamlNumber(YAML::Emitter &out, double value);

// value as a YAML document, two-space indented, ending with a newline; loading it with
// yamlToJson() gives value back.
QByteArray jsonToYaml(const QJsonValue &value);

}
