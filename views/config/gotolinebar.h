// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Tarmac {

// "Go to line": takes `line` or `line:column`, says what is wrong with anything else.
class GoToLineBar : public QWidget {
    Q_OBJECT
public:
    explicit GoToLineBar(QWidget *parent = nullptr);
    ~GoToLineBar() override;

    void open(int currentLine, int lineCount);
    void close();
    QLineEdit *field() const { return m_field; }
    QString status() const;

Q_SIGNALS:
    void goToRequested(int line, int column);
    void closed();

private:
    void accept();

    QLineEdit *m_field = nullptr;
    QLabel *m_hint = nullptr;
    int m_lineCount = 1;
};

}
