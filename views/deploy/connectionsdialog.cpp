// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsdialog.h"

#include "connectioneditor.h"
#include "platform/platformswitcher.h"
#include "platform/tokenstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tarmac {

ConnectionsDialog::ConnectionsDialog(PlatformSwitcher *switcher, QWidget *parent)
    : QDialog(parent)
    , m_switcher(switcher)
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_testButton(new QPushButton(tr("&Test"), this))
    , m_useButton(new QPushButton(tr("&Use This Platform"), this))
{
    setObjectName(u"connectionsDialog"_s);
    setWindowTitle(tr("Platform Connections"));
    m_view->setObjectName(u"connectionsView"_s);
    m_view->setModel(switcher->connections());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_message->setObjectName(u"connectionsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"addConnectionButton"_s);
    m_editButton->setObjectName(u"editConnectionButton"_s);
    m_removeButton->setObjectName(u"removeConnectionButton"_s);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_useButton->setObjectName(u"useConnectionButton"_s);
    auto *side = new QVBoxLayout;
    side->addWidget(m_useButton);
    side->addSpacing(8);
    side->addWidget(add);
    side->addWidget(m_editButton);
    side->addWidget(m_removeButton);
    side->addWidget(m_testButton);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 360);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] { edit({}); });
    connect(
        m_editButton, &QPushButton::clicked, this, [this] { edit(m_switcher->connections()->endpoint(selectedId())); });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] {
        const PlatformEndpoint endpoint = m_switcher->connections()->endpoint(selectedId());
        if (!endpoint.isEmbedded())
            edit(endpoint);
    });
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionsDialog::removeSelected);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionsDialog::testSelected);
    connect(m_useButton, &QPushButton::clicked, this, &ConnectionsDialog::useSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConnectionsDialog::updateButtons);
    connect(switcher->connections(), &QAbstractItemModel::dataChanged, this, &ConnectionsDialog::updateButtons);
    connect(
        switcher, &PlatformSwitcher::tokenSaved, this, [this](const QUrl &url, bool inKeychain, const QString &error) {
            showMessage(inKeychain ? tr("The token for %1 is kept in your keychain.").arg(TokenStore::keyFor(url))
                                   : tr("No keychain is available here (%1), so the token for %2 is kept for this "
                                        "session only; you will be asked for it again next time.")
                                         .arg(error, TokenStore::keyFor(url)));
        });
    m_view->selectRow(switcher->connections()->rowOf(switcher->connections()->activeId()));
    updateButtons();
}

ConnectionsDialog::~ConnectionsDialog() = default;

QString ConnectionsDialog::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(PlatformConnectionsModel::IdRole).toString();
}

void ConnectionsDialog::updateButtons()
{
    const QString id = selectedId();
    const bool remote = !id.isEmpty() && id != PlatformConnectionsModel::embeddedId;
    m_editButton->setEnabled(remote);
    m_removeButton->setEnabled(remote);
    m_testButton->setEnabled(remote);
    m_useButton->setEnabled(!id.isEmpty() && id != m_switcher->connections()->activeId());
}

void ConnectionsDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void ConnectionsDialog::edit(const PlatformEndpoint &endpoint)
{
    auto *editor = new ConnectionEditor(m_switcher, endpoint, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        PlatformConnectionsModel *connections = m_switcher->connections();
        const PlatformEndpoint edited = editor->endpoint();
        const QByteArray token = editor->token();
        QString id = edited.id;
        if (id.isEmpty()) {
            id = connections->add(edited);
        } else {
            const QUrl before = connections->endpoint(id).url;
            connections->update(edited);
            // The old address's token would otherwise stay in the keychain under a name nothing uses.
            if (TokenStore::keyFor(before) != TokenStore::keyFor(edited.url) && !token.isEmpty())
                m_switcher->forgetToken(before);
            if (id == connections->activeId())
                m_switcher->reload();
        }
        m_view->selectRow(connections->rowOf(id));
        if (!token.isEmpty())
            m_switcher->saveToken(connections->endpoint(id).url, token);
        else
            showMessage(tr("Saved \"%1\".").arg(edited.name));
    });
    editor->open();
}

void ConnectionsDialog::removeSelected()
{
    const PlatformEndpoint endpoint = m_switcher->connections()->endpoint(selectedId());
    if (endpoint.id.isEmpty() || endpoint.isEmbedded())
        return;
    m_switcher->forgetToken(endpoint.url);
    m_switcher->connections()->remove(endpoint.id);
    showMessage(tr("Removed \"%1\" and its token.").arg(endpoint.name));
    updateButtons();
}

void ConnectionsDialog::testSelected()
{
    const PlatformEndpoint endpoint = m_switcher->connections()->endpoint(selectedId());
    if (endpoint.id.isEmpty() || endpoint.isEmbedded())
        return;
    m_testButton->setEnabled(false);
    showMessage(tr("Asking %1…").arg(endpoint.url.toDisplayString()));
    m_switcher->test(endpoint, {}, this, [this, endpoint](bool, const QString &text) {
        updateButtons();
        showMessage(tr("%1: %2").arg(endpoint.name, text));
    });
}

void ConnectionsDialog::useSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_switcher->activate(id);
    updateButtons();
    showMessage(tr("Now using \"%1\".").arg(m_switcher->connections()->endpoint(id).name));
}

}
