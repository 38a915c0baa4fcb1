// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSystemTrayIcon;
class QTableView;

namespace Tarmac {

class DeploymentFilterProxy;
class DeploymentStream;
class DeploymentsModel;
class DesktopNotifier;
class EnvironmentsModel;
class MessageBar;
class PlatformClient;
class PlatformConnection;
class ResponseCache;
class ServicesModel;
struct ApiError;

// The deployment cockpit: pick a service and an environment, see what will be deployed, confirm,
// watch it land (status and log), cancel; the history with filters, rollback and incidents. Every
// call is asynchronous; failures go to the message bar with what to do and, where safe, Retry.
class DeployPage : public QWidget {
    Q_OBJECT
public:
    explicit DeployPage(PlatformConnection *platform, QWidget *parent = nullptr);
    ~DeployPage() override;

    // Loads services, environments and history again.
    void refresh();
    // The workbench's tray icon, for notifications where there is no notification service.
    void setTrayIcon(QSystemTrayIcon *tray);
    // The deployments queued or running on the platform, one line each ("shop-api to local: Running").
    QStringList runningDeployments() const { return m_running; }

Q_SIGNALS:
    void runningDeploymentsChanged(const QStringList &running);

private:
    void buildUi();
    void onPlatformStateChanged();
    void onPlatformTargetChanged();
    void showLoadError(const ApiError &error);
    void updateCachedNote();
    void updateButtons();
    void updateRunning();
    void reviewDeployment();
    // Reads the bundle and the commits after lastDeployedSha off the GUI thread, then asks to confirm.
    void prepareDeployment(const QString &service, const QString &environment, const QString &version,
        const QString &bundleFolder, const QString &lastDeployedSha);
    void startDeployment(const QJsonObject &body, const QByteArray &idempotencyKey);
    void follow(const QString &deploymentId, bool startedHere);
    void appendLog(const QString &line, const QString &stream);
    void cancelDeployment();
    void rollBackSelected();
    void markIncident();
    void resolveIncidents();
    void registerService();
    QJsonObject selectedDeployment() const;
    QString lastBundlePath(const QString &service, const QString &environment) const;

    PlatformConnection *m_platform;
    PlatformClient *m_client;
    ResponseCache *m_cache = nullptr;
    ServicesModel *m_services;
    EnvironmentsModel *m_environments;
    DeploymentsModel *m_deployments;
    DeploymentFilterProxy *m_history;
    DesktopNotifier *m_notifier;
    QPointer<DeploymentStream> m_stream;
    QString m_currentDeployment;
    bool m_currentStartedHere = false;
    QStringList m_running;

    MessageBar *m_messages = nullptr;
    QLabel *m_cachedNote = nullptr;
    QComboBox *m_serviceBox = nullptr;
    QComboBox *m_environmentBox = nullptr;
    QLineEdit *m_versionEdit = nullptr;
    QLineEdit *m_bundleEdit = nullptr;
    QPushButton *m_deployButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QComboBox *m_serviceFilter = nullptr;
    QComboBox *m_environmentFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_historyView = nullptr;
    QPushButton *m_rollbackButton = nullptr;
    QPushButton *m_incidentButton = nullptr;
    QPushButton *m_resolveButton = nullptr;
};

}
