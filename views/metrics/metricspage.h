// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/dorametric.h"
#include "metrics/doraseries.h"
#include "metrics/metricsfetcher.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Tarmac {

class ChartPanel;
class ExplainPanel;
class PlatformClient;
class PlatformConnection;

namespace Metrics {
class BandTableModel;
class CategoryCountModel;
class DrillDownModel;
class MetricSummaryModel;
class QuickCheckModel;
class TimeValueModel;
}

// The Metrics page: DORA and adoption over time for a scope, range, bucket and report year
// (remembered), with every number explained by the records behind it.
class MetricsPage : public QWidget {
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
public:
    explicit MetricsPage(PlatformConnection *connection, QWidget *parent = nullptr);
    ~MetricsPage() override;

    Metrics::MetricsFilters filters() const;
    bool isBusy() const;
    // Reloads everything for the current filters.
    void reload();
    bool exportPdf(const QString &path);

    // For tests and the bench: the parts a user clicks.
    ChartPanel *doraChart(Metrics::DoraMetric metric) const;
    QList<ChartPanel *> adoptionCharts() const { return m_adoptionPanels; }
    QToolButton *tile(Metrics::DoraMetric metric) const { return m_tiles.value(int(metric)); }
    ExplainPanel *explainPanel() const { return m_explain; }
    Metrics::DrillDownModel *drillDownModel() const { return m_drillDown; }
    Metrics::QuickCheckModel *quickCheckModel() const { return m_quickCheck; }
    Metrics::TimeValueModel *doraModel(Metrics::DoraMetric metric) const { return m_doraModels.value(int(metric)); }
    const std::optional<Metrics::DoraSeries> &doraSeries() const { return m_dora; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // A drill-down's records are shown.
    void drillDownShown();

private:
    void buildFilters(QWidget *bar);
    QWidget *buildDoraTab();
    QWidget *buildAdoptionTab();
    void filtersChanged();
    void restoreSettings();
    void saveSettings() const;
    void updateRangeEditors();
    void updateScopeNames();
    void showDora(const Metrics::DoraSeries &current, const std::optional<Metrics::DoraSeries> &previous,
        const QDateTime &cachedAt);
    void showAdoption(const Metrics::AdoptionSeries &series, const QDateTime &cachedAt);
    void showFailure(Metrics::MetricsFetcher::Request request, const QString &message);
    // Another platform: drops every figure of the last one and what is still coming from it.
    void clearFigures();
    void resetTile(Metrics::DoraMetric metric);
    void explainPoint(Metrics::DoraMetric metric, Metrics::TimeValueModel *model, int row);
    void explainTile(Metrics::DoraMetric metric);
    void setCachedNote(const QDateTime &cachedAt);
    void ensureClient();

    PlatformConnection *m_connection;
    PlatformClient *m_client = nullptr;
    Metrics::MetricsFetcher *m_fetcher = nullptr;
    QComboBox *m_scopeKind = nullptr;
    QComboBox *m_scopeName = nullptr;
    QComboBox *m_rangePreset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_bucket = nullptr;
    QComboBox *m_year = nullptr;
    QLabel *m_status = nullptr;
    QFrame *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_doraSplitter = nullptr;
    ExplainPanel *m_explain = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_restoring = false;
    QStringList m_teams, m_services, m_environments;

    Metrics::DrillDownModel *m_drillDown = nullptr;
    Metrics::DoraMetric m_explaining = Metrics::DoraMetric::DeploymentFrequency;
    Metrics::MetricSummaryModel *m_summary = nullptr;
    Metrics::BandTableModel *m_bandTable = nullptr;
    Metrics::QuickCheckModel *m_quickCheck = nullptr;
    QLabel *m_quickCheckScores = nullptr;
    QHash<int, Metrics::TimeValueModel *> m_doraModels;
    QHash<int, ChartPanel *> m_doraPanels; // by the first metric each draws
    QHash<int, QToolButton *> m_tiles;
    std::optional<Metrics::DoraSeries> m_dora;

    QList<ChartPanel *> m_adoptionPanels;
    QHash<int, Metrics::TimeValueModel *> m_adoptionModels;
    Metrics::CategoryCountModel *m_templateVersions = nullptr;
    Metrics::CategoryCountModel *m_templateUsage = nullptr;
    Metrics::CategoryCountModel *m_firstDeploy = nullptr;
    Metrics::MetricSummaryModel *m_pathComparison = nullptr;
    QLabel *m_adoptionNumbers = nullptr;
    std::optional<Metrics::AdoptionSeries> m_adoption;
};

}
