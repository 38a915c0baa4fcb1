// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentpage.h"

#include "assessment/actionmodel.h"
#include "assessment/assessmentdocument.h"
#include "assessment/assessmentreport.h"
#include "assessment/assessmentsessionfile.h"
#include "assessment/capabilityresultsmodel.h"
#include "assessment/maturitymodelloader.h"
#include "assessment/participantmodel.h"
#include "assessment/spreadmodel.h"
#include "assessment/votestatistics.h"
#include "flowlayout.h"
#include "leveldescriptions.h"
#include "platform/assessmentpublisher.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"
#include "platform/responsecache.h"
#include "platform/storedassessment.h"
#include "platformevidencepanel.h"
#include "presenterview.h"
#include "radarchartview.h"
#include "spreadchartview.h"
#include "storedsessionsdialog.h"
#include "workbench/recentdocuments.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace Tarmac {

namespace {
constexpr int DontKnowVote = int(Vote::Kind::DontKnow);
constexpr int NotApplicableVote = int(Vote::Kind::NotApplicable);
constexpr int LevelVote = int(Vote::Kind::Level);
constexpr int ModelIdRole = Qt::UserRole + 1;

}

AssessmentPage::AssessmentPage(QUndoGroup *undoGroup, PlatformConnection *platform, QWidget *parent)
    : QWidget(parent)
    , m_document(new AssessmentDocument(this))
    , m_undoGroup(undoGroup)
    , m_platform(platform)
    , m_results(new CapabilityResultsModel(m_document, this))
    , m_participants(new ParticipantModel(m_document, this))
    , m_actions(new ActionModel(m_document, this))
{
    m_document->setAutosaveDirectory(AssessmentDocument::defaultAutosaveDirectory());
    if (m_undoGroup)
        m_undoGroup->addStack(m_document->undoStack());
    m_modelPaths = MaturityModelLoader::availableModelPaths();
    for (const QString &path : Crosswalk::builtinCrosswalkPaths()) {
        const CrosswalkLoadResult loaded = Crosswalk::load(path);
        if (loaded.ok())
            m_crosswalks.append(loaded.crosswalk);
    }
    buildUi();
    connect(m_document, &AssessmentDocument::sessionChanged, this, [this] {
        refreshCapability();
        refreshCrosswalk();
    });
    connect(m_document, &AssessmentDocument::modelReset, this, [this] {
        // The chooser shows the model in use, so "New session" starts another round of the same.
        for (int i = 0; i < m_modelChooser->count(); ++i) {
            if (m_modelChooser->itemData(i, ModelIdRole).toString() == m_document->model().id)
                m_modelChooser->setCurrentIndex(i);
        }
        goToCapability(0);
    });

    if (m_platform) {
        m_evidencePanel->setClient(platformClient());
        // Figures come from the platform's offline cache when it does not answer; one cache per platform.
        const auto platformChanged = [this] {
            if (m_platform->baseUrl().isEmpty())
                return;
            ResponseCache::followPlatform(m_platform, m_client, &m_cache, this);
            if (m_platform->state() == PlatformConnection::State::Connected)
                m_evidencePanel->retryIfFailed();
        };
        connect(m_platform, &PlatformConnection::stateChanged, this, platformChanged);
        platformChanged();
    } else {
        m_evidencePanel->setClient(nullptr);
    }

    // Start on the CNCF model, or carry on with what was being worked on when Tarmac stopped.
    const int cncf = int(m_modelPaths.indexOf(QStringLiteral(":/maturity-models/cncf-platform-engineering.yaml")));
    newSession(m_modelPaths.value(std::max(0, cncf)));
    recoverAutosave();
}

AssessmentPage::~AssessmentPage()
{
    // Unsaved work stays in the autosave for the next start.
    m_document->autosaveNow();
    m_document->waitForAutosave();
    // The stack leaves its undo group when it is destroyed; the group may already be gone.
}

void AssessmentPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_undoGroup)
        m_undoGroup->setActiveStack(m_document->undoStack());
}

void AssessmentPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    // Wraps instead of hiding actions behind an overflow arrow on a narrow window.
    auto *toolbar = new QWidget(this);
    toolbar->setObjectName(QStringLiteral("assessmentToolbar"));
    toolbar->setAccessibleName(tr("Session actions"));
    auto *toolLayout = new FlowLayout(toolbar);
    const auto addTool = [this, toolLayout](const QString &name, const QString &text) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        addAction(action);
        toolLayout->addActionButton(action);
        return action;
    };
    const auto addMenuButton = [toolbar, toolLayout](const QString &name, const QString &text, QMenu *menu) {
        auto *button = new QToolButton(toolbar);
        button->setObjectName(name);
        button->setText(text);
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
        toolLayout->addWidget(button);
        return button;
    };
    m_modelChooser = new QComboBox(toolbar);
    m_modelChooser->setObjectName(QStringLiteral("modelChooser"));
    m_modelChooser->setToolTip(tr("The maturity model for a new session"));
    for (const QString &path : std::as_const(m_modelPaths)) {
        const MaturityModelLoadResult loaded = MaturityModelLoader::load(path);
        m_modelChooser->addItem(loaded.ok() ? loaded.model.name : QFileInfo(path).fileName(), path);
        m_modelChooser->setItemData(m_modelChooser->count() - 1, loaded.model.id, ModelIdRole);
    }
    toolLayout->addWidget(m_modelChooser);
    QAction *newAction = addTool(QStringLiteral("newSessionAction"), tr("New session"));
    connect(newAction, &QAction::triggered, this, [this] {
        if (confirmDiscard())
            newSession(m_modelChooser->currentData().toString());
    });
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *openAction = addTool(QStringLiteral("openSessionAction"), tr("Open…"));
    connect(openAction, &QAction::triggered, this, [this] {
        if (!confirmDiscard())
            return;
        chooseAndRun(false, tr("Open a session"), tr("Assessment sessions (*.tarmac-assessment.yaml)"),
            &AssessmentPage::openSession);
    });
    openAction->setShortcut(QKeySequence::Open);
    openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *saveAction = addTool(QStringLiteral("saveSessionAction"), tr("Save…"));
    connect(saveAction, &QAction::triggered, this, [this] {
        if (!m_document->filePath().isEmpty())
            saveSession(m_document->filePath());
        else
            chooseAndRun(true, tr("Save the session"), tr("Assessment sessions (*.tarmac-assessment.yaml)"),
                &AssessmentPage::saveSession);
    });
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(addTool(QStringLiteral("loadModelAction"), tr("Load model…")), &QAction::triggered, this, [this] {
        chooseAndRun(
            false, tr("Load a maturity model"), tr("Maturity models (*.yaml *.yml)"), &AssessmentPage::loadModelFile);
    });
    connect(addTool(QStringLiteral("compareAction"), tr("Compare with…")), &QAction::triggered, this, [this] {
        chooseAndRun(false, tr("Open the previous round"), tr("Assessment sessions (*.tarmac-assessment.yaml)"),
            &AssessmentPage::loadPreviousRound);
    });
    toolLayout->addGroupGap();
    // The platform keeps sessions so that owners can follow results over time.
    auto *platformMenu = new QMenu(this);
    platformMenu->setObjectName(QStringLiteral("platformMenu"));
    m_publishAction = platformMenu->addAction(tr("&Publish this session"), this, [this] { publishToPlatform(); });
    m_publishAction->setObjectName(QStringLiteral("publishSession"));
    platformMenu
        ->addAction(tr("&Open a stored session…"), this,
            [this] {
                if (confirmDiscard())
                    openFromPlatform();
            })
        ->setObjectName(QStringLiteral("openStoredSession"));
    QToolButton *platformButton = addMenuButton(QStringLiteral("platformButton"), tr("Platform"), platformMenu);
    platformButton->setEnabled(m_platform != nullptr);
    platformButton->setToolTip(m_platform ? tr("Publish sessions to the platform, or open one stored there")
                                          : tr("No platform is configured"));
    toolLayout->addGroupGap();
    auto *exportMenu = new QMenu(this);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(tr("CSV…"), this,
        [this] { chooseAndRun(true, tr("Export CSV"), tr("CSV files (*.csv)"), &AssessmentPage::exportCsv); });
    exportMenu->addAction(tr("PDF report…"), this,
        [this] { chooseAndRun(true, tr("Export PDF report"), tr("PDF files (*.pdf)"), &AssessmentPage::exportPdf); });
    addMenuButton(QStringLiteral("exportButton"), tr("Export"), exportMenu);
    toolLayout->addGroupGap();
    m_presenterAction = addTool(QStringLiteral("presenterModeAction"), tr("Presenter mode"));
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presenterAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_presenterAction, &QAction::toggled, this, &AssessmentPage::setPresenterMode);
    layout->addWidget(toolbar);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    // The session's identity: title, scope and date.
    auto *sessionRow = new QHBoxLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_title->setPlaceholderText(tr("Session title"));
    m_scopeKind = new QComboBox(this);
    m_scopeKind->setObjectName(QStringLiteral("scopeKind"));
    m_scopeKind->addItem(tr("Organisation"), QStringLiteral("organisation"));
    m_scopeKind->addItem(tr("Unit"), QStringLiteral("unit"));
    m_scopeKind->addItem(tr("Team"), QStringLiteral("team"));
    m_scopeName = new QLineEdit(this);
    m_scopeName->setObjectName(QStringLiteral("scopeName"));
    m_scopeName->setPlaceholderText(tr("Which organisation, unit or team"));
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    sessionRow->addWidget(m_title, 3);
    sessionRow->addWidget(m_scopeKind);
    sessionRow->addWidget(m_scopeName, 2);
    sessionRow->addWidget(m_date);
    layout->addLayout(sessionRow);
    const auto commitSession = [this] {
        if (m_updating)
            return;
        const QString title = m_title->text();
        const QString kind = m_scopeKind->currentData().toString();
        const QString name = m_scopeName->text();
        const QDate date = m_date->date();
        m_document->edit(
            tr("Edit the session details"),
            [&](AssessmentSession &session) {
                session.title = title;
                session.scope = { kind, name };
                session.date = date;
            },
            QStringLiteral("session-details"));
    };
    connect(m_title, &QLineEdit::textEdited, this, commitSession);
    connect(m_scopeName, &QLineEdit::textEdited, this, commitSession);
    connect(m_scopeKind, &QComboBox::activated, this, commitSession);
    connect(m_date, &QDateEdit::dateChanged, this, commitSession);

    auto *splitter = new QSplitter(this);
    m_capabilityList = new QListView(splitter);
    m_capabilityList->setObjectName(QStringLiteral("capabilityList"));
    m_capabilityList->setModel(m_results);
    m_capabilityList->setModelColumn(CapabilityResultsModel::CapabilityColumn);
    connect(m_capabilityList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid() && current.row() != m_current)
                goToCapability(current.row());
        });
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("assessmentTabs"));
    m_tabs->addTab(buildWorkshopTab(), tr("&Workshop"));
    m_tabs->addTab(buildResultsTab(), tr("&Results"));
    m_tabs->addTab(buildActionsTab(), tr("A&ctions"));
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 170, 1000 });
    layout->addWidget(splitter, 1);

    // Next and previous capability from anywhere on the page.
    const auto shortcut = [this](const QKeySequence &keys, void (AssessmentPage::*slot)()) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), &AssessmentPage::nextCapability);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), &AssessmentPage::nextCapability);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), &AssessmentPage::previousCapability);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), &AssessmentPage::previousCapability);
}

QWidget *AssessmentPage::buildWorkshopTab()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_workshop = new QWidget;
    m_workshop->setObjectName(QStringLiteral("workshop"));
    auto *columns = new QHBoxLayout(m_workshop);

    // Left column: the capability and its levels.
    auto *left = new QVBoxLayout;
    auto *header = new QHBoxLayout;
    auto *previous = new QPushButton(tr("◀ Previous"), m_workshop);
    previous->setObjectName(QStringLiteral("previousCapability"));
    previous->setToolTip(tr("Previous capability (Alt+Left)"));
    auto *next = new QPushButton(tr("Next ▶"), m_workshop);
    next->setObjectName(QStringLiteral("nextCapability"));
    next->setToolTip(tr("Next capability (Alt+Right)"));
    connect(previous, &QPushButton::clicked, this, &AssessmentPage::previousCapability);
    connect(next, &QPushButton::clicked, this, &AssessmentPage::nextCapability);
    m_step = new QLabel(m_workshop);
    m_step->setObjectName(QStringLiteral("stepLabel"));
    header->addWidget(previous);
    header->addWidget(m_step, 1, Qt::AlignCenter);
    header->addWidget(next);
    left->addLayout(header);
    m_capabilityTitle = new QLabel(m_workshop);
    m_capabilityTitle->setObjectName(QStringLiteral("capabilityTitle"));
    QFont titleFont = m_capabilityTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_capabilityTitle->setFont(titleFont);
    left->addWidget(m_capabilityTitle);
    m_keyQuestion = new QLabel(m_workshop);
    m_keyQuestion->setWordWrap(true);
    QFont questionFont = m_keyQuestion->font();
    questionFont.setItalic(true);
    m_keyQuestion->setFont(questionFont);
    left->addWidget(m_keyQuestion);
    auto *timeboxRow = new QHBoxLayout;
    m_timeboxMinutes = new QSpinBox(m_workshop);
    m_timeboxMinutes->setRange(1, 60);
    m_timeboxMinutes->setValue(10);
    m_timeboxMinutes->setSuffix(tr(" min"));
    m_timeboxMinutes->setToolTip(tr("Timebox per capability"));
    m_timebox = new QLabel(m_workshop);
    m_timebox->setObjectName(QStringLiteral("timebox"));
    timeboxRow->addWidget(new QLabel(tr("Timebox:"), m_workshop));
    timeboxRow->addWidget(m_timeboxMinutes);
    timeboxRow->addWidget(m_timebox, 1);
    left->addLayout(timeboxRow);
    m_timeboxTimer = new QTimer(this);
    m_timeboxTimer->setInterval(1000);
    connect(m_timeboxTimer, &QTimer::timeout, this, [this] {
        m_timeboxRemaining = std::max(0, m_timeboxRemaining - 1);
        m_timebox->setText(m_timeboxRemaining > 0
                ? tr("%1:%2 left").arg(m_timeboxRemaining / 60).arg(m_timeboxRemaining % 60, 2, 10, QLatin1Char('0'))
                : tr("Time is up: agree or park it"));
    });
    m_levelDescriptions = new QTextBrowser(m_workshop);
    m_levelDescriptions->setObjectName(QStringLiteral("levelDescriptions"));
    m_levelDescriptions->setMinimumWidth(240);
    left->addWidget(m_levelDescriptions, 1);
    columns->addLayout(left, 3);

    // Right column: the room, votes, reveal, agreement, notes.
    auto *right = new QVBoxLayout;
    auto *room = new QGroupBox(tr("Votes"), m_workshop);
    auto *roomLayout = new QVBoxLayout(room);
    m_participantView = new QTableView(room);
    m_participantView->setObjectName(QStringLiteral("participantView"));
    m_participantView->setModel(m_participants);
    m_participantView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participantView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participantView->horizontalHeader()->setStretchLastSection(true);
    m_participantView->verticalHeader()->hide();
    m_participantView->setMinimumHeight(110);
    roomLayout->addWidget(m_participantView);
    auto *addRow = new QHBoxLayout;
    m_participantName = new QLineEdit(room);
    m_participantName->setObjectName(QStringLiteral("participantName"));
    m_participantName->setPlaceholderText(tr("Name"));
    m_participantRole = new QComboBox(room);
    m_participantRole->setObjectName(QStringLiteral("participantRole"));
    for (const QString &role : participantRoleIds())
        m_participantRole->addItem(participantRoleName(role), role);
    auto *addParticipant = new QPushButton(tr("Add"), room);
    addParticipant->setObjectName(QStringLiteral("addParticipant"));
    connect(addParticipant, &QPushButton::clicked, this, &AssessmentPage::addParticipantFromForm);
    connect(m_participantName, &QLineEdit::returnPressed, this, &AssessmentPage::addParticipantFromForm);
    addRow->addWidget(m_participantName, 1);
    addRow->addWidget(m_participantRole);
    addRow->addWidget(addParticipant);
    auto *removeParticipant = new QPushButton(tr("Remove"), room);
    removeParticipant->setObjectName(QStringLiteral("removeParticipant"));
    removeParticipant->setToolTip(tr("Remove the selected participant and their votes"));
    connect(removeParticipant, &QPushButton::clicked, this, &AssessmentPage::removeSelectedParticipant);
    addRow->addWidget(removeParticipant);
    roomLayout->addLayout(addRow);

    m_voteStatus = new QLabel(room);
    m_voteStatus->setObjectName(QStringLiteral("voteStatus"));
    m_voteStatus->setWordWrap(true);
    roomLayout->addWidget(m_voteStatus);
    m_voteButtons = new QWidget(room);
    auto *voteLayout = new QGridLayout(m_voteButtons);
    voteLayout->setContentsMargins(0, 0, 0, 0);
    roomLayout->addWidget(m_voteButtons);
    auto *answerRow = new QHBoxLayout;
    auto *dontKnow = new QPushButton(tr("Don't know"), room);
    dontKnow->setObjectName(QStringLiteral("voteDontKnow"));
    auto *notApplicable = new QPushButton(tr("Not applicable"), room);
    notApplicable->setObjectName(QStringLiteral("voteNotApplicable"));
    connect(dontKnow, &QPushButton::clicked, this, [this] { recordVote(DontKnowVote, 0); });
    connect(notApplicable, &QPushButton::clicked, this, [this] { recordVote(NotApplicableVote, 0); });
    m_confidence = new QComboBox(room);
    m_confidence->setObjectName(QStringLiteral("confidence"));
    m_confidence->addItem(tr("Confidence: not given"), 0);
    m_confidence->addItem(tr("Confidence: low"), 1);
    m_confidence->addItem(tr("Confidence: medium"), 2);
    m_confidence->addItem(tr("Confidence: high"), 3);
    answerRow->addWidget(dontKnow);
    answerRow->addWidget(notApplicable);
    answerRow->addWidget(m_confidence, 1);
    roomLayout->addLayout(answerRow);
    m_reveal = new QPushButton(tr("&Reveal votes"), room);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        const CapabilityRecord *record = m_document->session().record(currentCapabilityId());
        m_document->setRevealed(currentCapabilityId(), !(record && record->revealed));
    });
    roomLayout->addWidget(m_reveal);
    right->addWidget(room);
    m_evidencePanel = new PlatformEvidencePanel(m_document, m_workshop);
    right->addWidget(m_evidencePanel);

    m_spreadPanel = new QGroupBox(tr("Spread"), m_workshop);
    m_spreadPanel->setObjectName(QStringLiteral("spreadPanel"));
    auto *spreadLayout = new QVBoxLayout(m_spreadPanel);
    m_spreadSummary = new QLabel(m_spreadPanel);
    m_spreadSummary->setObjectName(QStringLiteral("spreadSummary"));
    m_spreadSummary->setWordWrap(true);
    spreadLayout->addWidget(m_spreadSummary);
    auto *spreadModel = new SpreadModel(m_document, this);
    spreadModel->setObjectName(QStringLiteral("spreadModel"));
    connect(m_document, &AssessmentDocument::sessionChanged, spreadModel,
        [this, spreadModel] { spreadModel->setCapability(currentCapabilityId()); });
    m_spreadChart = new SpreadChartView(spreadModel, m_spreadPanel);
    spreadLayout->addWidget(m_spreadChart);
    right->addWidget(m_spreadPanel);

    auto *agreement = new QGroupBox(tr("Agreement"), m_workshop);
    auto *agreementLayout = new QFormLayout(agreement);
    m_agreed = new QComboBox(agreement);
    m_agreed->setObjectName(QStringLiteral("agreedLevel"));
    m_target = new QComboBox(agreement);
    m_target->setObjectName(QStringLiteral("targetLevel"));
    m_dissent = new QLineEdit(agreement);
    m_dissent->setObjectName(QStringLiteral("dissent"));
    m_dissent->setPlaceholderText(tr("Who disagrees, and why"));
    agreementLayout->addRow(tr("&Agreed level:"), m_agreed);
    agreementLayout->addRow(tr("&Target level:"), m_target);
    agreementLayout->addRow(tr("&Dissent:"), m_dissent);
    connect(m_agreed, &QComboBox::activated, this, &AssessmentPage::commitAgreement);
    connect(m_target, &QComboBox::activated, this, &AssessmentPage::commitAgreement);
    connect(m_dissent, &QLineEdit::textEdited, this, &AssessmentPage::commitAgreement);
    right->addWidget(agreement);

    auto *notes = new QGroupBox(tr("Notes"), m_workshop);
    auto *notesLayout = new QFormLayout(notes);
    m_privateNotes = new QPlainTextEdit(notes);
    m_privateNotes->setObjectName(QStringLiteral("privateNotes"));
    m_privateNotes->setPlaceholderText(tr("Only you see these; they are never exported"));
    m_privateNotes->setMaximumHeight(70);
    m_sharedNotes = new QPlainTextEdit(notes);
    m_sharedNotes->setObjectName(QStringLiteral("sharedNotes"));
    m_sharedNotes->setPlaceholderText(tr("Go into the report"));
    m_sharedNotes->setMaximumHeight(70);
    notesLayout->addRow(tr("Private:"), m_privateNotes);
    notesLayout->addRow(tr("Shared:"), m_sharedNotes);
    auto *evidenceRow = new QHBoxLayout;
    m_evidenceText = new QLineEdit(notes);
    m_evidenceText->setObjectName(QStringLiteral("evidenceText"));
    m_evidenceText->setPlaceholderText(tr("What supports the level: a fact or a link"));
    auto *addEvidence = new QPushButton(tr("Add"), notes);
    addEvidence->setObjectName(QStringLiteral("addEvidence"));
    connect(addEvidence, &QPushButton::clicked, this, &AssessmentPage::addEvidenceFromForm);
    connect(m_evidenceText, &QLineEdit::returnPressed, this, &AssessmentPage::addEvidenceFromForm);
    evidenceRow->addWidget(m_evidenceText, 1);
    evidenceRow->addWidget(addEvidence);
    notesLayout->addRow(tr("Evidence:"), evidenceRow);
    m_evidenceList = new QLabel(notes);
    m_evidenceList->setObjectName(QStringLiteral("evidenceList"));
    m_evidenceList->setWordWrap(true);
    m_evidenceList->setTextFormat(Qt::RichText);
    m_evidenceList->setOpenExternalLinks(true);
    notesLayout->addRow(QString(), m_evidenceList);
    connect(m_privateNotes, &QPlainTextEdit::textChanged, this, &AssessmentPage::commitNotes);
    connect(m_sharedNotes, &QPlainTextEdit::textChanged, this, &AssessmentPage::commitNotes);
    right->addWidget(notes);
    right->addStretch(1);
    columns->addLayout(right, 2);

    scroll->setWidget(m_workshop);
    return scroll;
}

QWidget *AssessmentPage::buildResultsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QHBoxLayout(tab);
    m_radar = new RadarChartView(m_document, tab);
    m_radar->setObjectName(QStringLiteral("radarChart"));
    layout->addWidget(m_radar, 1);
    auto *table = new QTableView(tab);
    table->setObjectName(QStringLiteral("resultsTable"));
    table->setModel(m_results);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *side = new QVBoxLayout;
    side->addWidget(table, 1);
    m_crosswalkSummary = new QLabel(tab);
    m_crosswalkSummary->setObjectName(QStringLiteral("crosswalkSummary"));
    m_crosswalkSummary->setWordWrap(true);
    m_crosswalkSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->addWidget(m_crosswalkSummary);
    layout->addLayout(side, 1);
    return tab;
}

QWidget *AssessmentPage::buildActionsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *table = new QTableView(tab);
    table->setObjectName(QStringLiteral("actionTable"));
    table->setModel(m_actions);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnHidden(ActionModel::MovedColumn, true);
    table->horizontalHeader()->setSectionResizeMode(ActionModel::TitleColumn, QHeaderView::Stretch);
    layout->addWidget(table, 1);
    auto *form = new QHBoxLayout;
    m_actionTitle = new QLineEdit(tab);
    m_actionTitle->setObjectName(QStringLiteral("actionTitle"));
    m_actionTitle->setPlaceholderText(tr("Action for the current capability"));
    m_actionOwner = new QLineEdit(tab);
    m_actionOwner->setObjectName(QStringLiteral("actionOwner"));
    m_actionOwner->setPlaceholderText(tr("Owner"));
    m_actionDue = new QDateEdit(QDate::currentDate().addMonths(3), tab);
    m_actionDue->setCalendarPopup(true);
    m_actionDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_actionIndicator = new QComboBox(tab);
    m_actionIndicator->setObjectName(QStringLiteral("actionIndicator"));
    m_actionIndicator->setEditable(true);
    m_actionIndicator->addItems({ QString(), QStringLiteral("deployment-frequency"),
        QStringLiteral("lead-time-for-changes"), QStringLiteral("change-failure-rate"),
        QStringLiteral("time-to-restore-service"), QStringLiteral("time-to-first-deploy"),
        QStringLiteral("golden-path-share"), QStringLiteral("self-service-share") });
    auto *add = new QPushButton(tr("Add action"), tab);
    add->setObjectName(QStringLiteral("addAction"));
    connect(add, &QPushButton::clicked, this, &AssessmentPage::addActionFromForm);
    form->addWidget(m_actionTitle, 2);
    form->addWidget(m_actionOwner, 1);
    form->addWidget(m_actionDue);
    form->addWidget(m_actionIndicator, 1);
    form->addWidget(add);
    layout->addLayout(form);

    // Last round's actions, once a previous round is loaded: were they done, and did their capability move?
    auto *previousActions = new ActionModel(m_document, ActionModel::Source::PreviousRound, this);
    auto *previousBox = new QGroupBox(tr("Last round's actions"), tab);
    previousBox->setObjectName(QStringLiteral("previousActions"));
    auto *previousLayout = new QVBoxLayout(previousBox);
    auto *previousTable = new QTableView(previousBox);
    previousTable->setObjectName(QStringLiteral("previousActionTable"));
    previousTable->setModel(previousActions);
    previousTable->verticalHeader()->hide();
    previousTable->horizontalHeader()->setSectionResizeMode(ActionModel::TitleColumn, QHeaderView::Stretch);
    previousLayout->addWidget(previousTable);
    layout->addWidget(previousBox, 1);
    previousBox->setVisible(false);
    connect(m_document, &AssessmentDocument::previousRoundChanged, previousBox,
        [this, previousBox] { previousBox->setVisible(m_document->previousRound().has_value()); });
    return tab;
}

QString AssessmentPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString AssessmentPage::openDocument(const QString &path)
{
    if (!confirmDiscard())
        return tr("%1 was not opened: the session on the Assess page has unsaved changes").arg(path);
    return openSession(path) ? QString() : m_message->text();
}

void AssessmentPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fde2e1; color: #7a1512; padding: 6px; }")
                                   : QStringLiteral("QLabel { background: #e3effc; color: #123a66; padding: 6px; }"));
    m_message->setVisible(!text.isEmpty());
}

QString AssessmentPage::currentCapabilityId() const
{
    const MaturityModel &model = m_document->model();
    return m_current >= 0 && m_current < model.capabilities.size() ? model.capabilities.at(m_current).id : QString();
}

bool AssessmentPage::newSession(const QString &modelPath)
{
    const MaturityModelLoadResult loaded = MaturityModelLoader::load(modelPath);
    if (!loaded.ok()) {
        showMessage(tr("The model cannot be used:\n%1").arg(joinErrors(loaded.errors)), true);
        return false;
    }
    m_document->discardAutosave();
    m_document->reset(loaded.model, AssessmentDocument::newSession(loaded.model));
    m_document->setPreviousRound(std::nullopt);
    showMessage({}, false);
    return true;
}

bool AssessmentPage::openSession(const QString &path)
{
    const SessionLoadResult loaded = AssessmentSessionFile::load(path);
    if (!loaded.ok()) {
        showMessage(tr("%1 was not opened; the file is unchanged:\n%2").arg(path, joinErrors(loaded.errors)), true);
        return false;
    }
    return openLoaded(loaded, path, path);
}

bool AssessmentPage::openLoaded(const SessionLoadResult &loaded, const QString &path, const QString &shownName)
{
    // The session names its model; find it among the built-in and the user's own.
    for (const QString &modelPath : MaturityModelLoader::availableModelPaths()) {
        const MaturityModelLoadResult model = MaturityModelLoader::load(modelPath);
        if (!model.ok() || model.model.id != loaded.session.model.id)
            continue;
        m_document->discardAutosave();
        m_document->reset(model.model, loaded.session, path);
        m_document->setPreviousRound(std::nullopt);
        if (model.model.version != loaded.session.model.version || model.model.contentHash != loaded.session.model.hash)
            showMessage(tr("This session was run with %1 version %2; the model here is version %3 and has changed "
                           "since. Results are shown against the current text.")
                            .arg(model.model.name, loaded.session.model.version, model.model.version),
                false);
        else
            showMessage({}, false);
        if (!path.isEmpty() && !loaded.session.previousRound.isEmpty())
            loadPreviousRound(QFileInfo(path).dir().filePath(loaded.session.previousRound));
        RecentDocuments::add(path);
        return true;
    }
    showMessage(tr("%1 uses the model '%2', which is not installed. Put its file in %3.")
                    .arg(shownName, loaded.session.model.id, MaturityModelLoader::userModelDirectory()),
        true);
    return false;
}

PlatformClient *AssessmentPage::platformClient()
{
    if (!m_client && m_platform) {
        m_client = new PlatformClient(m_platform, this);
        m_publisher = new AssessmentPublisher(m_client, this);
        connect(m_publisher, &AssessmentPublisher::busyChanged, this,
            [this](bool busy) { m_publishAction->setEnabled(!busy); });
        connect(
            m_publisher, &AssessmentPublisher::published, this, [this](const StoredAssessment &stored, bool replaced) {
                showMessage((replaced ? tr("Published again to %1: the stored copy (%2) now has this state of the "
                                           "session. Private notes stay on this machine.")
                                      : tr("Published to %1 as %2. Private notes stay on this machine."))
                                .arg(m_platform->baseUrl().toDisplayString(QUrl::RemoveUserInfo), stored.id),
                    false);
            });
        connect(m_publisher, &AssessmentPublisher::failed, this, [this](const ApiError &error) {
            showMessage(tr("The session was not published; it is unchanged here. %1").arg(error.describe()), true);
        });
    }
    return m_client;
}

bool AssessmentPage::publishToPlatform()
{
    if (!platformClient()) {
        showMessage(tr("No platform is configured to publish to."), true);
        return false;
    }
    if (!m_publisher->publish(m_document->session()))
        return false;
    showMessage(tr("Publishing to %1…").arg(m_platform->baseUrl().toDisplayString(QUrl::RemoveUserInfo)), false);
    return true;
}

void AssessmentPage::openFromPlatform()
{
    PlatformClient *client = platformClient();
    if (!client) {
        showMessage(tr("No platform is configured to open sessions from."), true);
        return;
    }
    auto *dialog = new StoredSessionsDialog(client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StoredSessionsDialog::sessionFetched, this, &AssessmentPage::openStoredSession);
    dialog->open();
}

bool AssessmentPage::openStoredSession(const StoredAssessment &stored)
{
    const QString shownName = tr("The session %1 from the platform").arg(stored.id);
    const SessionLoadResult loaded = AssessmentSessionFile::parse(stored.sessionText, stored.id);
    if (!loaded.ok()) {
        showMessage(tr("%1 was not opened:\n%2").arg(shownName, joinErrors(loaded.errors)), true);
        return false;
    }
    if (!openLoaded(loaded, {}, shownName))
        return false;
    // Not in a file yet: unsaved, so that it is autosaved and Save asks where.
    m_document->undoStack()->resetClean();
    if (messageText().isEmpty())
        showMessage(tr("Opened %1 (%2, %3). Save it to keep a copy in a file.")
                        .arg(stored.title.isEmpty() ? stored.id : stored.title, stored.scopeText(),
                            QLocale().toString(stored.date, QLocale::ShortFormat)),
            false);
    if (stored.previousId.isEmpty())
        return true;
    // The previous round the platform linked, for the radar and the changes.
    ApiReply *previous = platformClient()->assessment(stored.previousId);
    const QString sessionId = stored.sessionId;
    connect(previous, &ApiReply::finished, this, [this, previous, sessionId] {
        if (!previous->ok() || m_document->session().id != sessionId)
            return;
        const auto round = StoredAssessment::fromJson(previous->json().toObject(), nullptr);
        if (!round)
            return;
        const SessionLoadResult parsed = AssessmentSessionFile::parse(round->sessionText, round->id);
        if (parsed.ok() && parsed.session.model.id == m_document->model().id)
            m_document->setPreviousRound(parsed.session);
    });
    return true;
}

bool AssessmentPage::saveSession(const QString &path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        showMessage(tr("Not saved: %1. Your work is still here and in the autosave.").arg(error), true);
        return false;
    }
    showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), false);
    RecentDocuments::add(path);
    return true;
}

bool AssessmentPage::loadPreviousRound(const QString &path)
{
    const SessionLoadResult loaded = AssessmentSessionFile::load(path);
    if (!loaded.ok()) {
        showMessage(tr("The previous round was not loaded:\n%1").arg(joinErrors(loaded.errors)), true);
        return false;
    }
    if (loaded.session.model.id != m_document->model().id) {
        showMessage(tr("%1 was run with another model (%2); rounds can only be compared on the same model.")
                        .arg(path, loaded.session.model.id),
            true);
        return false;
    }
    m_document->setPreviousRound(loaded.session);
    if (!m_document->filePath().isEmpty()) {
        const QString relative = QFileInfo(m_document->filePath()).dir().relativeFilePath(path);
        m_document->edit(tr("Compare with the previous round"),
            [&](AssessmentSession &session) { session.previousRound = relative; });
    }
    return true;
}

bool AssessmentPage::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showMessage(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    file.write(AssessmentReport(m_document->model(), m_document->session(), m_document->previousRound()).csv());
    if (!file.commit()) {
        showMessage(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool AssessmentPage::exportPdf(const QString &path)
{
    QString error;
    const AssessmentReport report(m_document->model(), m_document->session(), m_document->previousRound());
    if (!report.writePdf(path, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void AssessmentPage::chooseAndRun(
    bool save, const QString &caption, const QString &filter, bool (AssessmentPage::*run)(const QString &))
{
    const QString directory
        = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).path();
    const QString path = save ? QFileDialog::getSaveFileName(this, caption, directory, filter)
                              : QFileDialog::getOpenFileName(this, caption, directory, filter);
    if (!path.isEmpty())
        (this->*run)(path);
}

bool AssessmentPage::confirmDiscard()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved session"),
        tr("This session has changes that are not saved. Discard them?"), QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void AssessmentPage::recoverAutosave()
{
    const QStringList files = AssessmentDocument::recoverableFiles(m_document->autosaveDirectory());
    if (files.isEmpty())
        return;
    const SessionLoadResult loaded = AssessmentSessionFile::load(files.constFirst());
    if (!loaded.ok()) {
        showMessage(tr("An autosaved session could not be read and was left in %1:\n%2")
                        .arg(QDir::toNativeSeparators(files.constFirst()), joinErrors(loaded.errors)),
            true);
        return;
    }
    for (const QString &modelPath : std::as_const(m_modelPaths)) {
        const MaturityModelLoadResult model = MaturityModelLoader::load(modelPath);
        if (!model.ok() || model.model.id != loaded.session.model.id)
            continue;
        const QString original = AssessmentDocument::originalPathOf(files.constFirst());
        m_document->reset(model.model, loaded.session, original);
        // Still unsaved: mark it so that it is saved, and autosaved again, before it can be lost.
        m_document->undoStack()->resetClean();
        showMessage(tr("Recovered the unsaved session “%1” from %2. Save it to keep it.")
                        .arg(loaded.session.title.isEmpty() ? loaded.session.id : loaded.session.title,
                            QFileInfo(files.constFirst()).lastModified().toString(Qt::ISODate)),
            false);
        return;
    }
}

void AssessmentPage::refreshCrosswalk()
{
    // The agreed levels as the other model of a crosswalk reads them, so one round can be reported in both.
    QStringList lines;
    for (const Crosswalk &crosswalk : std::as_const(m_crosswalks)) {
        const QString &current = m_document->model().id;
        const QString otherId = crosswalk.fromModel == current ? crosswalk.toModel
            : crosswalk.toModel == current                     ? crosswalk.fromModel
                                                               : QString();
        for (int i = 0; !otherId.isEmpty() && i < m_modelChooser->count(); ++i) {
            if (m_modelChooser->itemData(i, ModelIdRole).toString() != otherId)
                continue;
            const MaturityModel other = MaturityModelLoader::load(m_modelChooser->itemData(i).toString()).model;
            const std::optional<AssessmentSession> translated = crosswalk.translate(m_document->session(), other);
            if (!translated)
                continue;
            QStringList levels;
            for (const Capability &capability : other.capabilities) {
                const CapabilityRecord *record = translated->record(capability.id);
                if (record && record->agreedLevel > 0)
                    levels.append(QStringLiteral("%1: %2 %3")
                            .arg(capability.name)
                            .arg(record->agreedLevel)
                            .arg(other.levelName(record->agreedLevel)));
            }
            if (!levels.isEmpty())
                lines.append(tr("Read as %1 — %2").arg(other.name, levels.join(QStringLiteral("; "))));
        }
    }
    m_crosswalkSummary->setText(lines.join(u'\n'));
    m_crosswalkSummary->setVisible(!lines.isEmpty());
}

void AssessmentPage::goToCapability(int index)
{
    const int count = int(m_document->model().capabilities.size());
    if (count == 0)
        return;
    m_current = std::clamp(index, 0, count - 1);
    m_capabilityList->setCurrentIndex(m_results->index(m_current, CapabilityResultsModel::CapabilityColumn));
    m_participants->setCapability(currentCapabilityId());
    if (auto *spread = findChild<SpreadModel *>(QStringLiteral("spreadModel")))
        spread->setCapability(currentCapabilityId());
    m_timeboxRemaining = m_timeboxMinutes->value() * 60;
    m_timebox->setText(tr("%1:00 left").arg(m_timeboxMinutes->value()));
    m_timeboxTimer->start();
    if (m_presenter)
        m_presenter->setCapabilityIndex(m_current);
    refreshCapability();
}

void AssessmentPage::nextCapability()
{
    goToCapability(m_current + 1);
}

void AssessmentPage::previousCapability()
{
    goToCapability(m_current - 1);
}

void AssessmentPage::refreshCapability()
{
    const MaturityModel &model = m_document->model();
    if (model.capabilities.isEmpty())
        return;
    m_updating = true;
    const AssessmentSession &session = m_document->session();
    const Capability &capability = model.capabilities.at(m_current);
    const CapabilityRecord *found = session.record(capability.id);
    const CapabilityRecord record = found ? *found : CapabilityRecord {};
    m_evidencePanel->setCapability(capability.id);

    if (!m_title->hasFocus())
        m_title->setText(session.title);
    if (!m_scopeName->hasFocus())
        m_scopeName->setText(session.scope.name);
    m_scopeKind->setCurrentIndex(std::max(0, m_scopeKind->findData(session.scope.kind)));
    m_date->setDate(session.date.isValid() ? session.date : QDate::currentDate());

    m_step->setText(tr("%1 of %2").arg(m_current + 1).arg(model.capabilities.size()));
    m_step->setToolTip(model.name);
    m_capabilityTitle->setText(capability.name);
    m_keyQuestion->setText(capability.keyQuestion);
    m_keyQuestion->setVisible(!capability.keyQuestion.isEmpty());
    const int scroll = m_levelDescriptions->verticalScrollBar() ? m_levelDescriptions->verticalScrollBar()->value() : 0;
    m_levelDescriptions->setHtml(levelDescriptionsHtml(model, capability, record.agreedLevel));
    m_levelDescriptions->verticalScrollBar()->setValue(scroll);

    // One button per level, rebuilt when the model changes.
    if (m_levelButtons.size() != model.levels.size()) {
        qDeleteAll(m_levelButtons);
        m_levelButtons.clear();
        auto *grid = static_cast<QGridLayout *>(m_voteButtons->layout());
        for (qsizetype i = 0; i < model.levels.size(); ++i) {
            const MaturityLevel &level = model.levels.at(i);
            auto *button = new QPushButton(m_voteButtons);
            button->setObjectName(QStringLiteral("voteLevel%1").arg(level.value));
            const int value = level.value;
            connect(button, &QPushButton::clicked, this, [this, value] { recordVote(LevelVote, value); });
            grid->addWidget(button, int(i) / 2, int(i) % 2);
            button->show();
            m_levelButtons.append(button);
        }
    }
    for (qsizetype i = 0; i < model.levels.size(); ++i) {
        const MaturityLevel &level = model.levels.at(i);
        m_levelButtons.at(i)->setText(QStringLiteral("&%1 %2").arg(level.value).arg(level.name));
        m_levelButtons.at(i)->setToolTip(level.tagline);
    }

    for (QComboBox *combo : { m_agreed, m_target }) {
        combo->clear();
        combo->addItem(combo == m_agreed ? tr("Not agreed yet") : tr("No target"), 0);
        for (const MaturityLevel &level : model.levels)
            combo->addItem(QStringLiteral("%1 %2").arg(level.value).arg(level.name), level.value);
    }
    m_agreed->setCurrentIndex(std::max(0, m_agreed->findData(record.agreedLevel)));
    m_target->setCurrentIndex(std::max(0, m_target->findData(record.targetLevel)));
    if (!m_dissent->hasFocus())
        m_dissent->setText(record.dissent);
    if (m_privateNotes->toPlainText() != record.privateNotes)
        m_privateNotes->setPlainText(record.privateNotes);
    if (m_sharedNotes->toPlainText() != record.sharedNotes)
        m_sharedNotes->setPlainText(record.sharedNotes);
    QStringList evidence;
    for (const Evidence &item : record.evidence) {
        evidence.append(item.url.isEmpty()
                ? item.text.toHtmlEscaped()
                : QStringLiteral("<a href=\"%1\">%2</a>").arg(item.url.toHtmlEscaped(), item.text.toHtmlEscaped()));
    }
    m_evidenceList->setText(evidence.join(QStringLiteral("<br>")));
    m_updating = false;
    refreshVotingState();
}

void AssessmentPage::refreshVotingState()
{
    const AssessmentSession &session = m_document->session();
    const CapabilityRecord *found = session.record(currentCapabilityId());
    const CapabilityRecord record = found ? *found : CapabilityRecord {};
    const int voted = int(record.votes.size());
    const int present = int(session.participants.size());
    const bool canVote = present > 0 && !record.revealed;
    for (QPushButton *button : std::as_const(m_levelButtons))
        button->setEnabled(canVote);
    m_voteButtons->setEnabled(canVote);
    for (auto *button : m_workshop->findChildren<QPushButton *>()) {
        if (button->objectName() == u"voteDontKnow" || button->objectName() == u"voteNotApplicable")
            button->setEnabled(canVote);
    }
    m_reveal->setEnabled(voted > 0);
    m_reveal->setText(record.revealed ? tr("&Hide votes") : tr("&Reveal votes"));
    if (present == 0)
        m_voteStatus->setText(tr("Add the participants first."));
    else if (record.revealed)
        m_voteStatus->setText(tr("Votes are revealed. Hide them to change a vote."));
    else
        m_voteStatus->setText(tr("%1 of %n participant(s) voted. Select a participant, then their answer; votes "
                                 "stay hidden until you reveal them.",
            nullptr, present)
                .arg(voted));

    m_spreadPanel->setVisible(record.revealed);
    if (record.revealed) {
        const VoteSpread spread = VoteStatistics::forRecord(record);
        // The number of responses comes first, so nobody reads a median of two as a consensus.
        QString summary = tr("%n response(s): ", nullptr, spread.responses)
            + tr("%1 with a level, %2 don't know, %3 not applicable.")
                  .arg(spread.levelVotes)
                  .arg(spread.dontKnow)
                  .arg(spread.notApplicable);
        if (spread.hasLevels()) {
            summary += u' '
                + tr("Median %1, interquartile range %2–%3.")
                      .arg(spread.median, 0, 'g', 3)
                      .arg(spread.lowerQuartile, 0, 'g', 3)
                      .arg(spread.upperQuartile, 0, 'g', 3);
            const QMap<QString, VoteSpread> byRole = VoteStatistics::byRole(record, session);
            QStringList roles;
            for (auto it = byRole.cbegin(); it != byRole.cend(); ++it) {
                if (it.value().hasLevels())
                    roles.append(tr("%1: median %2 (%3)")
                            .arg(participantRoleName(it.key()))
                            .arg(it.value().median, 0, 'g', 3)
                            .arg(it.value().levelVotes));
            }
            summary += u'\n' + roles.join(QStringLiteral(" · "));
        }
        m_spreadSummary->setText(summary);
    }
}

void AssessmentPage::recordVote(int kind, int level)
{
    const QModelIndex selected = m_participantView->currentIndex();
    if (!selected.isValid()) {
        showMessage(tr("Select the participant who is voting."), true);
        return;
    }
    Vote vote;
    vote.participantId = selected.data(ParticipantModel::ParticipantIdRole).toString();
    vote.kind = Vote::Kind(kind);
    vote.level = kind == LevelVote ? level : 0;
    vote.confidence = m_confidence->currentData().toInt();
    m_document->setVote(currentCapabilityId(), vote);
    showMessage({}, false);
    m_confidence->setCurrentIndex(0);
    // Hand the machine to the next person who has not voted yet.
    const int rows = m_participants->rowCount();
    for (int step = 1; step <= rows; ++step) {
        const QModelIndex candidate = m_participants->index((selected.row() + step) % rows, 0);
        if (!candidate.data(ParticipantModel::HasVotedRole).toBool()) {
            m_participantView->setCurrentIndex(candidate);
            return;
        }
    }
}

void AssessmentPage::addParticipantFromForm()
{
    const QString name = m_participantName->text().trimmed();
    if (name.isEmpty())
        return;
    m_document->addParticipant(name, m_participantRole->currentData().toString());
    m_participantName->clear();
    if (!m_participantView->currentIndex().isValid())
        m_participantView->setCurrentIndex(m_participants->index(0, 0));
}

void AssessmentPage::addActionFromForm()
{
    const QString title = m_actionTitle->text().trimmed();
    if (title.isEmpty())
        return;
    AssessmentAction action;
    action.capabilityId = currentCapabilityId();
    action.title = title;
    action.owner = m_actionOwner->text().trimmed();
    action.due = m_actionDue->date();
    action.indicator = m_actionIndicator->currentText().trimmed();
    m_document->addAction(action);
    m_actionTitle->clear();
    m_actionOwner->clear();
}

void AssessmentPage::addEvidenceFromForm()
{
    const QString text = m_evidenceText->text().trimmed();
    if (text.isEmpty())
        return;
    const QUrl url(text, QUrl::StrictMode);
    const bool link = url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http");
    const QString capabilityId = currentCapabilityId();
    m_document->edit(tr("Add evidence"), [&](AssessmentSession &session) {
        session.ensureRecord(capabilityId)
            .evidence.append(
                { link ? QStringLiteral("link") : QStringLiteral("note"), text, link ? text : QString(), {}, {}, {} });
    });
    m_evidenceText->clear();
}

void AssessmentPage::removeSelectedParticipant()
{
    const QModelIndex selected = m_participantView->currentIndex();
    if (!selected.isValid())
        return;
    const QString participantId = selected.data(ParticipantModel::ParticipantIdRole).toString();
    m_document->edit(tr("Remove a participant"), [&](AssessmentSession &session) {
        session.participants.removeIf([&](const Participant &p) { return p.id == participantId; });
        for (CapabilityRecord &record : session.records)
            record.votes.removeIf([&](const Vote &vote) { return vote.participantId == participantId; });
    });
}

bool AssessmentPage::loadModelFile(const QString &path)
{
    const MaturityModelLoadResult loaded = MaturityModelLoader::load(path);
    if (!loaded.ok()) {
        showMessage(tr("The model cannot be used:\n%1").arg(joinErrors(loaded.errors)), true);
        return false;
    }
    int index = m_modelChooser->findData(path);
    if (index < 0) {
        m_modelChooser->addItem(loaded.model.name, path);
        index = m_modelChooser->count() - 1;
        m_modelChooser->setItemData(index, loaded.model.id, ModelIdRole);
        m_modelPaths.append(path);
    }
    m_modelChooser->setCurrentIndex(index);
    return newSession(path);
}

void AssessmentPage::commitAgreement()
{
    if (m_updating)
        return;
    m_document->setAgreement(
        currentCapabilityId(), m_agreed->currentData().toInt(), m_target->currentData().toInt(), m_dissent->text());
}

void AssessmentPage::commitNotes()
{
    if (m_updating)
        return;
    m_document->setNotes(currentCapabilityId(), m_privateNotes->toPlainText(), m_sharedNotes->toPlainText());
}

void AssessmentPage::setPresenterMode(bool on)
{
    // The room's own window, full screen (on the projector when it is the window's screen); the
    // facilitator's page stays as it is behind it.
    if (on && !m_presenter) {
        m_presenter = new PresenterView(m_document, this);
        connect(m_presenter, &PresenterView::nextRequested, this, &AssessmentPage::nextCapability);
        connect(m_presenter, &PresenterView::previousRequested, this, &AssessmentPage::previousCapability);
        connect(m_presenter, &PresenterView::revealRequested, this,
            [this] { m_document->setRevealed(currentCapabilityId(), true); });
        connect(m_presenter, &PresenterView::leaveRequested, this, [this] { setPresenterMode(false); });
    }
    if (m_presenter) {
        if (on) {
            m_presenter->setCapabilityIndex(m_current);
            m_presenter->showFullScreen();
            m_presenter->activateWindow();
            m_presenter->setFocus();
        } else {
            m_presenter->hide();
            activateWindow();
        }
    }
    if (m_presenterAction->isChecked() != on)
        m_presenterAction->setChecked(on);
}

}
