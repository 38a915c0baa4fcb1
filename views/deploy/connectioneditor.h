// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformconnectionsmodel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Tarmac {

class PlatformSwitcher;

// Adds or edits one remote platform connection: name, address, optional CA file and token. Stays
// open with the reason when something is wrong, so nothing typed is lost; Test checks what is typed.
class ConnectionEditor : public QDialog {
    Q_OBJECT
public:
    // endpoint: the connection to edit, or an empty one to add.
    ConnectionEditor(PlatformSwitcher *switcher, const PlatformEndpoint &endpoint, QWidget *parent = nullptr);
    ~ConnectionEditor() override;

    PlatformEndpoint endpoint() const;
    QByteArray token() const;

    void accept() override;

private:
    void testConnection();

    PlatformSwitcher *m_switcher;
    QString m_id;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_caFile;
    QLineEdit *m_token;
    QLabel *m_message;
    QPushButton *m_testButton;
};

}
