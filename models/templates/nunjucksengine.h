// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJSValue>
#include <QString>
#include <QStringList>

#include <memory>

class QJSEngine;
class QJsonObject;

namespace Tarmac {

// Debian's nunjucks (compiled into the resources at build time) in a QJSEngine, set up as
// Backstage's scaffolder sets it up: `${{ }}` variables, no autoescape, Backstage's filters,
// cookiecutter compatibility. Not thread-safe: one engine per thread. Compiled templates are
// cached by their source text.
class NunjucksEngine {
public:
    enum class Mode {
        Backstage, // fetch:template and step inputs
        StrictUndefined, // the same, with undefined variables as errors (for linting)
        CookiecutterCompat, // `{{ cookiecutter.x }}`, jinja2 compatibility, `jsonify`
    };

    struct Result {
        bool ok = false;
        QString text; // the output, or the error message
        int line = 0; // 1-based position of the error in the source, 0 when unknown
        int column = 0;
    };

    // Whether the code the build compiled for the built-in templates is used (the default) or every
    // source is compiled here (for the tests that compare the two).
    enum class Precompiled { Use, Ignore };

    explicit NunjucksEngine(Precompiled precompiled = Precompiled::Use);
    ~NunjucksEngine();
    NunjucksEngine(const NunjucksEngine &) = delete;
    NunjucksEngine &operator=(const NunjucksEngine &) = delete;

    // Empty when the engine loaded; otherwise why it did not (every render then fails).
    QString loadError() const { return m_loadError; }

    // The variables the following renders see, as one JSON object (parsed once in the engine).
    // With secretReferences, `secrets.NAME` is there too, for any NAME, as the reference
    // `${{ secrets.NAME }}`: Tarmac never holds a secret's value, so a template can only pass on
    // where the value will come from (GitHub Actions and Backstage resolve that expression).
    void setContext(const QJsonObject &context, bool secretReferences = false);
    Result render(const QString &source, Mode mode = Mode::Backstage);
    // A single expression rendered through `| dump`, as JSON text (see isSingleExpression).
    Result renderDumped(const QString &source);
    // Backstage renders a step input that is one `${{ expr }}` through `| dump` to keep its type.
    bool isSingleExpression(const QString &source);
    void clearCache();
    // Every filter a template may use: nunjucks' own and Backstage's.
    QStringList filterNames();
    // The nunjucks files that have run so far (paths under :/nunjucks).
    QStringList loadedModules() const;

private:
    Result call(const QJSValue &function, const QJSValueList &arguments);

    std::unique_ptr<QJSEngine> m_engine;
    QJSValue m_api;
    QJSValue m_require;
    QHash<QString, bool> m_singleExpressions;
    QString m_loadError;
};

}
