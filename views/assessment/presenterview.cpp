// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenterview.h"

#include "assessment/assessmentdocument.h"
#include "assessment/spreadmodel.h"
#include "assessment/votestatistics.h"
#include "leveldescriptions.h"
#include "spreadchartview.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace Tarmac {

namespace {
QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
}

PresenterView::PresenterView(AssessmentDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_spreadModel(new SpreadModel(document, this))
{
    setObjectName(QStringLiteral("presenterView"));
    setWindowTitle(tr("Tarmac: presenter view"));
    setFocusPolicy(Qt::StrongFocus);
    // Readable from the back of the room: everything scales from a large base size.
    setFont(scaled(font(), 2.0));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("presenterStep"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("presenterTitle"));
    m_title->setFont(scaled(font(), 1.8, true));
    m_title->setWordWrap(true);
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("presenterQuestion"));
    m_question->setWordWrap(true);
    QFont questionFont = font();
    questionFont.setItalic(true);
    m_question->setFont(questionFont);
    layout->addWidget(m_step);
    layout->addWidget(m_title);
    layout->addWidget(m_question);

    m_stages = new QStackedWidget(this);
    // Before the reveal: the levels to choose from, and how many have voted (never what).
    auto *voting = new QWidget(m_stages);
    auto *votingLayout = new QVBoxLayout(voting);
    votingLayout->setContentsMargins(0, 0, 0, 0);
    m_levels = new QTextBrowser(voting);
    m_levels->setObjectName(QStringLiteral("presenterLevels"));
    m_levels->setFrameShape(QFrame::NoFrame);
    m_levels->setFocusPolicy(Qt::NoFocus);
    m_voted = new QLabel(voting);
    m_voted->setObjectName(QStringLiteral("presenterVoted"));
    m_voted->setFont(scaled(font(), 1.2, true));
    votingLayout->addWidget(m_levels, 1);
    votingLayout->addWidget(m_voted);
    // After the reveal: responses first, then the spread and the median.
    auto *revealed = new QWidget(m_stages);
    auto *revealedLayout = new QVBoxLayout(revealed);
    revealedLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(revealed);
    m_summary->setObjectName(QStringLiteral("presenterSummary"));
    m_summary->setWordWrap(true);
    m_summary->setFont(scaled(font(), 1.2, true));
    m_chart = new SpreadChartView(m_spreadModel, revealed);
    m_chart->setObjectName(QStringLiteral("presenterChart"));
    m_chart->setFocusPolicy(Qt::NoFocus);
    if (QChart *chart = m_chart->chart()) {
        // The chart draws its own text: as large as the rest, the roles' legend below the bars.
        chart->legend()->setFont(font());
        chart->legend()->setAlignment(Qt::AlignBottom);
        for (QAbstractAxis *axis : chart->axes())
            axis->setLabelsFont(font());
    }
    revealedLayout->addWidget(m_summary);
    revealedLayout->addWidget(m_chart, 1);
    m_stages->addWidget(voting);
    m_stages->addWidget(revealed);
    layout->addWidget(m_stages, 1);

    m_keys = new QLabel(tr("→ next   ← previous   R reveal   Esc leave"), this);
    m_keys->setObjectName(QStringLiteral("presenterKeys"));
    m_keys->setFont(scaled(QWidget::font(), 0.5));
    m_keys->setAlignment(Qt::AlignRight);
    layout->addWidget(m_keys);

    connect(m_document, &AssessmentDocument::sessionChanged, this, &PresenterView::refresh);
    connect(m_document, &AssessmentDocument::modelReset, this, &PresenterView::refresh);
    refresh();
}

PresenterView::~PresenterView() = default;

void PresenterView::setCapabilityIndex(int index)
{
    m_index = index;
    refresh();
}

void PresenterView::refresh()
{
    const MaturityModel &model = m_document->model();
    if (m_index < 0 || m_index >= model.capabilities.size())
        return;
    const Capability &capability = model.capabilities.at(m_index);
    const CapabilityRecord *found = m_document->session().record(capability.id);
    const CapabilityRecord record = found ? *found : CapabilityRecord {};
    m_spreadModel->setCapability(capability.id);
    m_step->setText(tr("%1 of %2").arg(m_index + 1).arg(model.capabilities.size()));
    m_title->setText(capability.name);
    m_question->setText(capability.keyQuestion);
    m_question->setVisible(!capability.keyQuestion.isEmpty());
    if (!record.revealed) {
        m_levels->setHtml(levelDescriptionsHtml(model, capability, 0));
        m_voted->setText(tr("%n of %1 have voted", nullptr, int(record.votes.size()))
                .arg(m_document->session().participants.size()));
        m_stages->setCurrentIndex(0);
        return;
    }
    const VoteSpread spread = VoteStatistics::forRecord(record);
    QStringList lines;
    lines.append(tr("%n answer(s)", nullptr, spread.responses));
    if (spread.hasLevels()) {
        const QLocale locale;
        const int rounded = int(std::lround(spread.median));
        lines.append(tr("median %1 (%2), interquartile range %3")
                .arg(locale.toString(spread.median, 'f', 1), model.levelName(rounded),
                    locale.toString(spread.interquartileRange(), 'f', 1)));
    }
    if (spread.dontKnow > 0)
        lines.append(tr("%n don't know", nullptr, spread.dontKnow));
    if (spread.notApplicable > 0)
        lines.append(tr("%n not applicable", nullptr, spread.notApplicable));
    m_summary->setText(lines.join(QStringLiteral(" · ")));
    m_stages->setCurrentIndex(1);
}

QString PresenterView::visibleText() const
{
    QStringList texts;
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (label->isVisibleTo(this))
            texts.append(label->text());
    }
    for (const QTextBrowser *browser : findChildren<QTextBrowser *>()) {
        if (browser->isVisibleTo(this))
            texts.append(browser->toPlainText());
    }
    return texts.join(u'\n');
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_N:
        Q_EMIT nextRequested();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_P:
        Q_EMIT previousRequested();
        return;
    case Qt::Key_R:
        Q_EMIT revealRequested();
        return;
    case Qt::Key_Escape:
        Q_EMIT leaveRequested();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresenterView::closeEvent(QCloseEvent *event)
{
    event->ignore();
    Q_EMIT leaveRequested();
}

}
