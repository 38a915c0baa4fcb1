// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedsessionsdialog.h"

#include "platform/platformclient.h"
#include "platform/platformconnection.h"
#include "platform/storedassessmentsmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Tarmac {

StoredSessionsDialog::StoredSessionsDialog(PlatformClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_model(new StoredAssessmentsModel(this))
{
    setObjectName(QStringLiteral("storedSessionsDialog"));
    setWindowTitle(tr("Open a session from the platform"));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(tr("Sessions stored on %1, newest first.")
                                 .arg(client->connection()->baseUrl().toDisplayString(QUrl::RemoveUserInfo)),
        this);
    where->setWordWrap(true);
    layout->addWidget(where);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("storedSessions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(StoredAssessmentsModel::TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("storedSessionsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openStoredSession"));
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("retryStoredSessions"));
    m_retry->hide();
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    // Open fetches first; the dialog closes when the text has arrived.
    connect(m_open, &QPushButton::clicked, this, &StoredSessionsDialog::openSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::activated, this, &StoredSessionsDialog::openSelected);
    connect(m_retry, &QPushButton::clicked, m_model, &PlatformListModel::refresh);

    connect(m_model, &PlatformListModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            setStatus(tr("Loading the platform's sessions…"), false);
        m_retry->hide();
    });
    connect(m_model, &PlatformListModel::loaded, this, [this] {
        setStatus(m_model->rowCount() == 0 ? tr("The platform stores no sessions yet. Publish one from the Assess "
                                                "page, or with tarmacctl assessment publish.")
                                           : QString(),
            false);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
        updateButtons();
    });
    connect(m_model, &PlatformListModel::failed, this, [this](const ApiError &error) {
        setStatus(tr("The sessions could not be loaded. %1").arg(error.describe()), true);
        m_retry->show();
        updateButtons();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StoredSessionsDialog::updateButtons);
    m_model->setClient(client);
    m_model->refresh();
    updateButtons();
}

StoredSessionsDialog::~StoredSessionsDialog()
{
    if (m_fetch)
        m_fetch->abort();
}

QString StoredSessionsDialog::statusText() const
{
    return m_status->text();
}

void StoredSessionsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_status->setVisible(!text.isEmpty());
}

void StoredSessionsDialog::updateButtons()
{
    m_open->setEnabled(!m_fetch && m_table->selectionModel()->hasSelection());
}

void StoredSessionsDialog::openSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_fetch)
        return;
    const QString id = rows.constFirst().data(PlatformRoles::IdRole).toString();
    setStatus(tr("Fetching the session…"), false);
    m_fetch = m_client->assessment(id);
    updateButtons();
    connect(m_fetch.data(), &ApiReply::finished, this, [this, reply = m_fetch.data()] {
        m_fetch.clear();
        updateButtons();
        if (!reply->ok()) {
            if (reply->error().kind != ApiError::Kind::Cancelled)
                setStatus(tr("The session could not be fetched. %1").arg(reply->error().describe()), true);
            return;
        }
        QString why;
        const auto stored = StoredAssessment::fromJson(reply->json().toObject(), &why);
        if (!stored || stored->sessionText.isEmpty()) {
            setStatus(tr("The platform's answer is not a stored session: %1").arg(why), true);
            return;
        }
        Q_EMIT sessionFetched(*stored);
        accept();
    });
}

}
