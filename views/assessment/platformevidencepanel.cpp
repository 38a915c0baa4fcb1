// SPDX-License-Identifier: GPL-3.0-or-later
#include "platformevidencepanel.h"

#include "assessment/assessmentdocument.h"
#include "metrics/metricsfetcher.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace Tarmac {

using namespace Metrics;

PlatformEvidencePanel::PlatformEvidencePanel(AssessmentDocument *document, QWidget *parent)
    : QGroupBox(tr("Platform evidence"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("platformEvidence"));
    auto *layout = new QVBoxLayout(this);
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("platformEvidenceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshPlatformEvidence"));
    m_refresh->setToolTip(tr("Measure again on the platform"));
    connect(m_refresh, &QPushButton::clicked, this, &PlatformEvidencePanel::refresh);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_refresh, 0, Qt::AlignTop);
    layout->addLayout(statusRow);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &PlatformEvidencePanel::refresh);
    connect(m_document, &AssessmentDocument::sessionChanged, this, &PlatformEvidencePanel::sessionChanged);
    hide();
}

PlatformEvidencePanel::~PlatformEvidencePanel() = default;

void PlatformEvidencePanel::retryIfFailed()
{
    if (m_failed && isVisible())
        refresh();
}

QString PlatformEvidencePanel::statusText() const
{
    return m_status->text();
}

void PlatformEvidencePanel::setClient(PlatformClient *client)
{
    m_client = client;
    delete m_fetcher;
    m_fetcher = nullptr;
    if (m_client) {
        m_fetcher = new MetricsFetcher(m_client, this);
        connect(m_fetcher, &MetricsFetcher::doraReady, this,
            [this](const DoraSeries &current, const std::optional<DoraSeries> &, const QDateTime &cachedAt) {
                onDora(current, cachedAt);
            });
        connect(m_fetcher, &MetricsFetcher::adoptionReady, this, &PlatformEvidencePanel::onAdoption);
        connect(m_fetcher, &MetricsFetcher::failed, this,
            [this](MetricsFetcher::Request, const QString &message) { onFailed(message); });
    }
    m_scope.clear();
    sessionChanged();
}

void PlatformEvidencePanel::setCapability(const QString &capabilityId)
{
    m_capabilityId = capabilityId;
    sessionChanged();
}

void PlatformEvidencePanel::sessionChanged()
{
    const Capability *capability = m_document->model().capability(m_capabilityId);
    const bool applies = capability && !capability->platformEvidence.isEmpty();
    setVisible(applies);
    if (!applies)
        return;
    if (!m_fetcher) {
        setStatus(tr("No platform is connected: connect one to see what it measures here."), true);
        m_refresh->setEnabled(false);
        rebuildRows();
        return;
    }
    m_refresh->setEnabled(true);
    // Fetched once per scope (typing a team's name waits for a pause); a capability change only
    // picks other figures from the same answers.
    if (metricsScopeOf(m_document->session().scope) != m_scope)
        m_debounce->start();
    else if (!m_dora && !m_failed && !m_fetcher->isBusy() && !m_debounce->isActive())
        refresh();
    else
        combine();
}

void PlatformEvidencePanel::refresh()
{
    m_debounce->stop();
    if (!m_fetcher)
        return;
    m_scope = metricsScopeOf(m_document->session().scope);
    m_dora.reset();
    m_adoption.reset();
    m_figures.clear();
    m_failed = false;
    if (m_scope.isEmpty()) {
        setStatus(tr("The platform measures the whole organisation and teams; name the team (or choose the "
                     "organisation) to see its figures."),
            true);
        rebuildRows();
        return;
    }
    // The last RangeDays whole days up to and including today (UTC).
    const QDateTime tomorrow(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(0, 0), QTimeZone::UTC);
    MetricsFilters filters;
    filters.scope = m_scope;
    filters.range = { tomorrow.addDays(-RangeDays).toMSecsSinceEpoch(), tomorrow.toMSecsSinceEpoch() };
    filters.bucket = Bucket::Week;
    m_source = tr("%1, %2, %3 to %4")
                   .arg(m_client->connection()->baseUrl().toDisplayString(QUrl::RemoveUserInfo), m_scope,
                       tomorrow.addDays(-RangeDays).date().toString(Qt::ISODate),
                       tomorrow.addDays(-1).date().toString(Qt::ISODate));
    m_measuredAt = {};
    m_cached = false;
    setStatus(tr("Measuring %1 on the platform…").arg(m_scope), false);
    rebuildRows();
    m_fetcher->fetchDora(filters);
    m_fetcher->fetchAdoption(filters);
}

void PlatformEvidencePanel::onDora(const DoraSeries &series, const QDateTime &cachedAt)
{
    m_dora = series;
    noteMeasuredAt(cachedAt);
    combine();
}

void PlatformEvidencePanel::onAdoption(const AdoptionSeries &series, const QDateTime &cachedAt)
{
    m_adoption = series;
    noteMeasuredAt(cachedAt);
    combine();
}

void PlatformEvidencePanel::noteMeasuredAt(const QDateTime &cachedAt)
{
    // The older of the two answers dates the figures.
    const QDateTime at = cachedAt.isValid() ? cachedAt.toUTC() : QDateTime::currentDateTimeUtc();
    m_cached = m_cached || cachedAt.isValid();
    m_measuredAt = m_measuredAt.isValid() ? std::min(m_measuredAt, at) : at;
}

void PlatformEvidencePanel::onFailed(const QString &message)
{
    m_figures.clear();
    m_failed = true; // asked again with Refresh, or when the platform comes back
    setStatus(tr("The platform could not be asked: %1").arg(message), true);
    rebuildRows();
    Q_EMIT updated();
}

void PlatformEvidencePanel::combine()
{
    if (!m_dora || !m_adoption)
        return;
    const Capability *capability = m_document->model().capability(m_capabilityId);
    m_figures
        = capability ? platformFigures(capability->platformEvidence, *m_dora, *m_adoption) : QList<PlatformFigure>();
    const QString when = QLocale().toString(m_measuredAt.toLocalTime(), QLocale::ShortFormat);
    if (m_cached)
        setStatus(tr("The platform does not answer: these are its figures as cached at %1, for %2 over the last "
                     "%3 days.")
                      .arg(when, m_scope)
                      .arg(RangeDays),
            true);
    else
        setStatus(tr("Measured at %1 for %2 over the last %3 days.").arg(when, m_scope).arg(RangeDays), false);
    rebuildRows();
    Q_EMIT updated();
}

void PlatformEvidencePanel::rebuildRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                // Later: the button that was clicked may be what asked for new rows.
                child->widget()->hide();
                child->widget()->deleteLater();
                delete child;
            }
        }
        delete item;
    }
    const CapabilityRecord *record = m_document->session().record(m_capabilityId);
    for (const PlatformFigure &figure : std::as_const(m_figures)) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(figure.text(), this);
        label->setWordWrap(true);
        label->setObjectName(QStringLiteral("figure-") + figure.metric);
        auto *attachButton = new QPushButton(this);
        attachButton->setObjectName(QStringLiteral("attach-") + figure.metric);
        const bool attached = record && hasEvidence(*record, figure);
        attachButton->setText(attached ? tr("Attached") : tr("Attach"));
        attachButton->setEnabled(!attached);
        attachButton->setToolTip(tr("Keep this figure in the session as evidence, with its source and time"));
        connect(attachButton, &QPushButton::clicked, this, [this, figure] { attach(figure); });
        row->addWidget(label, 1);
        row->addWidget(attachButton);
        m_rows->addLayout(row);
    }
}

void PlatformEvidencePanel::attach(const PlatformFigure &figure)
{
    const Evidence evidence
        = evidenceFrom(figure, m_cached ? tr("%1 (offline cache)").arg(m_source) : m_source, m_measuredAt);
    const QString capabilityId = m_capabilityId;
    m_document->edit(tr("Attach platform evidence"),
        [&](AssessmentSession &session) { session.ensureRecord(capabilityId).evidence.append(evidence); });
}

void PlatformEvidencePanel::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: #8a5300; }") : QString());
}

}
