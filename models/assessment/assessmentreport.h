// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessmentsession.h"
#include "assessment/maturitymodel.h"

#include <QCoreApplication>

#include <optional>

class QPainter;
class QRectF;

namespace Tarmac {

// A session's results for people outside the room: CSV, Markdown and a PDF with the radar. Reports
// carry shared notes only, never the facilitator's private ones, and no statistics for capabilities
// whose votes were never revealed. QtGui only, so tarmacctl can use it without widgets; the PDF needs
// a QGuiApplication for fonts (the offscreen platform will do).
class AssessmentReport {
    Q_DECLARE_TR_FUNCTIONS(Tarmac::AssessmentReport)
public:
    AssessmentReport(const MaturityModel &model, const AssessmentSession &session,
        const std::optional<AssessmentSession> &previous = std::nullopt);

    // One header row, then one row per capability of the model, in the model's order.
    QByteArray csv() const;
    QString markdown() const;
    bool writePdf(const QString &path, QString *errorMessage) const;
    // A summary page with the radar, results and actions, then one page per capability.
    int pdfPageCount() const { return 1 + int(m_model.capabilities.size()); }

    // Agreed (filled), target (dashed) and previous round (grey) on one axis per capability; with
    // fewer than three capabilities, where a radar says nothing, horizontal level bars instead.
    static void paintRadar(QPainter *painter, const QRectF &rect, const MaturityModel &model,
        const AssessmentSession &session, const std::optional<AssessmentSession> &previous);

private:
    QString scopeText() const;
    QString capabilityHtml(const Capability &capability) const;
    QString summaryHtml() const;
    // How the capability of a previous round's action moved since, in words.
    QString previousActionProgress(const AssessmentAction &action) const;

    MaturityModel m_model;
    AssessmentSession m_session;
    std::optional<AssessmentSession> m_previous;
};

}
