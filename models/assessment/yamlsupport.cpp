// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/yamlsupport.h"

namespace Tarmac {

QString toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

YamlReader::YamlReader(const QString &fileName)
    : m_fileName(fileName)
{
}

YAML::Node YamlReader::parse(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty()) {
        m_errors.append({ m_fileName, 1, 1, tr("the file is empty") });
        return YAML::Node(YAML::NodeType::Undefined);
    }
    try {
        YAML::Node root = YAML::Load(std::string(bytes.constData(), size_t(bytes.size())));
        if (!root.IsMap()) {
            error(root, tr("the top level must be a mapping of keys to values"));
            return YAML::Node(YAML::NodeType::Undefined);
        }
        return root;
    } catch (const YAML::Exception &exception) {
        error(exception.mark, tr("not valid YAML: %1").arg(toQString(exception.msg)));
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

void YamlReader::error(const YAML::Mark &mark, const QString &message)
{
    if (mark.is_null())
        m_errors.append({ m_fileName, 0, 0, message });
    else
        m_errors.append({ m_fileName, mark.line + 1, mark.column + 1, message });
}

void YamlReader::error(const YAML::Node &at, const QString &message)
{
    error(at.IsDefined() ? at.Mark() : YAML::Mark::null_mark(), message);
}

bool YamlReader::scalarText(const YAML::Node &node, QString *out)
{
    if (!node.IsScalar())
        return false;
    *out = toQString(node.Scalar());
    return true;
}

bool YamlReader::scalarInteger(const YAML::Node &node, int *out)
{
    return node.IsScalar() && YAML::convert<int>::decode(node, *out);
}

QString YamlReader::text(const YAML::Node &map, const char *key, bool required)
{
    const YAML::Node value = map[key];
    if (!value.IsDefined() || value.IsNull()) {
        if (required)
            error(map, tr("missing required key '%1'").arg(QLatin1String(key)));
        return {};
    }
    QString result;
    if (!scalarText(value, &result))
        error(value, tr("'%1' must be text").arg(QLatin1String(key)));
    return result;
}

int YamlReader::integer(const YAML::Node &map, const char *key, bool required, int fallback)
{
    const YAML::Node value = map[key];
    if (!value.IsDefined() || value.IsNull()) {
        if (required)
            error(map, tr("missing required key '%1'").arg(QLatin1String(key)));
        return fallback;
    }
    int result = fallback;
    if (!scalarInteger(value, &result)) {
        error(value, tr("'%1' must be a whole number").arg(QLatin1String(key)));
        return fallback;
    }
    return result;
}

bool YamlReader::boolean(const YAML::Node &map, const char *key, bool fallback)
{
    const YAML::Node value = map[key];
    if (!value.IsDefined() || value.IsNull())
        return fallback;
    bool result = fallback;
    if (!value.IsScalar() || !YAML::convert<bool>::decode(value, result))
        error(value, tr("'%1' must be true or false").arg(QLatin1String(key)));
    return result;
}

QStringList YamlReader::textList(const YAML::Node &map, const char *key)
{
    const YAML::Node value = map[key];
    if (!value.IsDefined() || value.IsNull())
        return {};
    if (!value.IsSequence()) {
        error(value, tr("'%1' must be a list").arg(QLatin1String(key)));
        return {};
    }
    QStringList result;
    for (const YAML::Node &item : value) {
        QString entry;
        if (scalarText(item, &entry))
            result.append(entry);
        else
            error(item, tr("every entry of '%1' must be text").arg(QLatin1String(key)));
    }
    return result;
}

YAML::Node YamlReader::sequence(const YAML::Node &map, const char *key, bool required)
{
    const YAML::Node value = map[key];
    if (!value.IsDefined() || value.IsNull()) {
        if (required)
            error(map, tr("missing required key '%1'").arg(QLatin1String(key)));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    if (!value.IsSequence()) {
        error(value, tr("'%1' must be a list").arg(QLatin1String(key)));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return value;
}

YAML::Node YamlReader::mapping(const YAML::Node &map, const char *key, bool required)
{
    const YAML::Node value = map[key];
    if (!value.IsDefined() || value.IsNull()) {
        if (required)
            error(map, tr("missing required key '%1'").arg(QLatin1String(key)));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    if (!value.IsMap()) {
        error(value, tr("'%1' must be a mapping of keys to values").arg(QLatin1String(key)));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return value;
}

}
