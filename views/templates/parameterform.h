// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/parameterschema.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace Tarmac {

// A form generated from a template's parameter pages: one widget per field (text, password,
// check box, choice, number), pages as groups, and an inline message under each invalid field.
class ParameterForm : public QWidget {
    Q_OBJECT
public:
    explicit ParameterForm(QWidget *parent = nullptr);
    ~ParameterForm() override;

    // Rebuilds the form for this schema, starting from values (defaults fill the rest).
    void setSchema(const ParameterSchema &schema, const QJsonObject &values = {});
    QJsonObject values() const { return m_values; }
    // Messages per field name; fields not named are shown as valid. Messages show for fields the
    // user has edited, or for all after revealErrors().
    void setErrors(const QHash<QString, QString> &errors);
    void revealErrors();
    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }
    QLabel *errorLabelFor(const QString &field) const { return m_errorLabels.value(field); }

Q_SIGNALS:
    void valuesChanged(const QJsonObject &values);

private:
    void rebuild();
    void setValue(const QString &field, const QJsonValue &value);

    ParameterSchema m_schema;
    QJsonObject m_values;
    QStringList m_fieldNames; // to rebuild when dependencies switch fields on or off
    QVBoxLayout *m_layout = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QString> m_errors;
    QSet<QString> m_touched;
    bool m_revealAll = false;
};

}
