// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainpanel.h"

#include "metrics/drilldownmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tarmac {

ExplainPanel::ExplainPanel(Metrics::DrillDownModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_definition(new QLabel(this))
    , m_status(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("explainPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    header->addWidget(m_title, 1);
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &ExplainPanel::closeRequested);
    header->addWidget(close, 0, Qt::AlignTop);
    layout->addLayout(header);
    m_definition->setWordWrap(true);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_definition);
    layout->addWidget(m_status);
    m_warnings->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("drillDownWarnings"));
    layout->addWidget(m_warnings);
    m_table->setObjectName(QStringLiteral("drillDownTable"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    setMinimumWidth(320);
}

ExplainPanel::~ExplainPanel() = default;

void ExplainPanel::explain(Metrics::DoraMetric metric, const QString &value, const QString &when)
{
    m_title->setText(tr("%1: %2").arg(Metrics::metricTitle(metric), value));
    m_definition->setText(tr("%1\n\nThis number covers %2.").arg(Metrics::metricDefinition(metric), when));
    m_warnings->clear();
    m_warnings->hide();
    setLoading();
}

void ExplainPanel::setLoading()
{
    m_status->setText(tr("Loading the records behind this number…"));
    m_status->show();
    m_model->clear();
}

void ExplainPanel::setFailed(const QString &message)
{
    m_status->setText(tr("The records behind this number could not be loaded: %1").arg(message));
    m_status->show();
}

void ExplainPanel::showRecords()
{
    m_status->setText(tr("%n record(s) behind this number:", nullptr, m_model->rowCount()));
    const QStringList warnings = m_model->warnings();
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
    m_table->resizeColumnsToContents();
}

}
