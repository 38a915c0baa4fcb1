// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/storedassessment.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace Tarmac {

class ApiReply;
class PlatformClient;
class StoredAssessmentsModel;

// The sessions the active platform stores (scope, model, date...), to open one: the list loads as
// it scrolls, says when it is loading and what failed, and Open fetches the chosen session's text.
class StoredSessionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit StoredSessionsDialog(PlatformClient *client, QWidget *parent = nullptr);
    ~StoredSessionsDialog() override;

    StoredAssessmentsModel *model() const { return m_model; }
    QString statusText() const;

Q_SIGNALS:
    // The chosen session, with its text; the dialog is accepted after this.
    void sessionFetched(const Tarmac::StoredAssessment &stored);

private:
    void openSelected();
    void setStatus(const QString &text, bool error);
    void updateButtons();

    PlatformClient *m_client;
    StoredAssessmentsModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_retry;
    QPointer<ApiReply> m_fetch;
};

}
