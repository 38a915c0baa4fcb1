// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "tarmacversion.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

#include <ksyntaxhighlighting_version.h>

namespace Tarmac {

QStringList AboutDialog::componentVersions()
{
    return {
        tr("Tarmac %1").arg(QStringLiteral(TARMAC_VERSION_STRING)),
        tr("Qt %1 (built against %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        tr("KDE Frameworks: KSyntaxHighlighting %1").arg(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)),
        tr("System: %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()),
    };
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Tarmac"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tarmac.svg")).pixmap(64, 64));

    auto *title = new QLabel(QStringLiteral("<h2>Tarmac %1</h2>").arg(QStringLiteral(TARMAC_VERSION_STRING)), this);
    auto *description = new QLabel(tr("A workbench for internal developer platforms: compose services from "
                                      "golden-path templates, deploy them, see what that did to delivery, and "
                                      "assess platform maturity with a group."),
        this);
    description->setWordWrap(true);

    const QStringList versions = componentVersions();
    auto *details = new QLabel(versions.join(u'\n'), this);
    details->setObjectName(QStringLiteral("componentVersions"));
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    connect(
        copy, &QPushButton::clicked, this, [versions] { QApplication::clipboard()->setText(versions.join(u'\n')); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    header->addLayout(text, 1);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addWidget(details);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

AboutDialog::~AboutDialog() = default;

}
