// SPDX-License-Identifier: GPL-3.0-or-later
#include "workareapage.h"

#include "workbench/workareamodel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Tarmac {

WorkAreaPage::WorkAreaPage(WorkArea area, QWidget *parent)
    : QWidget(parent)
    , m_area(area)
{
    setAccessibleName(WorkAreaModel::title(area));

    auto *title = new QLabel(WorkAreaModel::title(area), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *summary = new QLabel(WorkAreaModel::summary(area), this);
    summary->setWordWrap(true);

    QString planned = QStringLiteral("<p>") + tr("This page will hold:") + QStringLiteral("</p><ul>");
    for (const QString &item : plannedContents(area))
        planned += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    planned += QStringLiteral("</ul>");
    auto *contents = new QLabel(planned, this);
    contents->setObjectName(QStringLiteral("plannedContents"));
    contents->setTextFormat(Qt::RichText);
    contents->setWordWrap(true);
    contents->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addSpacing(12);
    layout->addWidget(contents);
    layout->addStretch();
}

WorkAreaPage::~WorkAreaPage() = default;

QStringList WorkAreaPage::plannedContents(WorkArea area)
{
    switch (area) {
    case WorkArea::Compose:
        return {
            tr("the golden-path template gallery, with a validated form for each template's parameters"),
            tr("a canvas to compose services and attach databases, caches, queues and routes by dragging"),
            tr("every generated file in an editor with syntax highlighting and validation as you type"),
        };
    case WorkArea::Deploy:
        return {
            tr("the services registered with the platform and their environments"),
            tr("the difference between what is about to be deployed and what runs now"),
            tr("live progress and logs of each deployment, with cancel and one-step rollback"),
        };
    case WorkArea::Metrics:
        return {
            tr("deployment frequency, lead time for changes, change failure rate and recovery time, with their bands"),
            tr("adoption: golden-path share, template usage and version lag, time to first deploy"),
            tr("for any number, the deployments, changes and incidents behind it"),
        };
    case WorkArea::Assess:
        return {
            tr("maturity models: the platform engineering model, the CNCF model and the minimum viable platform "
               "checklist"),
            tr("a workshop flow: hidden votes, reveal the spread, agree a level and a target"),
            tr("evidence, actions, comparison with earlier rounds, and PDF and CSV reports"),
        };
    }
    return {};
}

}
