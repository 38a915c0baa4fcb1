// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/dorametric.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Tarmac {

namespace Metrics {
class DrillDownModel;
}

// "Explain this number": what the number means, in words, and the records behind it.
class ExplainPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExplainPanel(Metrics::DrillDownModel *model, QWidget *parent = nullptr);
    ~ExplainPanel() override;

    // Shows the definition of metric for the value text over when, and "loading" until the records come.
    void explain(Metrics::DoraMetric metric, const QString &value, const QString &when);
    void setLoading();
    void setFailed(const QString &message);
    // The drill-down model has its rows: show them and its warnings.
    void showRecords();
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void closeRequested();

private:
    Metrics::DrillDownModel *m_model;
    QLabel *m_title;
    QLabel *m_definition;
    QLabel *m_status;
    QLabel *m_warnings;
    QTableView *m_table;
};

}
