// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Tarmac {

class PlatformSwitcher;
struct PlatformEndpoint;

// Platform > Connections: the platforms the workbench knows (the embedded one and remote ones), to
// add, edit, remove, test, and choose the one in use.
class ConnectionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionsDialog(PlatformSwitcher *switcher, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

private:
    QString selectedId() const;
    void updateButtons();
    void edit(const PlatformEndpoint &endpoint);
    void removeSelected();
    void testSelected();
    void useSelected();
    void showMessage(const QString &text);

    PlatformSwitcher *m_switcher;
    QTableView *m_view;
    QLabel *m_message;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_testButton;
    QPushButton *m_useButton;
};

}
