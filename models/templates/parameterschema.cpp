// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/parameterschema.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Tarmac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::ParameterSchema", text);
}

const QStringList &knownTypes()
{
    static const QStringList types { QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("integer"),
        QStringLiteral("boolean"), QStringLiteral("array"), QStringLiteral("object") };
    return types;
}

bool matchesType(const QString &type, const QJsonValue &value)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type == QLatin1String("integer"))
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("object"))
        return value.isObject();
    return true;
}

ParameterField makeField(const QString &name, const QJsonObject &schema, bool required)
{
    ParameterField f;
    f.name = name;
    f.title = schema.value(QStringLiteral("title")).toString(name);
    f.description = schema.value(QStringLiteral("description")).toString();
    f.type = schema.value(QStringLiteral("type")).toString(QStringLiteral("string"));
    f.defaultValue = schema.value(QStringLiteral("default"));
    f.enumValues = schema.value(QStringLiteral("enum")).toArray();
    for (const QJsonValue &n : schema.value(QStringLiteral("enumNames")).toArray())
        f.enumNames.append(n.toString());
    f.pattern = schema.value(QStringLiteral("pattern")).toString();
    if (schema.value(QStringLiteral("minimum")).isDouble())
        f.minimum = schema.value(QStringLiteral("minimum")).toDouble();
    if (schema.value(QStringLiteral("maximum")).isDouble())
        f.maximum = schema.value(QStringLiteral("maximum")).toDouble();
    f.minLength = schema.value(QStringLiteral("minLength")).toInt(-1);
    f.maxLength = schema.value(QStringLiteral("maxLength")).toInt(-1);
    f.required = required;
    f.help = schema.value(QStringLiteral("ui:help")).toString();
    const QString uiField = schema.value(QStringLiteral("ui:field")).toString();
    const QString uiWidget = schema.value(QStringLiteral("ui:widget")).toString();
    const QJsonObject review
        = schema.value(QStringLiteral("ui:backstage")).toObject().value(QStringLiteral("review")).toObject();
    f.secret = uiField == QLatin1String("Secret") || uiWidget == QLatin1String("password")
        || review.value(QStringLiteral("mask")).isString();
    if (f.secret)
        f.widget = ParameterField::Widget::Password;
    else if (f.type == QLatin1String("boolean"))
        f.widget = ParameterField::Widget::CheckBox;
    else if (!f.enumValues.isEmpty())
        f.widget = ParameterField::Widget::Choice;
    else if (f.type == QLatin1String("number") || f.type == QLatin1String("integer"))
        f.widget = ParameterField::Widget::Number;
    else if (f.type == QLatin1String("array"))
        f.widget = ParameterField::Widget::List;
    else if (uiWidget == QLatin1String("textarea"))
        f.widget = ParameterField::Widget::TextArea;
    // Pickers that need a Backstage backend become text fields with the same validation.
    if (!uiField.isEmpty() && uiField != QLatin1String("Secret") && f.help.isEmpty())
        f.help = tr("In Backstage this is a %1; here, type the value.").arg(uiField);
    return f;
}

QSet<QString> requiredOf(const QJsonObject &schema)
{
    QSet<QString> result;
    for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray())
        result.insert(r.toString());
    return result;
}

// The oneOf branch of `dependencies` whose enum-constrained properties all match the values.
QList<QJsonObject> activeBranches(const QJsonObject &page, const QJsonObject &values)
{
    QList<QJsonObject> result;
    const QJsonObject dependencies = page.value(QStringLiteral("dependencies")).toObject();
    for (auto it = dependencies.constBegin(); it != dependencies.constEnd(); ++it) {
        const QJsonObject dependency = it.value().toObject();
        const QJsonArray oneOf = dependency.value(QStringLiteral("oneOf")).toArray();
        if (oneOf.isEmpty() && dependency.contains(QStringLiteral("properties"))) {
            if (values.contains(it.key()))
                result.append(dependency);
            continue;
        }
        for (const QJsonValue &branchValue : oneOf) {
            const QJsonObject branch = branchValue.toObject();
            const QJsonObject properties = branch.value(QStringLiteral("properties")).toObject();
            const QJsonValue guard = properties.value(it.key());
            const QJsonArray allowed = guard.toObject().value(QStringLiteral("enum")).toArray();
            const QJsonValue current = values.value(it.key());
            if (allowed.isEmpty() || allowed.contains(current)) {
                result.append(branch);
                break;
            }
        }
    }
    return result;
}

}

ParameterSchema::ParameterSchema(const QJsonArray &pages)
    : m_pages(pages)
{
}

QString ParameterSchema::pageTitle(int page) const
{
    return m_pages.at(page).toObject().value(QStringLiteral("title")).toString();
}

QList<ParameterField> ParameterSchema::fields(const QJsonObject &values) const
{
    QList<ParameterField> result;
    QSet<QString> seen;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const QJsonObject page = m_pages.at(i).toObject();
        const QString title = page.value(QStringLiteral("title")).toString();
        auto add = [&](const QJsonObject &schema, bool conditional) {
            const QSet<QString> required = requiredOf(schema);
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            // Keep the order of the manifest: QJsonObject sorts keys, ui:order and the page's
            // own order are not recoverable from it, so the loader's order list is used when present.
            QStringList order;
            for (const QJsonValue &v : page.value(QStringLiteral("ui:order")).toArray())
                order.append(v.toString());
            for (const QJsonValue &v : schema.value(QStringLiteral("x-tarmac-order")).toArray())
                order.append(v.toString());
            for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
                if (!order.contains(it.key()))
                    order.append(it.key());
            }
            for (const QString &name : std::as_const(order)) {
                if (!properties.contains(name))
                    continue;
                if (seen.contains(name)) {
                    // A dependency branch may tighten a field that is already listed (its enum guard).
                    continue;
                }
                seen.insert(name);
                ParameterField f = makeField(name, properties.value(name).toObject(), required.contains(name));
                f.page = int(i);
                f.pageTitle = title;
                f.conditional = conditional;
                result.append(f);
            }
        };
        add(page, false);
        for (const QJsonObject &branch : activeBranches(page, values)) {
            add(branch, true);
            const QSet<QString> required = requiredOf(branch);
            for (ParameterField &f : result) {
                if (required.contains(f.name))
                    f.required = true;
            }
        }
    }
    return result;
}

std::optional<ParameterField> ParameterSchema::field(const QString &name, const QJsonObject &values) const
{
    for (const ParameterField &f : fields(values)) {
        if (f.name == name)
            return f;
    }
    return std::nullopt;
}

QJsonObject ParameterSchema::withDefaults(const QJsonObject &values) const
{
    QJsonObject result = values;
    // Twice: a default may switch on a dependency branch that has defaults of its own.
    for (int round = 0; round < 2; ++round) {
        for (const ParameterField &f : fields(result)) {
            if (!result.contains(f.name) && !f.defaultValue.isUndefined())
                result.insert(f.name, f.defaultValue);
        }
    }
    return result;
}

QString ParameterSchema::validateValue(const ParameterField &f, const QJsonValue &value)
{
    const bool empty = value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty());
    if (empty)
        return f.required ? tr("%1 is required").arg(f.title) : QString();
    if (!matchesType(f.type, value))
        return tr("%1 must be of type %2").arg(f.title, f.type);
    if (!f.enumValues.isEmpty() && !f.enumValues.contains(value)) {
        QStringList allowed;
        for (const QJsonValue &v : f.enumValues)
            allowed.append(v.isString() ? v.toString() : v.toVariant().toString());
        return tr("%1 must be one of: %2").arg(f.title, allowed.join(QStringLiteral(", ")));
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (f.minLength >= 0 && text.size() < f.minLength)
            return tr("%1 must be at least %2 characters long").arg(f.title).arg(f.minLength);
        if (f.maxLength >= 0 && text.size() > f.maxLength)
            return tr("%1 must be at most %2 characters long").arg(f.title).arg(f.maxLength);
        if (!f.pattern.isEmpty()) {
            // JSON Schema patterns are ECMA-262 and unanchored; PCRE agrees for the usual subset.
            const QRegularExpression pattern(f.pattern);
            if (pattern.isValid() && !pattern.match(text).hasMatch())
                return tr("%1 must match the pattern %2").arg(f.title, f.pattern);
        }
    }
    if (value.isDouble()) {
        if (f.minimum && value.toDouble() < *f.minimum)
            return tr("%1 must be at least %2").arg(f.title).arg(*f.minimum);
        if (f.maximum && value.toDouble() > *f.maximum)
            return tr("%1 must be at most %2").arg(f.title).arg(*f.maximum);
    }
    return {};
}

QHash<QString, QString> ParameterSchema::validate(const QJsonObject &values) const
{
    QHash<QString, QString> problems;
    for (const ParameterField &f : fields(values)) {
        const QString problem = validateValue(f, values.value(f.name));
        if (!problem.isEmpty())
            problems.insert(f.name, problem);
    }
    return problems;
}

QStringList ParameterSchema::secretValues(const QJsonObject &values) const
{
    QStringList result;
    for (const ParameterField &f : fields(values)) {
        if (f.secret && values.value(f.name).isString() && !values.value(f.name).toString().isEmpty())
            result.append(values.value(f.name).toString());
    }
    return result;
}

QJsonObject ParameterSchema::redacted(const QJsonObject &values) const
{
    QJsonObject result = values;
    for (const ParameterField &f : fields(values)) {
        if (f.secret && result.contains(f.name))
            result.insert(f.name, QStringLiteral("***"));
    }
    return result;
}

QJsonValue ParameterSchema::fromText(const ParameterField &f, const QString &text)
{
    if (f.type == QLatin1String("boolean")) {
        if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no"))
            return false;
        return text;
    }
    if (f.type == QLatin1String("number") || f.type == QLatin1String("integer")) {
        bool ok = false;
        const double number = text.toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    if (f.type == QLatin1String("array")) {
        QJsonArray array;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            array.append(part.trimmed());
        return array;
    }
    return text;
}

QList<ParameterSchema::Problem> ParameterSchema::checkPage(const QJsonObject &page)
{
    QList<Problem> problems;
    const QJsonValue propertiesValue = page.value(QStringLiteral("properties"));
    if (!propertiesValue.isUndefined() && !propertiesValue.isObject()) {
        problems.append(
            { QStringLiteral(".properties"), tr("'properties' must be a mapping of field names to schemas") });
        return problems;
    }
    const QJsonObject properties = propertiesValue.toObject();
    for (const QJsonValue &r : page.value(QStringLiteral("required")).toArray()) {
        if (!properties.contains(r.toString()) && !page.contains(QStringLiteral("dependencies")))
            problems.append({ QStringLiteral(".required"),
                tr("required field '%1' is not among the page's properties; expected one of: %2")
                    .arg(r.toString(), properties.keys().join(QStringLiteral(", "))) });
    }
    if (page.contains(QStringLiteral("required")) && !page.value(QStringLiteral("required")).isArray())
        problems.append({ QStringLiteral(".required"), tr("'required' must be a list of field names") });
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const QString path = QStringLiteral(".properties.") + it.key();
        if (!it.value().isObject()) {
            problems.append({ path, tr("field '%1' must be a mapping (a JSON Schema)").arg(it.key()) });
            continue;
        }
        const QJsonObject schema = it.value().toObject();
        const QString type = schema.value(QStringLiteral("type")).toString();
        if (schema.contains(QStringLiteral("type")) && !knownTypes().contains(type))
            problems.append({ path + QStringLiteral(".type"),
                tr("field '%1' has type '%2'; expected one of: %3")
                    .arg(it.key(), schema.value(QStringLiteral("type")).toVariant().toString(),
                        knownTypes().join(QStringLiteral(", "))) });
        if (schema.contains(QStringLiteral("pattern"))) {
            const QRegularExpression pattern(schema.value(QStringLiteral("pattern")).toString());
            if (!schema.value(QStringLiteral("pattern")).isString() || !pattern.isValid())
                problems.append({ path + QStringLiteral(".pattern"),
                    tr("field '%1' has a pattern that is not a valid regular expression: %2")
                        .arg(it.key(), pattern.errorString()) });
        }
        if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).isArray())
            problems.append(
                { path + QStringLiteral(".enum"), tr("field '%1' has an enum that is not a list").arg(it.key()) });
        for (const QString &key : { QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("minLength"),
                 QStringLiteral("maxLength") }) {
            if (schema.contains(key) && !schema.value(key).isDouble())
                problems.append(
                    { path + QLatin1Char('.') + key, tr("field '%1': '%2' must be a number").arg(it.key(), key) });
        }
        if (schema.contains(QStringLiteral("default")) && !type.isEmpty() && knownTypes().contains(type)
            && !matchesType(type, schema.value(QStringLiteral("default"))))
            problems.append({ path + QStringLiteral(".default"),
                tr("field '%1' has a default that is not of type %2").arg(it.key(), type) });
        const QJsonArray enumValues = schema.value(QStringLiteral("enum")).toArray();
        if (schema.contains(QStringLiteral("default")) && !enumValues.isEmpty()
            && !enumValues.contains(schema.value(QStringLiteral("default"))))
            problems.append({ path + QStringLiteral(".default"),
                tr("field '%1' has a default that is not one of its enum values").arg(it.key()) });
    }
    return problems;
}

}
