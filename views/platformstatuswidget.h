// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Tarmac {

class PlatformConnection;

// Status-bar indicator of the platform connection: a coloured dot and "Local platform: connected".
class PlatformStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit PlatformStatusWidget(PlatformConnection *connection, QWidget *parent = nullptr);
    ~PlatformStatusWidget() override;

    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    PlatformConnection *m_connection;
    QLabel *m_dot;
    QLabel *m_text;
};

}
