// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QTextDocument;

namespace Tarmac {

// Syntax highlighting for a text document by file name. The only place that includes
// KSyntaxHighlighting, so the rest of the code does not depend on it.
class CodeHighlighter : public QObject {
    Q_OBJECT
public:
    explicit CodeHighlighter(QTextDocument *document, QObject *parent = nullptr);
    ~CodeHighlighter() override;

    // Picks the definition for this file name (YAML, Go, Dockerfile...), or none.
    void setFileName(const QString &fileName);
    // The highlighting definition in use, empty when none.
    QString definitionName() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}
