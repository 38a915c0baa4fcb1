// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/unifieddiff.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace Tarmac {

// Generated vs edited: a unified diff shown as one column (unified) or two aligned columns (side by
// side, scrolled together), added and removed lines coloured to suit the palette.
class DiffView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Unified, SideBySide };

    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    // The diff as `git diff` or `diff -u` print it; the titles name the two sides ("generated", "edited").
    void setDiff(const QString &unifiedDiff, const QString &oldTitle = {}, const QString &newTitle = {});
    void setMode(Mode mode);
    Mode mode() const;

    QPlainTextEdit *unifiedText() const { return m_unified; }
    QPlainTextEdit *leftText() const { return m_left; }
    QPlainTextEdit *rightText() const { return m_right; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    UnifiedDiff m_diff;
    QString m_oldTitle;
    QString m_newTitle;
    QComboBox *m_modeBox = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_unified = nullptr;
    QPlainTextEdit *m_left = nullptr;
    QPlainTextEdit *m_right = nullptr;
};

}
