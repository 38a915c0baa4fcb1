// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace Tarmac {

namespace {
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance; // loading the definitions is costly: once
    return instance;
}
}

struct CodeHighlighter::Private {
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = nullptr;
};

CodeHighlighter::CodeHighlighter(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    d->highlighter->setTheme(repository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
}

CodeHighlighter::~CodeHighlighter() = default;

void CodeHighlighter::setFileName(const QString &fileName)
{
    const KSyntaxHighlighting::Definition definition = repository().definitionForFileName(fileName);
    if (d->highlighter->definition() != definition) {
        d->highlighter->setDefinition(definition);
        d->highlighter->rehighlight();
    }
}

QString CodeHighlighter::definitionName() const
{
    return d->highlighter->definition().isValid() ? d->highlighter->definition().name() : QString();
}

}
