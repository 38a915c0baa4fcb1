// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace Tarmac {

// A bar above a page's content that says what went wrong and what to do, with Retry when the
// failed action may simply be tried again. Hidden while there is nothing to say.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    // retry, when set, runs (and the bar hides) when the user presses Retry.
    void showError(const QString &text, std::function<void()> retry = {});
    void showInformation(const QString &text);
    void clear();
    QString text() const;

private:
    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_close;
    std::function<void()> m_retryAction;
};

}
