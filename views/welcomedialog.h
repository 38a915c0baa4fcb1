// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Tarmac {

class PlatformConnection;

// The welcome on the first start (and in Help > Welcome): the two ways to start, the local platform
// that is already running or a team's platform to connect to, and the example composition. It only
// asks; the main window does what is asked.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    // examplePath: the example composition installed with Tarmac, empty when there is none.
    WelcomeDialog(PlatformConnection *platform, const QString &examplePath, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

Q_SIGNALS:
    void connectToPlatformRequested();
    void openExampleRequested(const QString &path);
};

}
