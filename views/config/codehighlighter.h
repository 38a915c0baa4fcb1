// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QObject>

#include <memory>

class QPalette;
class QTextDocument;

namespace Tarmac {

// Syntax highlighting for a text document by file name, with a theme that suits a palette, from
// KSyntaxHighlighting's definitions and themes. The only place that includes KSyntaxHighlighting, so
// the rest of the code does not depend on it.
class CodeHighlighter : public QObject {
    Q_OBJECT
public:
    // The colours of the theme in use that an editor paints around the text.
    struct EditorColors {
        QColor background;
        QColor text;
        QColor selection;
        QColor currentLine;
        QColor lineNumbers;
        QColor currentLineNumber;
        QColor gutter;
        QColor separator;
        QColor searchHighlight;
        QColor error;
        QColor warning;
    };

    explicit CodeHighlighter(QTextDocument *document, QObject *parent = nullptr);
    ~CodeHighlighter() override;

    // Picks the definition for this file name (YAML, Go, Dockerfile...), or none.
    void setFileName(const QString &fileName);
    // The highlighting definition in use, empty when none.
    QString definitionName() const;

    // Picks the theme for a light or dark palette and re-highlights if it changed; returns whether it did.
    bool setPalette(const QPalette &palette);
    QString themeName() const;
    EditorColors editorColors() const;
    // Whether the theme is applied yet: it is with the first file, or when asked for.
    bool isThemed() const;

    // Highlighting runs ahead of the screen: an editor asks for the blocks it is about to paint
    // (0-based block number of the last one); the rest follows in idle time.
    void ensureHighlighted(int lastBlockNumber);
    bool isComplete() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}
