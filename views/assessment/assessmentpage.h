// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/crosswalk.h"
#include "assessment/maturitymodel.h"
#include "platform/storedassessment.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QUndoGroup;

namespace Tarmac {

class ActionModel;
class AssessmentDocument;
class AssessmentPublisher;
class PlatformClient;
class PlatformConnection;
struct SessionLoadResult;
class CapabilityResultsModel;
class ParticipantModel;
class PlatformEvidencePanel;
class PresenterView;
class ResponseCache;
class RadarChartView;
class SpreadChartView;

// The Assess page: a facilitator runs a workshop one capability at a time (read the levels, collect
// hidden votes, reveal the spread, agree a level and target, next), then compares rounds on a radar
// and exports the report. With a platform, sessions are published to it and opened from it.
class AssessmentPage : public QWidget {
    Q_OBJECT
public:
    explicit AssessmentPage(QUndoGroup *undoGroup, PlatformConnection *platform = nullptr, QWidget *parent = nullptr);
    ~AssessmentPage() override;

    AssessmentDocument *document() const { return m_document; }
    int currentCapability() const { return m_current; }
    // The room's full-screen view while presenter mode is on (null before it was first turned on).
    PresenterView *presenterView() const { return m_presenter; }
    QString messageText() const;
    // The workbench opens *.tarmac-assessment.yaml files through this; returns what went wrong, if anything.
    Q_INVOKABLE QString openDocument(const QString &path);

public Q_SLOTS:
    // Each shows problems in the page's message bar and returns whether it worked.
    bool newSession(const QString &modelPath);
    bool openSession(const QString &path);
    bool saveSession(const QString &path);
    bool loadPreviousRound(const QString &path);
    // A facilitator's own model file: checked, offered in the model chooser and started with.
    bool loadModelFile(const QString &path);
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);
    void goToCapability(int index);
    void nextCapability();
    void previousCapability();
    void setPresenterMode(bool on);
    // Stores the session (without private notes) on the platform; progress and the outcome show in
    // the message bar. Returns whether publishing started.
    bool publishToPlatform();
    // Lists the platform's sessions in a dialog to open one.
    void openFromPlatform();
    // Opens a session fetched from the platform, unsaved (Save writes it to a file).
    bool openStoredSession(const Tarmac::StoredAssessment &stored);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QWidget *buildWorkshopTab();
    QWidget *buildResultsTab();
    QWidget *buildActionsTab();
    void showMessage(const QString &text, bool error);
    void refreshCapability();
    void refreshVotingState();
    void recordVote(int kind, int level);
    void addParticipantFromForm();
    void addActionFromForm();
    void addEvidenceFromForm();
    void removeSelectedParticipant();
    void commitAgreement();
    void commitNotes();
    void recoverAutosave();
    // Asks before unsaved work is dropped; true when it may go.
    bool confirmDiscard();
    void refreshCrosswalk();
    // Opens a parsed session with the installed model it names; shownName says where it came from.
    bool openLoaded(const SessionLoadResult &loaded, const QString &path, const QString &shownName);
    PlatformClient *platformClient();
    QString currentCapabilityId() const;
    void chooseAndRun(
        bool save, const QString &caption, const QString &filter, bool (AssessmentPage::*run)(const QString &));

    AssessmentDocument *m_document;
    QUndoGroup *m_undoGroup;
    PlatformConnection *m_platform;
    PlatformClient *m_client = nullptr;
    AssessmentPublisher *m_publisher = nullptr;
    ResponseCache *m_cache = nullptr;
    PlatformEvidencePanel *m_evidencePanel = nullptr;
    PresenterView *m_presenter = nullptr;
    CapabilityResultsModel *m_results;
    ParticipantModel *m_participants;
    ActionModel *m_actions;
    QList<QString> m_modelPaths;
    QList<Crosswalk> m_crosswalks;
    int m_current = 0;
    bool m_updating = false;

    QLabel *m_message = nullptr;
    QComboBox *m_modelChooser = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_scopeKind = nullptr;
    QLineEdit *m_scopeName = nullptr;
    QDateEdit *m_date = nullptr;
    QListView *m_capabilityList = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_capabilityTitle = nullptr;
    QLabel *m_keyQuestion = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_timebox = nullptr;
    QTimer *m_timeboxTimer = nullptr;
    int m_timeboxRemaining = 0;
    QSpinBox *m_timeboxMinutes = nullptr;
    QTextBrowser *m_levelDescriptions = nullptr;
    QTableView *m_participantView = nullptr;
    QLineEdit *m_participantName = nullptr;
    QComboBox *m_participantRole = nullptr;
    QWidget *m_voteButtons = nullptr;
    QList<QPushButton *> m_levelButtons;
    QComboBox *m_confidence = nullptr;
    QLabel *m_voteStatus = nullptr;
    QPushButton *m_reveal = nullptr;
    QWidget *m_spreadPanel = nullptr;
    QLabel *m_spreadSummary = nullptr;
    SpreadChartView *m_spreadChart = nullptr;
    QComboBox *m_agreed = nullptr;
    QComboBox *m_target = nullptr;
    QLineEdit *m_dissent = nullptr;
    QPlainTextEdit *m_privateNotes = nullptr;
    QPlainTextEdit *m_sharedNotes = nullptr;
    QLineEdit *m_evidenceText = nullptr;
    QLabel *m_evidenceList = nullptr;
    RadarChartView *m_radar = nullptr;
    QLabel *m_crosswalkSummary = nullptr;
    QLineEdit *m_actionTitle = nullptr;
    QLineEdit *m_actionOwner = nullptr;
    QDateEdit *m_actionDue = nullptr;
    QComboBox *m_actionIndicator = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_publishAction = nullptr;
    QWidget *m_workshop = nullptr;
};

}
