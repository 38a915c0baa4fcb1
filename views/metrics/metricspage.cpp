// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricspage.h"

#include "chartpanel.h"
#include "explainpanel.h"
#include "flowlayout.h"
#include "metrics/bandtablemodel.h"
#include "metrics/categorycountmodel.h"
#include "metrics/chartdata.h"
#include "metrics/drilldownmodel.h"
#include "metrics/metricsummarymodel.h"
#include "metrics/quickcheckmodel.h"
#include "metrics/timevaluemodel.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tarmac {

using namespace Metrics;

namespace {
constexpr qint64 DayMs = 86400000;

qint64 startOfTodayUtc()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return now - now % DayMs;
}

QString dateText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).date(), QLocale::ShortFormat);
}

double bucketDays(Bucket bucket)
{
    return bucket == Bucket::Day ? 1 : bucket == Bucket::Week ? 7 : 30.4;
}

// The API's band names as people read them.
QString bandText(const QString &name)
{
    if (name == QLatin1String("elite"))
        return MetricsPage::tr("Elite");
    if (name == QLatin1String("high"))
        return MetricsPage::tr("High");
    if (name == QLatin1String("medium"))
        return MetricsPage::tr("Medium");
    if (name == QLatin1String("low"))
        return MetricsPage::tr("Low");
    return name;
}
}

MetricsPage::MetricsPage(PlatformConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_debounce(new QTimer(this))
    , m_drillDown(new DrillDownModel(this))
    , m_summary(new MetricSummaryModel(this))
    , m_bandTable(new BandTableModel(this))
    , m_quickCheck(new QuickCheckModel(this))
{
    setObjectName(QStringLiteral("metricsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QWidget(this);
    buildFilters(bar);
    layout->addWidget(bar);

    // Errors: what failed and a way to try again; the last data stays visible beneath.
    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    m_messageBar->setAutoFillBackground(true);
    QPalette warning = m_messageBar->palette();
    warning.setColor(QPalette::Window, QColor(0xf8, 0xd7, 0xda));
    warning.setColor(QPalette::WindowText, QColor(0x58, 0x15, 0x1c));
    m_messageBar->setPalette(warning);
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    m_message = new QLabel(m_messageBar);
    m_message->setWordWrap(true);
    messageLayout->addWidget(m_message, 1);
    auto *retry = new QPushButton(tr("Retry"), m_messageBar);
    retry->setObjectName(QStringLiteral("retryButton"));
    connect(retry, &QPushButton::clicked, this, [this] {
        // A platform that failed its health check is asked again; the figures follow once it answers.
        if (m_connection && m_connection->state() == PlatformConnection::State::Failed)
            m_connection->reconnect();
        else
            reload();
    });
    messageLayout->addWidget(retry);
    m_messageBar->hide();
    layout->addWidget(m_messageBar);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildDoraTab(), tr("DORA"));
    m_tabs->addTab(buildAdoptionTab(), tr("Adoption"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { saveSettings(); });
    layout->addWidget(m_tabs, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &MetricsPage::reload);

    restoreSettings();
    if (m_connection) {
        const auto followState = [this](PlatformConnection::State state) {
            if (state == PlatformConnection::State::Connected)
                reload();
            else if (state == PlatformConnection::State::Failed)
                showFailure(MetricsFetcher::Request::Dora, tr("No figures: %1").arg(m_connection->statusText()));
        };
        connect(m_connection, &PlatformConnection::stateChanged, this, followState);
        connect(m_connection, &PlatformConnection::targetChanged, this, &MetricsPage::clearFigures);
        if (m_connection->state() == PlatformConnection::State::Connected)
            QTimer::singleShot(0, this, &MetricsPage::reload);
        else if (m_connection->state() == PlatformConnection::State::Failed)
            followState(m_connection->state());
    }
}

MetricsPage::~MetricsPage() = default;

void MetricsPage::ensureClient()
{
    if (m_client || !m_connection)
        return;
    m_client = new PlatformClient(m_connection, this);
    m_fetcher = new MetricsFetcher(m_client, this);
    connect(m_fetcher, &MetricsFetcher::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->setText(tr("Loading…"));
        else if (m_status->text() == tr("Loading…"))
            m_status->clear();
        Q_EMIT busyChanged(busy);
    });
    connect(m_fetcher, &MetricsFetcher::doraReady, this, &MetricsPage::showDora);
    connect(m_fetcher, &MetricsFetcher::adoptionReady, this, &MetricsPage::showAdoption);
    connect(m_fetcher, &MetricsFetcher::failed, this, &MetricsPage::showFailure);
    connect(m_fetcher, &MetricsFetcher::pathComparisonReady, this,
        [this](const DoraSeries &golden, const DoraSeries &other) { m_pathComparison->setSeries(golden, other); });
    connect(m_fetcher, &MetricsFetcher::drillDownReady, this, [this](const DoraSeries &series) {
        m_drillDown->setPoints(series.points, m_explaining);
        m_explain->showRecords();
        Q_EMIT drillDownShown();
    });
    connect(m_fetcher, &MetricsFetcher::scopesReady, this,
        [this](const QStringList &teams, const QStringList &services, const QStringList &environments) {
            m_teams = teams;
            m_services = services;
            m_environments = environments;
            updateScopeNames();
        });
}

void MetricsPage::buildFilters(QWidget *bar)
{
    // The filters wrap onto a second row in a narrow window, each label with its fields.
    auto *row = new FlowLayout(bar, 12);
    row->setContentsMargins(0, 0, 0, 0);
    const auto together = [&](const QList<QWidget *> &widgets) {
        auto *cell = new QWidget(bar);
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        for (QWidget *widget : widgets)
            cellLayout->addWidget(widget);
        row->addWidget(cell);
    };
    const auto caption = [&](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(buddy);
        return label;
    };
    m_scopeKind = new QComboBox(bar);
    m_scopeKind->setObjectName(QStringLiteral("scopeKind"));
    m_scopeKind->addItem(tr("Organisation"), QStringLiteral("all"));
    m_scopeKind->addItem(tr("Team"), QStringLiteral("team"));
    m_scopeKind->addItem(tr("Service"), QStringLiteral("service"));
    m_scopeKind->addItem(tr("Environment"), QStringLiteral("environment"));
    m_scopeName = new QComboBox(bar);
    m_scopeName->setObjectName(QStringLiteral("scopeName"));
    m_scopeName->setMinimumContentsLength(14);
    together({ caption(tr("&Scope:"), m_scopeKind), m_scopeKind, m_scopeName });
    m_rangePreset = new QComboBox(bar);
    m_rangePreset->setObjectName(QStringLiteral("rangePreset"));
    m_rangePreset->addItem(tr("Last 30 days"), 30);
    m_rangePreset->addItem(tr("Last 90 days"), 90);
    m_rangePreset->addItem(tr("Last 6 months"), 182);
    m_rangePreset->addItem(tr("Last 12 months"), 365);
    m_rangePreset->addItem(tr("Custom"), 0);
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_from->setCalendarPopup(true);
    m_from->setTimeZone(QTimeZone::UTC);
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_to->setCalendarPopup(true);
    m_to->setTimeZone(QTimeZone::UTC);
    together({ caption(tr("&Range:"), m_rangePreset), m_rangePreset, m_from, new QLabel(tr("to"), bar), m_to });
    m_bucket = new QComboBox(bar);
    m_bucket->setObjectName(QStringLiteral("bucket"));
    m_bucket->addItem(tr("Day"), QStringLiteral("day"));
    m_bucket->addItem(tr("Week"), QStringLiteral("week"));
    m_bucket->addItem(tr("Month"), QStringLiteral("month"));
    together({ caption(tr("&Bucket:"), m_bucket), m_bucket });
    m_year = new QComboBox(bar);
    m_year->setObjectName(QStringLiteral("reportYear"));
    for (int year : DoraBands::years())
        m_year->addItem(QString::number(year), year);
    together({ caption(tr("Report &year:"), m_year), m_year });
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("metricsStatus"));
    row->addWidget(m_status);
    auto *pdf = new QPushButton(tr("Export report…"), bar);
    pdf->setObjectName(QStringLiteral("exportReport"));
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Export report"), tr("metrics-report.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty() && !exportPdf(path))
            QMessageBox::warning(
                this, tr("Export report"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    });
    row->addWidget(pdf);

    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, [this] {
        updateScopeNames();
        filtersChanged();
    });
    connect(m_scopeName, &QComboBox::currentIndexChanged, this, &MetricsPage::filtersChanged);
    connect(m_rangePreset, &QComboBox::currentIndexChanged, this, [this] {
        updateRangeEditors();
        filtersChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &MetricsPage::filtersChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &MetricsPage::filtersChanged);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &MetricsPage::filtersChanged);
    connect(m_year, &QComboBox::currentIndexChanged, this, &MetricsPage::filtersChanged);
}

QWidget *MetricsPage::buildDoraTab()
{
    m_doraSplitter = new QSplitter(Qt::Horizontal);
    auto *scroll = new QScrollArea(m_doraSplitter);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    auto *tiles = new QGridLayout;
    const QList<DoraMetric> metrics = allDoraMetrics();
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const DoraMetric metric = metrics.at(i);
        auto *tile = new QToolButton(content);
        tile->setObjectName(QStringLiteral("tile%1").arg(int(metric)));
        tile->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        tile->setMinimumHeight(72);
        connect(tile, &QToolButton::clicked, this, [this, metric] { explainTile(metric); });
        tiles->addWidget(tile, int(i / 4), int(i % 4));
        m_tiles.insert(int(metric), tile);
        resetTile(metric);
    }
    layout->addLayout(tiles);

    auto *charts = new QGridLayout;
    const auto panel = [&](const QList<DoraMetric> &drawn, int row, int column) {
        const QString title = drawn.size() > 1 ? tr("%1 and %2").arg(metricTitle(drawn.at(0)), metricTitle(drawn.at(1)))
                                               : metricTitle(drawn.constFirst());
        auto *chart = new ChartPanel(title, content);
        for (DoraMetric metric : drawn) {
            auto *model = new TimeValueModel(this);
            m_doraModels.insert(int(metric), model);
            chart->addTimeSeries(metricTitle(metric), model, metricUnit(metric));
            connect(chart, &ChartPanel::pointClicked, this, [this, metric](TimeValueModel *clicked, int r) {
                if (clicked == m_doraModels.value(int(metric)))
                    explainPoint(metric, clicked, r);
            });
        }
        chart->setCsvSource([this, drawn] {
            QByteArray csv;
            for (DoraMetric metric : drawn)
                csv += toCsv(metricTitle(metric), m_doraModels.value(int(metric))->points());
            return csv;
        });
        m_doraPanels.insert(int(drawn.constFirst()), chart);
        charts->addWidget(chart, row, column);
    };
    panel({ DoraMetric::DeploymentFrequency }, 0, 0);
    panel({ DoraMetric::LeadTimeMedian, DoraMetric::LeadTimeP90 }, 0, 1);
    panel({ DoraMetric::ChangeFailureRate }, 1, 0);
    panel({ DoraMetric::RecoveryTime, DoraMetric::TimeToRestore }, 1, 1);
    panel({ DoraMetric::ReworkRate }, 2, 0);
    auto *bands = new QTableView(content);
    bands->setObjectName(QStringLiteral("bandTable"));
    bands->setModel(m_bandTable);
    bands->verticalHeader()->hide();
    bands->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    charts->addWidget(bands, 2, 1);
    // Both columns as wide: the charts share the page evenly whatever their titles.
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    layout->addLayout(charts);

    auto *quickCheckTitle = new QLabel(tr("DORA Quick Check"), content);
    QFont bold = quickCheckTitle->font();
    bold.setBold(true);
    quickCheckTitle->setFont(bold);
    layout->addWidget(quickCheckTitle);
    m_quickCheckScores = new QLabel(content);
    m_quickCheckScores->setObjectName(QStringLiteral("quickCheckScores"));
    layout->addWidget(m_quickCheckScores);
    auto *quickCheck = new QTableView(content);
    quickCheck->setObjectName(QStringLiteral("quickCheckTable"));
    quickCheck->setModel(m_quickCheck);
    quickCheck->verticalHeader()->hide();
    quickCheck->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    quickCheck->setMinimumHeight(200);
    layout->addWidget(quickCheck);
    const QuickCheck &check = QuickCheck::shipped();
    auto *quickCheckNote = new QLabel(
        tr("The measured figures of the whole range placed in the answers of the DORA Quick Check (%1 edition) and "
           "scored as it scores them: an answer from 0 (worst) to 10, a percentage p as (100 - p) / 10; throughput is "
           "the mean of lead time, deployment frequency and recovery time, stability of change fail and rework "
           "rates. Deployment frequency is read as the average time between deployments, and the limits between "
           "answers from the answers' own words. Benchmark: the Quick Check's published figures for all industries. "
           "Source: %2")
            .arg(check.year())
            .arg(check.source()),
        content);
    quickCheckNote->setWordWrap(true);
    quickCheckNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(quickCheckNote);
    scroll->setWidget(content);

    m_explain = new ExplainPanel(m_drillDown, m_doraSplitter);
    m_explain->hide();
    connect(m_explain, &ExplainPanel::closeRequested, m_explain, &QWidget::hide);
    m_doraSplitter->setStretchFactor(0, 3);
    m_doraSplitter->setStretchFactor(1, 1);
    return m_doraSplitter;
}

QWidget *MetricsPage::buildAdoptionTab()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_adoptionNumbers = new QLabel(content);
    m_adoptionNumbers->setObjectName(QStringLiteral("adoptionNumbers"));
    m_adoptionNumbers->setWordWrap(true);
    QFont big = m_adoptionNumbers->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_adoptionNumbers->setFont(big);
    layout->addWidget(m_adoptionNumbers);
    auto *grid = new QGridLayout;
    int cell = 0;
    const auto place = [&](ChartPanel *chart) {
        grid->addWidget(chart, cell / 2, cell % 2);
        ++cell;
        m_adoptionPanels.append(chart);
    };
    const auto lines = [&](const QString &title, const QList<AdoptionMetric> &metrics, const QString &unit) {
        auto *chart = new ChartPanel(title, content);
        for (AdoptionMetric metric : metrics) {
            auto *model = new TimeValueModel(this);
            m_adoptionModels.insert(int(metric), model);
            chart->addTimeSeries(adoptionTitle(metric), model, unit);
        }
        chart->setCsvSource([this, metrics] {
            QByteArray csv;
            for (AdoptionMetric metric : metrics)
                csv += toCsv(adoptionTitle(metric), m_adoptionModels.value(int(metric))->points());
            return csv;
        });
        place(chart);
    };
    const auto bars = [&](const QString &title, CategoryCountModel *model, const QString &unit, bool stacked) {
        auto *chart = new ChartPanel(title, content);
        chart->setBars(model, unit, stacked);
        chart->setCsvSource([model] {
            QByteArray csv = "category";
            for (const QString &set : model->sets())
                csv += ',' + set.toUtf8();
            csv += '\n';
            for (int r = 0; r < model->rowCount(); ++r) {
                csv += model->categories().at(r).toUtf8();
                for (int c = 0; c < model->columnCount(); ++c)
                    csv += ',' + QByteArray::number(model->index(r, c).data().toDouble());
                csv += '\n';
            }
            return csv;
        });
        place(chart);
    };
    m_templateVersions = new CategoryCountModel(this);
    m_templateUsage = new CategoryCountModel(this);
    m_firstDeploy = new CategoryCountModel(this);
    lines(tr("Golden-path share"), { AdoptionMetric::GoldenPathShare }, tr("% of services"));
    bars(tr("Services per template and version"), m_templateVersions, tr("services"), false);
    bars(tr("Time to first deploy"), m_firstDeploy, tr("services"), false);
    lines(tr("Active deployers (a count, never names)"), { AdoptionMetric::ActiveDeployers }, tr("deployers"));
    lines(tr("Where deployments come from"),
        { AdoptionMetric::DeploymentsFromTarmac, AdoptionMetric::DeploymentsFromOtherSystems }, tr("deployments"));
    bars(tr("Template usage over time"), m_templateUsage, tr("services"), true);
    layout->addLayout(grid);

    auto *comparisonTitle = new QLabel(tr("DORA for golden-path services and the rest"), content);
    QFont bold = comparisonTitle->font();
    bold.setBold(true);
    comparisonTitle->setFont(bold);
    layout->addWidget(comparisonTitle);
    m_pathComparison = new MetricSummaryModel(this);
    m_pathComparison->setColumnTitles(tr("Golden path"), tr("The rest"));
    auto *comparison = new QTableView(content);
    comparison->setObjectName(QStringLiteral("pathComparison"));
    comparison->setModel(m_pathComparison);
    comparison->verticalHeader()->hide();
    comparison->hideColumn(MetricSummaryModel::TrendColumn);
    comparison->hideColumn(MetricSummaryModel::BandColumn);
    comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    comparison->setMinimumHeight(240);
    layout->addWidget(comparison);
    scroll->setWidget(content);
    return scroll;
}

MetricsFilters MetricsPage::filters() const
{
    MetricsFilters f;
    const QString kind = m_scopeKind->currentData().toString();
    f.scope = kind == QLatin1String("all") || m_scopeName->currentText().isEmpty()
        ? QStringLiteral("all")
        : kind + u':' + m_scopeName->currentText();
    const int days = m_rangePreset->currentData().toInt();
    if (days > 0) {
        const qint64 end = startOfTodayUtc() + DayMs;
        f.range = { end - days * DayMs, end };
    } else {
        f.range = { QDateTime(m_from->date(), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch(),
            QDateTime(m_to->date().addDays(1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch() };
    }
    f.bucket = bucketFromName(m_bucket->currentData().toString()).value_or(Bucket::Week);
    f.year = m_year->currentData().toInt();
    return f;
}

bool MetricsPage::isBusy() const
{
    return m_fetcher && m_fetcher->isBusy();
}

void MetricsPage::filtersChanged()
{
    if (m_restoring)
        return;
    saveSettings();
    m_debounce->start();
}

void MetricsPage::updateRangeEditors()
{
    const bool custom = m_rangePreset->currentData().toInt() == 0;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const MetricsFilters f = filters();
        const QSignalBlocker b1(m_from);
        const QSignalBlocker b2(m_to);
        m_from->setDate(QDateTime::fromMSecsSinceEpoch(f.range.from, QTimeZone::UTC).date());
        m_to->setDate(QDateTime::fromMSecsSinceEpoch(f.range.to - DayMs, QTimeZone::UTC).date());
    }
}

void MetricsPage::updateScopeNames()
{
    const QString kind = m_scopeKind->currentData().toString();
    const QString current = m_scopeName->currentText();
    const QStringList names = kind == QLatin1String("team") ? m_teams
        : kind == QLatin1String("service")                  ? m_services
        : kind == QLatin1String("environment")              ? m_environments
                                                            : QStringList();
    const QSignalBlocker blocker(m_scopeName);
    m_scopeName->clear();
    m_scopeName->addItems(names);
    // A remembered name stays chosen even before the platform has listed the names.
    if (!current.isEmpty() && !names.contains(current) && kind != QLatin1String("all"))
        m_scopeName->addItem(current);
    m_scopeName->setCurrentText(current);
    m_scopeName->setEnabled(kind != QLatin1String("all"));
}

void MetricsPage::restoreSettings()
{
    m_restoring = true;
    QSettings settings;
    settings.beginGroup(QStringLiteral("metrics"));
    const auto select = [](QComboBox *box, const QVariant &data) {
        const int i = box->findData(data);
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    select(m_scopeKind, settings.value(QStringLiteral("scopeKind"), QStringLiteral("all")));
    m_scopeName->addItem(settings.value(QStringLiteral("scopeName")).toString());
    updateScopeNames();
    select(m_rangePreset, settings.value(QStringLiteral("rangeDays"), 90));
    const qint64 today = startOfTodayUtc();
    m_from->setDate(settings
            .value(QStringLiteral("from"), QDateTime::fromMSecsSinceEpoch(today - 90 * DayMs, QTimeZone::UTC).date())
            .toDate());
    m_to->setDate(
        settings.value(QStringLiteral("to"), QDateTime::fromMSecsSinceEpoch(today, QTimeZone::UTC).date()).toDate());
    select(m_bucket, settings.value(QStringLiteral("bucket"), QStringLiteral("week")));
    select(m_year, settings.value(QStringLiteral("year"), DoraBands::defaultYear()));
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("tab"), 0).toInt());
    updateRangeEditors();
    m_restoring = false;
}

void MetricsPage::saveSettings() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.beginGroup(QStringLiteral("metrics"));
    settings.setValue(QStringLiteral("scopeKind"), m_scopeKind->currentData());
    settings.setValue(QStringLiteral("scopeName"), m_scopeName->currentText());
    settings.setValue(QStringLiteral("rangeDays"), m_rangePreset->currentData());
    settings.setValue(QStringLiteral("from"), m_from->date());
    settings.setValue(QStringLiteral("to"), m_to->date());
    settings.setValue(QStringLiteral("bucket"), m_bucket->currentData());
    settings.setValue(QStringLiteral("year"), m_year->currentData());
    settings.setValue(QStringLiteral("tab"), m_tabs->currentIndex());
}

void MetricsPage::reload()
{
    ensureClient();
    if (!m_fetcher)
        return;
    const MetricsFilters f = filters();
    if (f.range.to <= f.range.from) {
        showFailure(MetricsFetcher::Request::Dora, tr("The range ends before it starts: pick a later end date."));
        return;
    }
    m_messageBar->hide();
    for (ChartPanel *chart : std::as_const(m_doraPanels))
        chart->setState(ChartPanel::State::Loading);
    for (ChartPanel *chart : std::as_const(m_adoptionPanels))
        chart->setState(ChartPanel::State::Loading);
    if (m_teams.isEmpty())
        m_fetcher->fetchScopes();
    m_fetcher->fetchDora(f);
    m_fetcher->fetchAdoption(f);
    m_fetcher->fetchPathComparison(f);
}

void MetricsPage::setCachedNote(const QDateTime &cachedAt)
{
    if (cachedAt.isValid())
        m_status->setText(tr("Offline: showing figures cached %1")
                .arg(QLocale().toString(cachedAt.toLocalTime(), QLocale::ShortFormat)));
}

void MetricsPage::showDora(
    const DoraSeries &current, const std::optional<DoraSeries> &previous, const QDateTime &cachedAt)
{
    m_dora = current;
    m_summary->setSeries(current, previous);
    m_bandTable->setBands(current.bands);
    m_quickCheck->setSeries(current);
    const QLocale locale;
    const auto score = [&](const std::optional<double> &value) {
        return value ? locale.toString(*value, 'f', 1) : tr("not enough data");
    };
    m_quickCheckScores->setText(tr("Software delivery throughput: %1 of 10 · stability: %2 of 10")
            .arg(score(m_quickCheck->throughputScore()), score(m_quickCheck->stabilityScore())));
    const bool empty = current.total.deployments == 0 && current.total.incidentsOpened == 0;
    for (DoraMetric metric : allDoraMetrics())
        m_doraModels.value(int(metric))->setPoints(doraChartPoints(current, metric));
    for (auto it = m_doraPanels.cbegin(); it != m_doraPanels.cend(); ++it) {
        const auto metric = DoraMetric(it.key());
        ChartPanel *chart = it.value();
        double top = 0;
        for (DoraMetric m : allDoraMetrics()) {
            if (m == metric || (metric == DoraMetric::LeadTimeMedian && m == DoraMetric::LeadTimeP90)
                || (metric == DoraMetric::RecoveryTime && m == DoraMetric::TimeToRestore))
                top = std::max(top, m_doraModels.value(int(m))->maximum());
        }
        chart->setBandAreas(bandAreas(current.bands, metric, bucketDays(current.bucket), std::max(1.0, top) * 10),
            current.range.from, current.range.to);
        chart->setTimeRange(current.range.from, current.range.to);
        chart->setState(empty ? ChartPanel::State::Empty : ChartPanel::State::Ready,
            empty ? tr("No deployments or incidents in this range for this scope.") : QString());
    }
    for (int row = 0; row < m_summary->rowCount(); ++row) {
        const auto metric = DoraMetric(m_summary->index(row, 0).data(MetricSummaryModel::MetricRole).toInt());
        const QString band = m_summary->index(row, MetricSummaryModel::BandColumn).data().toString();
        QString text
            = metricTitle(metric) + u'\n' + m_summary->index(row, MetricSummaryModel::ValueColumn).data().toString();
        const auto trend
            = MetricSummaryModel::Trend(m_summary->index(row, 0).data(MetricSummaryModel::BetterRole).toInt());
        const QString arrow = trend == MetricSummaryModel::Trend::Better ? tr("better")
            : trend == MetricSummaryModel::Trend::Worse                  ? tr("worse")
            : trend == MetricSummaryModel::Trend::Same                   ? tr("steady")
                                                                         : QString();
        QStringList extra;
        if (!band.isEmpty())
            extra.append(bandText(band));
        if (!arrow.isEmpty())
            extra.append(arrow);
        if (!extra.isEmpty())
            text += u'\n' + extra.join(QStringLiteral(" · "));
        QToolButton *tile = m_tiles.value(int(metric));
        tile->setText(text);
        tile->setToolTip(tr("%1\nPrevious period: %2\nClick to explain this number.")
                .arg(m_summary->index(row, MetricSummaryModel::TrendColumn).data().toString(),
                    m_summary->index(row, MetricSummaryModel::PreviousColumn).data().toString()));
    }
    setCachedNote(cachedAt);
}

void MetricsPage::showAdoption(const AdoptionSeries &series, const QDateTime &cachedAt)
{
    m_adoption = series;
    for (auto it = m_adoptionModels.cbegin(); it != m_adoptionModels.cend(); ++it)
        it.value()->setPoints(adoptionChartPoints(series, AdoptionMetric(it.key())));
    fillTemplateVersions(m_templateVersions, series);
    fillTemplateUsage(m_templateUsage, series);
    fillTimeToFirstDeploy(m_firstDeploy, series);
    const QLocale locale;
    m_adoptionNumbers->setText(
        tr("%1 teams onboarded · %2 services, %3 from templates · %4 behind their template's newest version · "
           "golden-path share %5 · median time to first deploy %6")
            .arg(series.teamsOnboarded)
            .arg(series.services)
            .arg(series.servicesFromTemplates)
            .arg(series.servicesBehindNewestTemplateVersion)
            .arg(series.goldenPathShare ? locale.toString(*series.goldenPathShare * 100, 'f', 0) + u'%' : tr("unknown"))
            .arg(series.timeToFirstDeployMedian ? formatDuration(*series.timeToFirstDeployMedian) : tr("unknown")));
    const bool empty = series.services == 0;
    for (ChartPanel *chart : std::as_const(m_adoptionPanels)) {
        chart->setTimeRange(series.range.from, series.range.to);
        chart->setState(empty ? ChartPanel::State::Empty : ChartPanel::State::Ready,
            empty ? tr("No services in this scope yet.") : QString());
    }
    setCachedNote(cachedAt);
}

void MetricsPage::showFailure(MetricsFetcher::Request request, const QString &message)
{
    if (request == MetricsFetcher::Request::DrillDown) {
        m_explain->setFailed(message);
        return;
    }
    if (request == MetricsFetcher::Request::Scopes)
        return; // the names are a convenience; a typed-in scope still works
    m_message->setText(message);
    m_messageBar->show();
    const auto failedState = [&](ChartPanel *chart) {
        // Keep earlier figures visible; only charts that never had any say why they are empty.
        if (chart->state() != ChartPanel::State::Ready)
            chart->setState(ChartPanel::State::Empty, tr("Could not load: see the message above."));
    };
    for (ChartPanel *chart : std::as_const(m_doraPanels))
        failedState(chart);
    for (ChartPanel *chart : std::as_const(m_adoptionPanels))
        failedState(chart);
}

void MetricsPage::resetTile(DoraMetric metric)
{
    QToolButton *tile = m_tiles.value(int(metric));
    tile->setText(metricTitle(metric));
    tile->setToolTip(tr("Explain this number"));
}

void MetricsPage::clearFigures()
{
    // A product owner must never read one platform's numbers under another's name.
    if (m_fetcher)
        m_fetcher->cancel();
    m_dora.reset();
    m_adoption.reset();
    m_summary->clear();
    m_quickCheck->clear();
    m_quickCheckScores->clear();
    m_pathComparison->clear();
    m_drillDown->clear();
    m_explain->hide();
    for (TimeValueModel *model : std::as_const(m_doraModels))
        model->setPoints({});
    for (TimeValueModel *model : std::as_const(m_adoptionModels))
        model->setPoints({});
    for (CategoryCountModel *model : { m_templateVersions, m_templateUsage, m_firstDeploy })
        model->setCounts({}, {}, {});
    m_adoptionNumbers->clear();
    for (DoraMetric metric : allDoraMetrics())
        resetTile(metric);
    for (ChartPanel *chart : std::as_const(m_doraPanels))
        chart->setState(ChartPanel::State::Loading);
    for (ChartPanel *chart : std::as_const(m_adoptionPanels))
        chart->setState(ChartPanel::State::Loading);
    // The other platform's teams, services and environments; a chosen name stays until it lists them.
    m_teams.clear();
    m_services.clear();
    m_environments.clear();
    updateScopeNames();
    m_status->clear();
    m_messageBar->hide();
}

void MetricsPage::explainPoint(DoraMetric metric, TimeValueModel *model, int row)
{
    if (!m_dora || row < 0 || row >= model->rowCount())
        return;
    const TimeValue &point = model->points().at(row);
    m_explaining = metric;
    m_explain->explain(metric, point.text, tr("%1 to %2").arg(dateText(point.from), dateText(point.to - 1)));
    m_explain->show();
    MetricsFilters f = filters();
    f.bucket = m_dora->bucket;
    m_fetcher->fetchDrillDown(f, { point.from, point.to });
}

void MetricsPage::explainTile(DoraMetric metric)
{
    if (!m_dora)
        return;
    m_explaining = metric;
    const int row = int(MetricSummaryModel::metrics().indexOf(metric));
    m_explain->explain(metric, m_summary->index(row, MetricSummaryModel::ValueColumn).data().toString(),
        tr("%1 to %2").arg(dateText(m_dora->range.from), dateText(m_dora->range.to - 1)));
    m_explain->show();
    MetricsFilters f = filters();
    f.bucket = m_dora->bucket;
    m_fetcher->fetchDrillDown(f, m_dora->range);
}

ChartPanel *MetricsPage::doraChart(DoraMetric metric) const
{
    if (metric == DoraMetric::LeadTimeP90)
        metric = DoraMetric::LeadTimeMedian;
    if (metric == DoraMetric::TimeToRestore)
        metric = DoraMetric::RecoveryTime;
    return m_doraPanels.value(int(metric));
}

bool MetricsPage::exportPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(150);
    writer.setTitle(tr("Tarmac metrics report"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const QRectF page = painter.viewport();
    const MetricsFilters f = filters();
    QFont title = painter.font();
    title.setPointSizeF(16);
    painter.setFont(title);
    painter.drawText(QRectF(0, 0, page.width(), 60), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Delivery metrics: %1, %2 to %3, by %4")
            .arg(f.scope, dateText(f.range.from), dateText(f.range.to - 1), bucketName(f.bucket)));
    QFont body = painter.font();
    body.setPointSizeF(10);
    painter.setFont(body);
    qreal y = 80;
    for (int row = 0; row < m_summary->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < MetricSummaryModel::ColumnCount; ++c)
            cells.append(m_summary->index(row, c).data().toString());
        painter.drawText(QRectF(0, y, page.width(), 30), Qt::AlignLeft, cells.join(QStringLiteral(" · ")));
        y += 30;
    }
    if (m_adoption) {
        painter.drawText(
            QRectF(0, y + 10, page.width(), 60), Qt::AlignLeft | Qt::TextWordWrap, m_adoptionNumbers->text());
        y += 80;
    }
    // Charts two by two on the following pages, as they look on screen.
    QList<ChartPanel *> charts;
    for (DoraMetric metric : { DoraMetric::DeploymentFrequency, DoraMetric::LeadTimeMedian,
             DoraMetric::ChangeFailureRate, DoraMetric::RecoveryTime, DoraMetric::ReworkRate })
        charts.append(m_doraPanels.value(int(metric)));
    charts += m_adoptionPanels;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        if (i % 2 == 0)
            writer.newPage();
        const qreal half = page.height() / 2;
        const QRectF area(0, (i % 2) * half, page.width(), half - 20);
        painter.drawText(QRectF(area.left(), area.top(), area.width(), 40), Qt::AlignLeft, charts.at(i)->title());
        charts.at(i)->render(&painter, area.adjusted(0, 40, 0, 0));
    }
    return painter.end();
}

}
