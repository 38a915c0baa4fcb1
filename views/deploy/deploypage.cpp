// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploypage.h"

#include "desktopnotifier.h"
#include "messagebar.h"
#include "platform/deploymentbundle.h"
#include "platform/deploymentchanges.h"
#include "platform/deploymentsmodel.h"
#include "platform/deploymentstream.h"
#include "platform/environmentsmodel.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"
#include "platform/responsecache.h"
#include "platform/servicesmodel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tarmac {

namespace {
// Log lines kept in the view; older ones scroll away so that a chatty release cannot eat memory.
constexpr int maxLogLines = 20000;

bool isTerminal(const QString &status)
{
    return status == "succeeded"_L1 || status == "failed"_L1 || status == "cancelled"_L1;
}
}

DeployPage::DeployPage(PlatformConnection *platform, QWidget *parent)
    : QWidget(parent)
    , m_platform(platform)
    , m_client(new PlatformClient(platform, this))
    , m_services(new ServicesModel(this))
    , m_environments(new EnvironmentsModel(this))
    , m_deployments(new DeploymentsModel(this))
    , m_history(new DeploymentFilterProxy(this))
    , m_notifier(new DesktopNotifier(this))
{
    for (PlatformListModel *model : { static_cast<PlatformListModel *>(m_services),
             static_cast<PlatformListModel *>(m_environments), static_cast<PlatformListModel *>(m_deployments) }) {
        model->setClient(m_client);
        connect(model, &PlatformListModel::failed, this, &DeployPage::showLoadError);
        connect(model, &PlatformListModel::loaded, this, &DeployPage::updateCachedNote);
    }
    m_history->setSourceModel(m_deployments);
    buildUi();
    connect(m_platform, &PlatformConnection::stateChanged, this, &DeployPage::onPlatformStateChanged);
    connect(m_platform, &PlatformConnection::targetChanged, this, &DeployPage::onPlatformTargetChanged);
    onPlatformStateChanged();
}

DeployPage::~DeployPage() = default;

void DeployPage::buildUi()
{
    m_messages = new MessageBar(this);
    m_cachedNote = new QLabel(this);
    m_cachedNote->setObjectName(u"cachedNote"_s);
    m_cachedNote->hide();

    // What to deploy.
    m_serviceBox = new QComboBox(this);
    m_serviceBox->setObjectName(u"serviceBox"_s);
    m_serviceBox->setModel(m_services);
    m_serviceBox->setModelColumn(ServicesModel::NameColumn);
    auto *registerButton = new QPushButton(tr("&Register service…"), this);
    registerButton->setObjectName(u"registerButton"_s);
    m_environmentBox = new QComboBox(this);
    m_environmentBox->setObjectName(u"environmentBox"_s);
    m_environmentBox->setModel(m_environments);
    m_environmentBox->setModelColumn(EnvironmentsModel::NameColumn);
    m_versionEdit = new QLineEdit(this);
    m_versionEdit->setObjectName(u"versionEdit"_s);
    m_versionEdit->setPlaceholderText(tr("a time stamp when empty"));
    m_bundleEdit = new QLineEdit(this);
    m_bundleEdit->setObjectName(u"bundleEdit"_s);
    m_bundleEdit->setPlaceholderText(tr("optional: the generated service's folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_deployButton = new QPushButton(tr("&Deploy…"), this);
    m_deployButton->setObjectName(u"deployButton"_s);
    m_deployButton->setDefault(true);

    auto *serviceRow = new QHBoxLayout;
    serviceRow->addWidget(m_serviceBox, 1);
    serviceRow->addWidget(registerButton);
    auto *bundleRow = new QHBoxLayout;
    bundleRow->addWidget(m_bundleEdit, 1);
    bundleRow->addWidget(browse);
    auto *form = new QFormLayout;
    // Rows whose field is a layout get their label's buddy by hand, so that the mnemonic works.
    auto *serviceLabel = new QLabel(tr("&Service:"), this);
    serviceLabel->setBuddy(m_serviceBox);
    auto *bundleLabel = new QLabel(tr("B&undle:"), this);
    bundleLabel->setBuddy(m_bundleEdit);
    form->addRow(serviceLabel, serviceRow);
    form->addRow(tr("&Environment:"), m_environmentBox);
    form->addRow(tr("&Version:"), m_versionEdit);
    form->addRow(bundleLabel, bundleRow);
    form->addRow(QString(), m_deployButton);
    auto *what = new QGroupBox(tr("Deploy"), this);
    what->setLayout(form);

    // Progress.
    m_statusLabel = new QLabel(tr("No deployment followed yet."), this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_cancelButton = new QPushButton(tr("&Cancel deployment"), this);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setEnabled(false);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"deploymentLog"_s);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(maxLogLines);
    m_log->setPlaceholderText(tr("The log of the deployment you follow appears here."));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_cancelButton);
    auto *progressLayout = new QVBoxLayout;
    progressLayout->addLayout(statusRow);
    progressLayout->addWidget(m_log, 1);
    auto *progress = new QGroupBox(tr("Progress"), this);
    progress->setLayout(progressLayout);

    // History.
    m_serviceFilter = new QComboBox(this);
    m_serviceFilter->setObjectName(u"serviceFilter"_s);
    m_environmentFilter = new QComboBox(this);
    m_environmentFilter->setObjectName(u"environmentFilter"_s);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_serviceFilter->addItem(tr("All services"), QString());
    m_environmentFilter->addItem(tr("All environments"), QString());
    m_statusFilter->addItem(tr("Any status"), QString());
    for (const QString &status : { u"queued"_s, u"running"_s, u"succeeded"_s, u"failed"_s, u"cancelled"_s })
        m_statusFilter->addItem(DeploymentsModel::statusText(status), status);
    m_historyView = new QTableView(this);
    m_historyView->setObjectName(u"historyView"_s);
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setSortingEnabled(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rollbackButton = new QPushButton(tr("Roll &back to this…"), this);
    m_rollbackButton->setObjectName(u"rollbackButton"_s);
    m_rollbackButton->setToolTip(tr("Deploy again the last successful release before the selected deployment"));
    m_incidentButton = new QPushButton(tr("Mark &incident…"), this);
    m_incidentButton->setObjectName(u"incidentButton"_s);
    m_resolveButton = new QPushButton(tr("Re&solve incidents"), this);
    m_resolveButton->setObjectName(u"resolveButton"_s);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_serviceFilter);
    filterRow->addWidget(m_environmentFilter);
    filterRow->addWidget(m_statusFilter);
    filterRow->addStretch(1);
    filterRow->addWidget(refreshButton);
    auto *actionRow = new QHBoxLayout;
    actionRow->addStretch(1);
    actionRow->addWidget(m_rollbackButton);
    actionRow->addWidget(m_incidentButton);
    actionRow->addWidget(m_resolveButton);
    auto *historyLayout = new QVBoxLayout;
    historyLayout->addLayout(filterRow);
    historyLayout->addWidget(m_historyView, 1);
    historyLayout->addLayout(actionRow);
    auto *history = new QGroupBox(tr("History"), this);
    history->setLayout(historyLayout);

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(what, 2);
    topLayout->addWidget(progress, 3);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(history);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_cachedNote);
    layout->addWidget(splitter, 1);

    connect(registerButton, &QPushButton::clicked, this, &DeployPage::registerService);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Bundle folder"));
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) { m_bundleEdit->setText(dir); });
        dialog->open();
    });
    connect(m_deployButton, &QPushButton::clicked, this, &DeployPage::reviewDeployment);
    connect(m_cancelButton, &QPushButton::clicked, this, &DeployPage::cancelDeployment);
    connect(refreshButton, &QPushButton::clicked, this, &DeployPage::refresh);
    connect(m_rollbackButton, &QPushButton::clicked, this, &DeployPage::rollBackSelected);
    connect(m_incidentButton, &QPushButton::clicked, this, &DeployPage::markIncident);
    connect(m_resolveButton, &QPushButton::clicked, this, &DeployPage::resolveIncidents);
    const auto filterBy = [this](QComboBox *box, void (DeploymentFilterProxy::*set)(const QString &)) {
        connect(box, &QComboBox::currentIndexChanged, this,
            [this, box, set] { (m_history->*set)(box->currentData().toString()); });
    };
    filterBy(m_serviceFilter, &DeploymentFilterProxy::setService);
    filterBy(m_environmentFilter, &DeploymentFilterProxy::setEnvironment);
    filterBy(m_statusFilter, &DeploymentFilterProxy::setStatus);
    // The filter lists follow what the platform knows.
    const auto fillFilter = [](QComboBox *box, const PlatformListModel *model, int column) {
        const QString current = box->currentData().toString();
        while (box->count() > 1)
            box->removeItem(1);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString name = model->index(row, column).data().toString();
            box->addItem(name, name);
        }
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    connect(m_services, &QAbstractItemModel::modelReset, this,
        [this, fillFilter] { fillFilter(m_serviceFilter, m_services, ServicesModel::NameColumn); });
    connect(m_environments, &QAbstractItemModel::modelReset, this,
        [this, fillFilter] { fillFilter(m_environmentFilter, m_environments, EnvironmentsModel::NameColumn); });
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeployPage::updateButtons);
    connect(m_history, &QAbstractItemModel::modelReset, this, &DeployPage::updateButtons);
    connect(m_history, &QAbstractItemModel::dataChanged, this, &DeployPage::updateButtons);
    connect(m_deployments, &QAbstractItemModel::modelReset, this, &DeployPage::updateRunning);
    connect(m_deployments, &QAbstractItemModel::dataChanged, this, &DeployPage::updateRunning);
    connect(m_deployments, &QAbstractItemModel::rowsInserted, this, &DeployPage::updateRunning);
    connect(m_deployments, &QAbstractItemModel::rowsRemoved, this, &DeployPage::updateRunning);
    connect(m_serviceBox, &QComboBox::currentIndexChanged, this, &DeployPage::updateButtons);
    connect(m_environmentBox, &QComboBox::currentIndexChanged, this, &DeployPage::updateButtons);
    updateButtons();
}

void DeployPage::onPlatformTargetChanged()
{
    // Another platform: nothing of the last one may be shown, followed or acted on.
    if (m_stream)
        m_stream->deleteLater();
    m_currentDeployment.clear();
    m_cancelButton->setEnabled(false);
    m_log->clear();
    m_statusLabel->setText(tr("No deployment followed yet."));
    m_messages->clear();
    for (PlatformListModel *model : { static_cast<PlatformListModel *>(m_services),
             static_cast<PlatformListModel *>(m_environments), static_cast<PlatformListModel *>(m_deployments) })
        model->clear();
    updateCachedNote();
}

void DeployPage::onPlatformStateChanged()
{
    if (m_platform->baseUrl().isEmpty())
        return;
    ResponseCache::followPlatform(m_platform, m_client, &m_cache, this);
    if (m_platform->state() == PlatformConnection::State::Connected
        || m_platform->state() == PlatformConnection::State::Idle
        || m_platform->state() == PlatformConnection::State::Failed)
        refresh();
}

void DeployPage::setTrayIcon(QSystemTrayIcon *tray)
{
    m_notifier->setTrayIcon(tray);
}

void DeployPage::updateRunning()
{
    QStringList running;
    for (int row = 0; row < m_deployments->rowCount(); ++row) {
        const QJsonObject d = m_deployments->item(row);
        const QString status = d.value("status"_L1).toString();
        if (status == "queued"_L1 || status == "running"_L1)
            running.append(tr("%1 to %2: %3")
                    .arg(d.value("service"_L1).toString(), d.value("environment"_L1).toString(),
                        DeploymentsModel::statusText(status)));
    }
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningDeploymentsChanged(m_running);
}

void DeployPage::refresh()
{
    m_services->refresh();
    m_environments->refresh();
    m_deployments->refresh();
}

void DeployPage::showLoadError(const ApiError &error)
{
    m_messages->showError(error.describe(), [this] { refresh(); });
}

void DeployPage::updateCachedNote()
{
    QDateTime oldest;
    for (const PlatformListModel *model : { static_cast<PlatformListModel *>(m_services),
             static_cast<PlatformListModel *>(m_environments), static_cast<PlatformListModel *>(m_deployments) }) {
        if (model->isFromCache() && (!oldest.isValid() || model->cachedAt() < oldest))
            oldest = model->cachedAt();
    }
    if (!oldest.isValid()) {
        m_cachedNote->hide();
        return;
    }
    m_cachedNote->setText(tr("The platform does not answer: showing cached data, from %1.")
            .arg(QLocale().toString(oldest.toLocalTime(), QLocale::ShortFormat)));
    m_cachedNote->show();
    m_messages->showError(tr("The platform does not answer; what you see is cached, from %1. Check the platform, "
                             "then retry.")
                              .arg(QLocale().toString(oldest.toLocalTime(), QLocale::ShortFormat)),
        [this] { refresh(); });
}

void DeployPage::updateButtons()
{
    const QJsonObject selected = selectedDeployment();
    const QString status = selected.value("status"_L1).toString();
    const bool offline = m_services->isFromCache() || m_deployments->isFromCache();
    m_deployButton->setEnabled(m_serviceBox->currentIndex() >= 0 && m_environmentBox->currentIndex() >= 0 && !offline);
    m_rollbackButton->setEnabled(!selected.isEmpty() && isTerminal(status) && !offline);
    m_incidentButton->setEnabled(!selected.isEmpty() && status == "succeeded"_L1 && !offline);
    m_resolveButton->setEnabled(!selected.isEmpty() && !offline);
}

QJsonObject DeployPage::selectedDeployment() const
{
    const QModelIndexList rows = m_historyView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : rows.constFirst().data(PlatformRoles::ObjectRole).toJsonObject();
}

QString DeployPage::lastBundlePath(const QString &service, const QString &environment) const
{
    return (m_cache ? m_cache->folder() : QString()) + u"/bundles/"_s + service + u'/' + environment + u".json"_s;
}

void DeployPage::reviewDeployment()
{
    const QString service = m_serviceBox->currentText();
    const QString environment = m_environmentBox->currentText();
    const QString version = m_versionEdit->text().trimmed().isEmpty()
        ? QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd.HHmmss"_s)
        : m_versionEdit->text().trimmed();
    const QString bundleFolder = m_bundleEdit->text().trimmed();
    m_deployButton->setEnabled(false);
    if (bundleFolder.isEmpty()) {
        prepareDeployment(service, environment, version, bundleFolder, QString());
        return;
    }
    // The changes sent are the commits after the one last deployed there, as the platform knows it.
    ApiReply *reply = m_client->get(u"/deployments"_s,
        QUrlQuery { { u"service"_s, service }, { u"environment"_s, environment }, { u"status"_s, u"succeeded"_s },
            { u"limit"_s, u"1"_s } });
    connect(reply, &ApiReply::finished, this, [this, reply, service, environment, version, bundleFolder] {
        if (!reply->ok()) {
            updateButtons();
            m_messages->showError(
                tr("Cannot tell which commit was last deployed to %1: %2").arg(environment, reply->error().describe()),
                [this] { reviewDeployment(); });
            return;
        }
        const QJsonArray last = reply->json().toObject().value("items"_L1).toArray();
        prepareDeployment(service, environment, version, bundleFolder,
            last.isEmpty() ? QString() : last.first().toObject().value("sha"_L1).toString());
    });
}

void DeployPage::prepareDeployment(const QString &service, const QString &environment, const QString &version,
    const QString &bundleFolder, const QString &lastDeployedSha)
{
    const QString lastPath = lastBundlePath(service, environment);
    // Reading the folder, its git history and the last bundle is disk work: off the GUI thread.
    QPointer<DeployPage> guard(this);
    QThreadPool::globalInstance()->start([guard, service, environment, version, bundleFolder, lastPath,
                                             lastDeployedSha] {
        QString error;
        DeploymentBundle bundle;
        if (!bundleFolder.isEmpty())
            bundle = DeploymentBundle::fromFolder(bundleFolder, &error);
        DeploymentBundle last;
        QFile lastFile(lastPath);
        const bool haveLast = lastFile.open(QIODevice::ReadOnly);
        if (haveLast)
            last = DeploymentBundle::fromJson(QJsonDocument::fromJson(lastFile.readAll()).object());
        QString summary = DeployPage::tr("Deploy %1 version %2 to %3.").arg(service, version, environment) + u"\n\n"_s;
        if (bundleFolder.isEmpty()) {
            summary += DeployPage::tr("No bundle: the deployer runs the service's registered run command.");
        } else if (!error.isEmpty()) {
            summary.clear();
        } else if (!haveLast) {
            summary += DeployPage::tr("%n file(s) from %1; nothing deployed from this workbench to compare with.",
                nullptr, int(bundle.files.size()))
                           .arg(bundleFolder);
        } else {
            const QList<DeploymentBundle::FileChange> changes = bundle.changesSince(last);
            summary += DeployPage::tr(
                           "%n file(s) differ from the bundle last deployed there:", nullptr, int(changes.size()))
                + u"\n"_s;
            for (const DeploymentBundle::FileChange &change : changes) {
                const QString kind = change.kind == DeploymentBundle::FileChange::Kind::Added ? DeployPage::tr("added")
                    : change.kind == DeploymentBundle::FileChange::Kind::Removed ? DeployPage::tr("removed")
                                                                                 : DeployPage::tr("changed");
                summary += u"\n%1 (%2, +%3 -%4)\n"_s.arg(change.path, kind).arg(change.added).arg(change.removed);
                if (change.kind == DeploymentBundle::FileChange::Kind::Modified)
                    summary += change.diff;
            }
        }
        QJsonObject body { { u"service"_s, service }, { u"environment"_s, environment }, { u"version"_s, version },
            { u"intent"_s, u"planned"_s } };
        if (!bundle.isEmpty())
            body.insert(u"bundle"_s, bundle.toJson());
        if (!bundleFolder.isEmpty() && error.isEmpty()) {
            const DeploymentChanges changes = DeploymentChanges::collect(bundleFolder, lastDeployedSha);
            summary += u"\n\n"_s + DeployPage::tr("Changes:") + u' ' + changes.describe();
            if (!changes.headSha.isEmpty())
                body.insert(u"sha"_s, changes.headSha);
            if (!changes.commits.isEmpty())
                body.insert(u"changes"_s, changes.toJson());
        }
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, summary, error, body] {
                if (!guard)
                    return;
                DeployPage *page = guard;
                page->updateButtons();
                if (!error.isEmpty()) {
                    page->m_messages->showError(
                        DeployPage::tr("Cannot read the bundle: %1. Choose another folder, or none.").arg(error));
                    return;
                }
                auto *dialog = new QDialog(page);
                dialog->setObjectName(u"confirmDeployDialog"_s);
                dialog->setWindowTitle(DeployPage::tr("Deploy %1?").arg(body.value("service"_L1).toString()));
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                auto *text = new QPlainTextEdit(summary, dialog);
                text->setReadOnly(true);
                text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
                auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
                QPushButton *go = buttons->addButton(DeployPage::tr("&Deploy"), QDialogButtonBox::AcceptRole);
                go->setObjectName(u"confirmDeployButton"_s);
                go->setDefault(true);
                auto *layout = new QVBoxLayout(dialog);
                layout->addWidget(text);
                layout->addWidget(buttons);
                dialog->resize(640, 420);
                QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
                QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
                // One key for this confirmation: Retry after a lost answer cannot deploy twice.
                const QByteArray key = PlatformClient::newIdempotencyKey();
                QObject::connect(
                    dialog, &QDialog::accepted, page, [page, body, key] { page->startDeployment(body, key); });
                dialog->open();
            },
            Qt::QueuedConnection);
    });
}

void DeployPage::startDeployment(const QJsonObject &body, const QByteArray &idempotencyKey)
{
    m_deployButton->setEnabled(false);
    m_statusLabel->setText(tr("Asking the platform to deploy %1…").arg(body.value("service"_L1).toString()));
    ApiReply *reply = m_client->post(u"/deployments"_s, body, idempotencyKey);
    connect(reply, &ApiReply::finished, this, [this, reply, body, idempotencyKey] {
        updateButtons();
        if (!reply->ok()) {
            m_statusLabel->setText(tr("Not deployed."));
            m_messages->showError(
                reply->error().describe(), [this, body, idempotencyKey] { startDeployment(body, idempotencyKey); });
            return;
        }
        const QJsonObject deployment = reply->json().toObject();
        m_deployments->upsert(deployment);
        // Kept to show the next deployment's diff; written off the GUI thread.
        if (body.contains("bundle"_L1) && m_cache) {
            const QString path
                = lastBundlePath(body.value("service"_L1).toString(), body.value("environment"_L1).toString());
            const QByteArray json = QJsonDocument(body.value("bundle"_L1).toObject()).toJson(QJsonDocument::Compact);
            QThreadPool::globalInstance()->start([path, json] {
                QDir().mkpath(QFileInfo(path).path());
                QSaveFile file(path);
                if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size())
                    file.commit();
            });
        }
        follow(deployment.value("id"_L1).toString(), true);
    });
}

void DeployPage::follow(const QString &deploymentId, bool startedHere)
{
    if (m_stream)
        m_stream->deleteLater();
    m_currentDeployment = deploymentId;
    m_currentStartedHere = startedHere;
    m_log->clear();
    m_cancelButton->setEnabled(true);
    m_statusLabel->setText(tr("Deployment %1: queued").arg(deploymentId));
    auto *stream = new DeploymentStream(m_client, deploymentId, this);
    m_stream = stream;
    connect(stream, &DeploymentStream::logLine, this,
        [this](const QString &line, const QString &source, const QDateTime &) { appendLog(line, source); });
    connect(stream, &DeploymentStream::statusChanged, this,
        [this, deploymentId](const QString &status, const QString &message, const QDateTime &at) {
            m_statusLabel->setText(message.isEmpty()
                    ? tr("Deployment %1: %2").arg(deploymentId, DeploymentsModel::statusText(status))
                    : tr("Deployment %1: %2 (%3)").arg(deploymentId, DeploymentsModel::statusText(status), message));
            QJsonObject change { { u"id"_s, deploymentId }, { u"status"_s, status }, { u"message"_s, message } };
            if (isTerminal(status))
                change.insert(u"finishedAt"_s, at.toString(Qt::ISODateWithMs));
            m_deployments->upsert(change);
        });
    connect(stream, &DeploymentStream::resuming, this, [this](const ApiError &why, int attempt) {
        appendLog(tr("-- the event stream was interrupted (%1); resuming, attempt %2").arg(why.message).arg(attempt),
            u"tarmac"_s);
    });
    connect(stream, &DeploymentStream::finished, this, [this, deploymentId, startedHere](const QString &status) {
        m_cancelButton->setEnabled(false);
        m_deployments->refresh(); // the finished row with its times as the platform has them
        if (startedHere) {
            // Named in the summary, so that it is understood without opening the window.
            const QJsonObject d = m_deployments->item(m_deployments->rowOf(deploymentId));
            const QString service = d.value("service"_L1).toString();
            const QString environment = d.value("environment"_L1).toString();
            QString summary;
            if (d.isEmpty())
                summary = tr("Deployment %1: %2").arg(deploymentId, DeploymentsModel::statusText(status));
            else if (status == "succeeded"_L1)
                summary = tr("Deployed %1 to %2").arg(service, environment);
            else if (status == "cancelled"_L1)
                summary = tr("Deployment of %1 to %2 cancelled").arg(service, environment);
            else
                summary = tr("Deployment of %1 to %2 failed").arg(service, environment);
            m_notifier->notify(summary, m_statusLabel->text(), status != "succeeded"_L1);
        }
    });
    connect(stream, &DeploymentStream::failed, this, [this, deploymentId, startedHere](const ApiError &error) {
        m_cancelButton->setEnabled(false);
        m_messages->showError(tr("Lost the progress of deployment %1: %2").arg(deploymentId, error.describe()),
            [this, deploymentId, startedHere] { follow(deploymentId, startedHere); });
    });
    stream->start();
}

void DeployPage::appendLog(const QString &line, const QString &stream)
{
    QScrollBar *bar = m_log->verticalScrollBar();
    // Follow the tail only while the user is at it; someone reading further up keeps their place.
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    const int kept = bar->value();
    m_log->appendPlainText(stream == "stderr"_L1 ? u"! "_s + line : line);
    bar->setValue(atEnd ? bar->maximum() : kept);
}

void DeployPage::cancelDeployment()
{
    if (m_currentDeployment.isEmpty())
        return;
    m_cancelButton->setEnabled(false);
    const QString id = m_currentDeployment;
    ApiReply *reply = m_client->post(u"/deployments/"_s + id + u"/cancel"_s, {});
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        if (!reply->ok()) {
            m_cancelButton->setEnabled(m_stream && m_stream->isRunning());
            m_messages->showError(reply->error().describe(), [this] { cancelDeployment(); });
            return;
        }
        appendLog(tr("-- cancellation requested"), u"tarmac"_s);
    });
}

void DeployPage::rollBackSelected()
{
    const QJsonObject selected = selectedDeployment();
    if (selected.isEmpty())
        return;
    const QString id = selected.value("id"_L1).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Roll back?"),
        tr("Roll %1 in %2 back to the last successful release before %3?")
            .arg(selected.value("service"_L1).toString(), selected.value("environment"_L1).toString(), id),
        QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRollbackDialog"_s);
    QPushButton *go = box->addButton(tr("&Roll back"), QMessageBox::AcceptRole);
    go->setObjectName(u"confirmRollbackButton"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray key = PlatformClient::newIdempotencyKey();
    connect(box, &QMessageBox::buttonClicked, this, [this, go, id, key](QAbstractButton *button) {
        if (button != go)
            return;
        auto run = std::make_shared<std::function<void()>>();
        *run = [this, id, key, run] {
            ApiReply *reply = m_client->post(u"/deployments/"_s + id + u"/rollback"_s, {}, key);
            connect(reply, &ApiReply::finished, this, [this, reply, run] {
                if (!reply->ok()) {
                    m_messages->showError(reply->error().describe(), *run);
                    return;
                }
                const QJsonObject deployment = reply->json().toObject();
                m_deployments->upsert(deployment);
                follow(deployment.value("id"_L1).toString(), true);
            });
        };
        (*run)();
    });
    box->open();
}

void DeployPage::markIncident()
{
    const QJsonObject selected = selectedDeployment();
    if (selected.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"incidentDialog"_s);
    dialog->setWindowTitle(tr("Mark incident"));
    dialog->setLabelText(tr("What went wrong after deployment %1?").arg(selected.value("id"_L1).toString()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QByteArray key = PlatformClient::newIdempotencyKey();
    connect(dialog, &QInputDialog::textValueSelected, this, [this, selected, key](const QString &title) {
        if (title.trimmed().isEmpty())
            return;
        const QJsonObject body { { u"service"_s, selected.value("service"_L1).toString() },
            { u"title"_s, title.trimmed() }, { u"deployment"_s, selected.value("id"_L1).toString() } };
        auto run = std::make_shared<std::function<void()>>();
        *run = [this, body, key, run] {
            ApiReply *reply = m_client->post(u"/incidents"_s, body, key);
            connect(reply, &ApiReply::finished, this, [this, reply, run, body] {
                if (!reply->ok()) {
                    m_messages->showError(reply->error().describe(), *run);
                    return;
                }
                m_messages->showInformation(tr("Incident \"%1\" opened and attributed to deployment %2.")
                        .arg(body.value("title"_L1).toString(), body.value("deployment"_L1).toString()));
            });
        };
        (*run)();
    });
    dialog->open();
}

void DeployPage::resolveIncidents()
{
    const QJsonObject selected = selectedDeployment();
    if (selected.isEmpty())
        return;
    const QString id = selected.value("id"_L1).toString();
    ApiReply *reply = m_client->get(u"/incidents"_s,
        QUrlQuery { { u"service"_s, selected.value("service"_L1).toString() }, { u"open"_s, u"true"_s } });
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        if (!reply->ok()) {
            m_messages->showError(reply->error().describe(), [this] { resolveIncidents(); });
            return;
        }
        QStringList open;
        for (const QJsonValue &value : reply->json().toObject().value("items"_L1).toArray()) {
            const QJsonObject incident = value.toObject();
            if (incident.value("attribution"_L1).toObject().value("deployment"_L1).toString() == id)
                open.append(incident.value("id"_L1).toString());
        }
        if (open.isEmpty()) {
            m_messages->showInformation(tr("Deployment %1 has no open incident.").arg(id));
            return;
        }
        auto remaining = std::make_shared<int>(int(open.size()));
        for (const QString &incident : std::as_const(open)) {
            ApiReply *resolve = m_client->post(u"/incidents/"_s + incident + u"/resolve"_s, {});
            connect(resolve, &ApiReply::finished, this, [this, resolve, remaining, id] {
                if (!resolve->ok()) {
                    m_messages->showError(resolve->error().describe(), [this] { resolveIncidents(); });
                    return;
                }
                if (--*remaining == 0)
                    m_messages->showInformation(tr("The incidents of deployment %1 are resolved.").arg(id));
            });
        }
    });
}

void DeployPage::registerService()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"registerServiceDialog"_s);
    dialog->setWindowTitle(tr("Register a service"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *name = new QLineEdit(dialog);
    name->setObjectName(u"serviceName"_s);
    auto *team = new QLineEdit(dialog);
    team->setObjectName(u"serviceTeam"_s);
    auto *templateName = new QLineEdit(dialog);
    templateName->setPlaceholderText(tr("the golden-path template it was generated from"));
    auto *runCommand = new QLineEdit(dialog);
    runCommand->setObjectName(u"serviceRunCommand"_s);
    runCommand->setPlaceholderText(tr("how the local deployer starts it, e.g. ./run.sh"));
    auto *healthUrl = new QLineEdit(dialog);
    healthUrl->setPlaceholderText(tr("optional, e.g. http://127.0.0.1:8080/healthz"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Team:"), team);
    form->addRow(tr("T&emplate:"), templateName);
    form->addRow(tr("&Run command:"), runCommand);
    form->addRow(tr("&Health URL:"), healthUrl);
    auto *error = new QLabel(dialog);
    error->setWordWrap(true);
    error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *go = buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    go->setObjectName(u"registerConfirmButton"_s);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const QByteArray key = PlatformClient::newIdempotencyKey();
    // The dialog stays open until the platform said yes, so that nothing typed is lost on an error.
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        QJsonObject body { { u"name"_s, name->text().trimmed() }, { u"team"_s, team->text().trimmed() },
            { u"title"_s, name->text().trimmed() } };
        if (!templateName->text().trimmed().isEmpty())
            body.insert(u"template"_s, QJsonObject { { u"name"_s, templateName->text().trimmed() } });
        if (!runCommand->text().trimmed().isEmpty())
            body.insert(u"runCommand"_s, runCommand->text().trimmed());
        if (!healthUrl->text().trimmed().isEmpty())
            body.insert(u"healthUrl"_s, healthUrl->text().trimmed());
        go->setEnabled(false);
        ApiReply *reply = m_client->post(u"/services"_s, body, key);
        connect(reply, &ApiReply::finished, dialog, [=, this] {
            go->setEnabled(true);
            if (!reply->ok()) {
                error->setText(reply->error().describe());
                error->show();
                return;
            }
            m_services->upsert(reply->json().toObject());
            m_serviceBox->setCurrentIndex(m_services->rowOf(reply->json().toObject().value("id"_L1).toString()));
            dialog->accept();
        });
    });
    dialog->open();
}

}
