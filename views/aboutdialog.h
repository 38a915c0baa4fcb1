// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Tarmac {

// Help > About Tarmac: what the program is and the versions it runs on.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // "Qt 6.8.2 (built against 6.8.2)" and the like, one line per component, for bug reports.
    static QStringList componentVersions();
};

}
