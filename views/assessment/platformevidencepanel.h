// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/platformevidence.h"
#include "metrics/doraseries.h"

#include <QDateTime>
#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace Tarmac {

class AssessmentDocument;
class PlatformClient;

namespace Metrics {
class MetricsFetcher;
}

// Beside the votes: what the platform measures for the session's scope (DORA bands, golden-path
// share over the last 90 days) on the capabilities whose model names such figures, each with a
// button that attaches it to the session as evidence (the figure, its source, its time). Says
// when the platform is unreachable and when the figures are its offline cache's copy.
class PlatformEvidencePanel : public QGroupBox {
    Q_OBJECT
public:
    static constexpr int RangeDays = 90;

    explicit PlatformEvidencePanel(AssessmentDocument *document, QWidget *parent = nullptr);
    ~PlatformEvidencePanel() override;

    // Null: no platform, the panel says so.
    void setClient(PlatformClient *client);
    void setCapability(const QString &capabilityId);
    // Fetches the figures again for the session's scope.
    void refresh();
    // After the platform came back: asks again if the last attempt failed.
    void retryIfFailed();

    QList<PlatformFigure> figures() const { return m_figures; }
    QString statusText() const;

Q_SIGNALS:
    // A fetch ended, with figures or with a failure.
    void updated();

private:
    void sessionChanged();
    void onDora(const Metrics::DoraSeries &series, const QDateTime &cachedAt);
    void onAdoption(const Metrics::AdoptionSeries &series, const QDateTime &cachedAt);
    void noteMeasuredAt(const QDateTime &cachedAt);
    void onFailed(const QString &message);
    void combine();
    void rebuildRows();
    void attach(const PlatformFigure &figure);
    void setStatus(const QString &text, bool problem);

    AssessmentDocument *m_document;
    PlatformClient *m_client = nullptr;
    Metrics::MetricsFetcher *m_fetcher = nullptr;
    QString m_capabilityId;
    QString m_scope; // the metrics scope fetched or being fetched
    std::optional<Metrics::DoraSeries> m_dora;
    std::optional<Metrics::AdoptionSeries> m_adoption;
    QDateTime m_measuredAt;
    bool m_cached = false;
    bool m_failed = false;
    QString m_source;
    QList<PlatformFigure> m_figures;
    QLabel *m_status;
    QPushButton *m_refresh;
    QVBoxLayout *m_rows;
    QTimer *m_debounce;
};

}
