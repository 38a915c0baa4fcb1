// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/yamljson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <yaml-cpp/yaml.h>

namespace Tarmac {

namespace {

QJsonValue plainScalarToJson(const QString &text)
{
    static const QRegularExpression nullPattern(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression truePattern(QStringLiteral("^(true|True|TRUE)$"));
    static const QRegularExpression falsePattern(QStringLiteral("^(false|False|FALSE)$"));
    static const QRegularExpression decimalPattern(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression octalPattern(QStringLiteral("^0o([0-7]+)$"));
    static const QRegularExpression hexPattern(QStringLiteral("^0x([0-9a-fA-F]+)$"));
    static const QRegularExpression floatPattern(
        QStringLiteral(R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$)"));
    if (nullPattern.match(text).hasMatch())
        return QJsonValue(QJsonValue::Null);
    if (truePattern.match(text).hasMatch())
        return true;
    if (falsePattern.match(text).hasMatch())
        return false;
    bool ok = false;
    if (decimalPattern.match(text).hasMatch()) {
        const qlonglong value = text.toLongLong(&ok);
        if (ok)
            return QJsonValue(value);
    }
    for (const auto &[pattern, base] : { std::pair { &octalPattern, 8 }, std::pair { &hexPattern, 16 } }) {
        if (const QRegularExpressionMatch match = pattern->match(text); match.hasMatch()) {
            const qlonglong value = match.captured(1).toLongLong(&ok, base);
            if (ok)
                return QJsonValue(value);
        }
    }
    if (floatPattern.match(text).hasMatch())
        return text.toDouble();
    return text;
}

}

void emitYamlString(YAML::Emitter &out, const QString &text)
{
    static const QRegularExpression yaml11Bool(QStringLiteral("^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$"));
    static const QRegularExpression special(QStringLiteral(R"(^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$)"));
    if (!plainScalarToJson(text).isString() || yaml11Bool.match(text).hasMatch() || special.match(text).hasMatch()
        || text.contains(QLatin1Char('\n')))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
}

void emitYamlNumber(YAML::Emitter &out, double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < 9.0e15)
        out << qint64(value);
    else
        out << QString::number(value, 'g', QLocale::FloatingPointShortest).toStdString();
}

QJsonValue yamlScalarToJson(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str")
        return text;
    return plainScalarToJson(text);
}

QJsonValue yamlToJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it)
            object.insert(QString::fromStdString(it->first.Scalar()), yamlToJson(it->second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(yamlToJson(item));
        return array;
    }
    case YAML::NodeType::Scalar:
        return yamlScalarToJson(node);
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

void emitJsonAsYaml(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        out << YAML::BeginMap;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            out << YAML::Key;
            emitYamlString(out, it.key());
            out << YAML::Value;
            emitJsonAsYaml(out, it.value());
        }
        out << YAML::EndMap;
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (const QJsonValue &item : array)
            emitJsonAsYaml(out, item);
        out << YAML::EndSeq;
        return;
    }
    case QJsonValue::String:
        emitYamlString(out, value.toString());
        return;
    case QJsonValue::Double:
        emitYamlNumber(out, value.toDouble());
        return;
    case QJsonValue::Bool:
        out << value.toBool();
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        return;
    }
}

QByteArray jsonToYaml(const QJsonValue &value)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetNullFormat(YAML::LowerNull);
    out.SetBoolFormat(YAML::TrueFalseBool);
    emitJsonAsYaml(out, value);
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

}
