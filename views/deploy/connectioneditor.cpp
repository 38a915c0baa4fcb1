// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioneditor.h"

#include "platform/platformswitcher.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tarmac {

ConnectionEditor::ConnectionEditor(PlatformSwitcher *switcher, const PlatformEndpoint &endpoint, QWidget *parent)
    : QDialog(parent)
    , m_switcher(switcher)
    , m_id(endpoint.id)
    , m_name(new QLineEdit(endpoint.name, this))
    , m_url(new QLineEdit(endpoint.url.toString(), this))
    , m_caFile(new QLineEdit(endpoint.caFile, this))
    , m_token(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test"), this))
{
    setObjectName(u"connectionEditor"_s);
    setWindowTitle(m_id.isEmpty() ? tr("Add Platform Connection") : tr("Edit Platform Connection"));
    m_name->setObjectName(u"connectionName"_s);
    m_name->setPlaceholderText(tr("for example: staging"));
    m_url->setObjectName(u"connectionUrl"_s);
    m_url->setPlaceholderText(tr("https://platform.example.org"));
    m_caFile->setObjectName(u"connectionCaFile"_s);
    m_caFile->setPlaceholderText(tr("optional: a PEM file, for a platform with a private CA"));
    m_token->setObjectName(u"connectionToken"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(m_id.isEmpty() ? tr("from tarmacd token create, or your platform team")
                                               : tr("leave empty to keep the stored token"));
    m_token->setToolTip(tr("Kept in your system's keychain, never in a file"));
    m_message->setObjectName(u"connectionMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_testButton->setObjectName(u"editorTestButton"_s);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    auto *caLabel = new QLabel(tr("&CA certificate:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("T&oken:"), m_token);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"connectionSaveButton"_s);
    save->setDefault(true);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionEditor::testConnection);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(
            this, tr("CA certificate"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_caFile->setText(file); });
        dialog->open();
    });
}

ConnectionEditor::~ConnectionEditor() = default;

PlatformEndpoint ConnectionEditor::endpoint() const
{
    const QString address = m_url->text().trimmed();
    return { m_id, m_name->text().trimmed(), address.isEmpty() ? QUrl() : QUrl(address, QUrl::StrictMode),
        m_caFile->text().trimmed() };
}

QByteArray ConnectionEditor::token() const
{
    return m_token->text().trimmed().toUtf8();
}

void ConnectionEditor::accept()
{
    const QString problem = m_switcher->connections()->validate(endpoint(), m_id);
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        return;
    }
    QDialog::accept();
}

void ConnectionEditor::testConnection()
{
    const QString problem = m_switcher->connections()->validate(endpoint(), m_id);
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        return;
    }
    m_testButton->setEnabled(false);
    m_message->setText(tr("Asking %1…").arg(endpoint().url.toDisplayString()));
    m_message->show();
    m_switcher->test(endpoint(), token(), this, [this](bool, const QString &text) {
        m_testButton->setEnabled(true);
        m_message->setText(text);
    });
}

}
