// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace Tarmac {

ParameterForm::ParameterForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

ParameterForm::~ParameterForm() = default;

void ParameterForm::setSchema(const ParameterSchema &schema, const QJsonObject &values)
{
    m_schema = schema;
    m_values = schema.withDefaults(values);
    m_touched.clear();
    m_revealAll = false;
    rebuild();
    Q_EMIT valuesChanged(m_values);
}

void ParameterForm::setValue(const QString &field, const QJsonValue &value)
{
    m_touched.insert(field);
    if (value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        m_values.remove(field);
    else
        m_values.insert(field, value);
    QStringList names;
    for (const ParameterField &f : m_schema.fields(m_values))
        names.append(f.name);
    if (names != m_fieldNames) {
        // A dependency switched fields on or off: rebuild after this edit's signal returns.
        QTimer::singleShot(0, this, [this] {
            const QWidget *focus = focusWidget();
            const QString focusedField = m_editors.key(const_cast<QWidget *>(focus));
            rebuild();
            if (QWidget *editor = m_editors.value(focusedField))
                editor->setFocus();
        });
    }
    Q_EMIT valuesChanged(m_values);
}

void ParameterForm::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_editors.clear();
    m_errorLabels.clear();
    m_fieldNames.clear();
    QFormLayout *form = nullptr;
    int page = -1;
    for (const ParameterField &f : m_schema.fields(m_values)) {
        m_fieldNames.append(f.name);
        if (f.page != page || !form) {
            page = f.page;
            auto *group = new QGroupBox(f.pageTitle.isEmpty() ? tr("Parameters") : f.pageTitle, this);
            form = new QFormLayout(group);
            form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
            m_layout->addWidget(group);
        }
        const QJsonValue value = m_values.value(f.name);
        QWidget *editor = nullptr;
        const QString name = f.name;
        switch (f.widget) {
        case ParameterField::Widget::CheckBox: {
            auto *box = new QCheckBox(form->parentWidget());
            box->setChecked(value.toBool());
            connect(box, &QCheckBox::toggled, this, [this, name](bool on) { setValue(name, on); });
            editor = box;
            break;
        }
        case ParameterField::Widget::Choice: {
            auto *combo = new QComboBox(form->parentWidget());
            for (qsizetype i = 0; i < f.enumValues.size(); ++i) {
                const QJsonValue v = f.enumValues.at(i);
                combo->addItem(i < f.enumNames.size() ? f.enumNames.at(i) : v.toVariant().toString(), v.toVariant());
            }
            for (qsizetype i = 0; i < f.enumValues.size(); ++i) {
                if (f.enumValues.at(i) == value)
                    combo->setCurrentIndex(int(i));
            }
            connect(combo, &QComboBox::currentIndexChanged, this,
                [this, name, combo](int) { setValue(name, QJsonValue::fromVariant(combo->currentData())); });
            editor = combo;
            break;
        }
        case ParameterField::Widget::Number: {
            auto *spin = new QDoubleSpinBox(form->parentWidget());
            spin->setDecimals(f.type == QLatin1String("integer") ? 0 : 3);
            spin->setRange(f.minimum.value_or(-1e9), f.maximum.value_or(1e9));
            spin->setValue(value.toDouble());
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, name](double v) { setValue(name, v); });
            editor = spin;
            break;
        }
        case ParameterField::Widget::TextArea: {
            auto *text = new QPlainTextEdit(value.toString(), form->parentWidget());
            text->setMaximumHeight(80);
            connect(
                text, &QPlainTextEdit::textChanged, this, [this, name, text] { setValue(name, text->toPlainText()); });
            editor = text;
            break;
        }
        case ParameterField::Widget::List:
        case ParameterField::Widget::Text:
        case ParameterField::Widget::Password: {
            auto *line = new QLineEdit(form->parentWidget());
            if (f.widget == ParameterField::Widget::List) {
                QStringList items;
                for (const QJsonValue &v : value.toArray())
                    items.append(v.toString());
                line->setText(items.join(QStringLiteral(", ")));
                line->setPlaceholderText(tr("comma-separated"));
            } else {
                line->setText(value.toString());
            }
            if (f.widget == ParameterField::Widget::Password)
                line->setEchoMode(QLineEdit::Password);
            connect(line, &QLineEdit::textEdited, this,
                [this, f, line](const QString &text) { setValue(f.name, ParameterSchema::fromText(f, text)); });
            editor = line;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("field_") + f.name);
        QString tip = f.description;
        if (!f.help.isEmpty())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + f.help;
        editor->setToolTip(tip);
        auto *cell = new QWidget(form->parentWidget());
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        auto *error = new QLabel(cell);
        error->setObjectName(QStringLiteral("error_") + f.name);
        error->setWordWrap(true);
        QPalette palette = error->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        error->setPalette(palette);
        error->hide();
        cellLayout->addWidget(error);
        auto *label = new QLabel(f.title + (f.required ? QStringLiteral(" *") : QString()), form->parentWidget());
        label->setBuddy(editor);
        form->addRow(label, cell);
        m_editors.insert(f.name, editor);
        m_errorLabels.insert(f.name, error);
    }
    m_layout->addStretch(1);
}

void ParameterForm::revealErrors()
{
    m_revealAll = true;
    setErrors(m_errors);
}

void ParameterForm::setErrors(const QHash<QString, QString> &errors)
{
    m_errors = errors;
    for (auto it = m_errorLabels.constBegin(); it != m_errorLabels.constEnd(); ++it) {
        const QString message = m_revealAll || m_touched.contains(it.key()) ? errors.value(it.key()) : QString();
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
}

}
