// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tarmac {

// One field of a template's parameter form, from Backstage's JSON-Schema pages.
struct ParameterField {
    enum class Widget { Text, TextArea, Password, CheckBox, Choice, Number, List };

    QString name;
    int page = 0;
    QString pageTitle;
    QString title;
    QString description;
    QString type; // string, number, integer, boolean, array, object
    QJsonValue defaultValue;
    QJsonArray enumValues;
    QStringList enumNames;
    QString pattern;
    std::optional<double> minimum;
    std::optional<double> maximum;
    int minLength = -1;
    int maxLength = -1;
    bool required = false;
    bool secret = false; // ui:field Secret, ui:widget password, or Backstage's ui:backstage review mask
    Widget widget = Widget::Text;
    QString help; // ui:help, or why a Backstage picker became a text field
    bool conditional = false; // shown because of a `dependencies` branch
};

// Backstage's parameter pages: the JSON-Schema subset the form understands (type, title,
// description, default, enum, pattern, minimum, maximum, minLength, maxLength, required,
// dependencies with oneOf) and ui:* hints mapped to widgets.
class ParameterSchema {
public:
    struct Problem {
        QString path; // relative to the page, starting with '.'
        QString message;
    };

    explicit ParameterSchema(const QJsonArray &pages = {});

    // The fields the form shows for these values (dependencies switch conditional fields on).
    QList<ParameterField> fields(const QJsonObject &values = {}) const;
    std::optional<ParameterField> field(const QString &name, const QJsonObject &values = {}) const;
    int pageCount() const { return int(m_pages.size()); }
    QString pageTitle(int page) const;

    // values with each missing field's default filled in.
    QJsonObject withDefaults(const QJsonObject &values) const;
    // Per field, what is wrong with the value (empty when everything is valid).
    QHash<QString, QString> validate(const QJsonObject &values) const;
    // values with every secret field's value replaced, for logs and messages.
    QJsonObject redacted(const QJsonObject &values) const;
    QStringList secretValues(const QJsonObject &values) const;

    // A command-line or text-box value in the type the field wants.
    static QJsonValue fromText(const ParameterField &field, const QString &text);
    static QString validateValue(const ParameterField &field, const QJsonValue &value);
    // Problems in a page's schema itself (for the manifest loader).
    static QList<Problem> checkPage(const QJsonObject &page);

private:
    QJsonArray m_pages;
};

}
