// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomedialog.h"

#include "platformstatuswidget.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tarmac {

namespace {
QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}
}

WelcomeDialog::WelcomeDialog(PlatformConnection *platform, const QString &examplePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Tarmac"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tarmac.svg")).pixmap(64, 64));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Welcome to Tarmac")), this);
    auto *intro = wrappedLabel(tr("Compose services from golden-path templates, deploy them and watch them land, "
                                  "follow DORA and adoption metrics, and run maturity assessments with a group. "
                                  "There are two ways to start:"),
        this);

    // The two ways to start, side by side, each with what it means and one button.
    auto *ways = new QGridLayout;
    ways->setHorizontalSpacing(16);
    ways->setColumnStretch(0, 1);
    ways->setColumnStretch(1, 1);

    auto *localTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Use the local platform")), this);
    auto *localText = wrappedLabel(tr("Tarmac runs a platform of its own on this computer: only this computer can "
                                      "reach it, and its data stay in your user folder. Deployments, history and "
                                      "metrics work with it now, with nothing to set up."),
        this);
    auto *status = new PlatformStatusWidget(platform, this);
    auto *useLocal = new QPushButton(tr("Use the &Local Platform"), this);
    useLocal->setObjectName(QStringLiteral("useLocalPlatform"));
    useLocal->setDefault(true);
    connect(useLocal, &QPushButton::clicked, this, &QDialog::accept);

    auto *remoteTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Connect to your team's platform")), this);
    auto *remoteText = wrappedLabel(tr("If your organisation runs a Tarmac platform (tarmacd, or another server with "
                                       "its API), connect to it with its address. Your token is kept in the "
                                       "system keychain, never in a file."),
        this);
    auto *connectRemote = new QPushButton(tr("&Connect to a Platform…"), this);
    connectRemote->setObjectName(QStringLiteral("connectToPlatform"));
    connect(connectRemote, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT connectToPlatformRequested();
    });

    ways->addWidget(localTitle, 0, 0);
    ways->addWidget(localText, 1, 0);
    ways->addWidget(status, 2, 0, Qt::AlignLeft);
    ways->addWidget(useLocal, 3, 0, Qt::AlignLeft);
    ways->addWidget(remoteTitle, 0, 1);
    ways->addWidget(remoteText, 1, 1, 2, 1);
    ways->addWidget(connectRemote, 3, 1, Qt::AlignLeft);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *exampleText = wrappedLabel(examplePath.isEmpty()
            ? tr("The example composition is not installed with this copy of Tarmac.")
            : tr("New to compositions? Open the example: a small shop with a web front, an API, a worker, "
                 "PostgreSQL, Redis, a queue and a public route. Save it under a name of your own to keep "
                 "your changes."),
        this);
    exampleText->setObjectName(QStringLiteral("exampleText"));
    auto *openExample = new QPushButton(tr("Open the &Example"), this);
    openExample->setObjectName(QStringLiteral("openExample"));
    openExample->setEnabled(!examplePath.isEmpty());
    openExample->setToolTip(QDir::toNativeSeparators(examplePath));
    connect(openExample, &QPushButton::clicked, this, [this, examplePath] {
        accept();
        Q_EMIT openExampleRequested(examplePath);
    });
    auto *example = new QHBoxLayout;
    example->addWidget(exampleText, 1);
    example->addWidget(openExample, 0, Qt::AlignVCenter);

    auto *later = wrappedLabel(tr("Help ▸ Welcome shows this again."), this);
    later->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *footer = new QHBoxLayout;
    footer->addWidget(later, 1);
    footer->addWidget(buttons);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(intro);
    header->addLayout(headerText, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addLayout(ways);
    layout->addSpacing(8);
    layout->addWidget(line);
    layout->addLayout(example);
    layout->addSpacing(8);
    layout->addLayout(footer);
    setMinimumWidth(640);
}

WelcomeDialog::~WelcomeDialog() = default;

}
