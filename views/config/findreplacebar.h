// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Tarmac {

// Find and replace in a text editor: match case, whole words, regular expressions; wraps around;
// Replace all is one undo step.
class FindReplaceBar : public QWidget {
    Q_OBJECT
public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);
    ~FindReplaceBar() override;

    // Shows the bar (with the replace row or without), takes the selected text as the search, focuses it.
    void open(bool withReplace);
    void close();
    bool findNext();
    bool findPrevious();
    // Replaces the current match (if the selection is one) and finds the next.
    void replace();
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QCheckBox *wholeWordsBox() const { return m_wholeWords; }
    QCheckBox *regexBox() const { return m_regex; }
    QString status() const;

Q_SIGNALS:
    void closed();

private:
    bool find(bool backward);
    QRegularExpression pattern() const;
    QTextDocument::FindFlags findFlags() const;
    bool selectionMatches(const QRegularExpression &re) const;

    QPlainTextEdit *m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QCheckBox *m_wholeWords = nullptr;
    QCheckBox *m_regex = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_replaceRow = nullptr;
};

}
