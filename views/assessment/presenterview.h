// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace Tarmac {

class AssessmentDocument;
class SpreadChartView;
class SpreadModel;

// The room's view for a projector: in large type the capability, its key question and its level
// descriptions with how many have voted; after the reveal, the response count, the histogram and
// the median. It shows nothing else of the session (never the facilitator's private notes).
// Keys: Right, Page Down, Space or N next; Left, Page Up or P previous; R reveal; Esc leaves.
class PresenterView : public QWidget {
    Q_OBJECT
public:
    explicit PresenterView(AssessmentDocument *document, QWidget *parent = nullptr);
    ~PresenterView() override;

    void setCapabilityIndex(int index);
    int capabilityIndex() const { return m_index; }
    // Every text the room can see, for tests.
    QString visibleText() const;

Q_SIGNALS:
    void nextRequested();
    void previousRequested();
    void revealRequested();
    // Esc, or the window was closed.
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void refresh();

    AssessmentDocument *m_document;
    SpreadModel *m_spreadModel;
    int m_index = 0;
    QLabel *m_step;
    QLabel *m_title;
    QLabel *m_question;
    QStackedWidget *m_stages;
    QTextBrowser *m_levels;
    QLabel *m_voted;
    QLabel *m_summary;
    SpreadChartView *m_chart;
    QLabel *m_keys;
};

}
