// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/nunjucksengine.h"

#include "core/logging.h"
#include "templates/precompiledtemplates.h"

#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <mutex>

// Registers the bytecode the build compiled for the scripts under :/tarmac/bytecode (see
// models/templates/CMakeLists.txt), and keeps its loader in the program. Outside any namespace, as
// Q_INIT_RESOURCE must be.
static void registerBytecode()
{
    Q_INIT_RESOURCE(tarmac_bytecode);
}

namespace Tarmac {

namespace {

// The default export of one of the scripts under :/tarmac/bytecode: run from its compiled unit,
// or compiled from its text if the unit is missing.
QJSValue importScript(QJSEngine &engine, const QString &path)
{
    const QString file = QStringLiteral(":/tarmac/bytecode/") + path;
    if (!QFile::exists(file))
        return QJSValue(QJSValue::NullValue);
    const QJSValue module = engine.importModule(file);
    return module.isError() ? module : module.property(QStringLiteral("default"));
}

// What the CommonJS loader calls to read a module: only files under :/nunjucks, never the disk.
class SourceReader : public QObject {
    Q_OBJECT
public:
    explicit SourceReader(QJSEngine *engine)
        : QObject(engine)
        , m_engine(engine)
    {
    }
    Q_INVOKABLE QJSValue read(const QString &path) const
    {
        QFile file(QStringLiteral(":/nunjucks/") + path);
        if (!allowed(path) || !file.open(QIODevice::ReadOnly))
            return QJSValue(QJSValue::NullValue);
        return QJSValue(QString::fromUtf8(file.readAll()));
    }
    Q_INVOKABLE bool exists(const QString &path) const
    {
        return allowed(path) && QFileInfo(QStringLiteral(":/nunjucks/") + path).isFile();
    }
    // A nunjucks file's body as a function (module, exports, require, process, setImmediate), from
    // the bytecode the build compiled, or null.
    Q_INVOKABLE QJSValue compiled(const QString &path) const
    {
        if (!allowed(path) || !path.endsWith(QLatin1String(".js")))
            return QJSValue(QJSValue::NullValue);
        const QJSValue function = importScript(*m_engine, path.chopped(3) + QStringLiteral(".mjs"));
        return function.isCallable() ? function : QJSValue(QJSValue::NullValue);
    }
    // backstage.js's `precompiled(kind, source)`: the code as a function (from the bytecode) or as
    // text, a boolean for "single", or null.
    Q_INVOKABLE QJSValue precompiled(const QString &kind, const QString &source)
    {
        if (!m_usePrecompiled)
            return QJSValue(QJSValue::NullValue);
        if (kind == QLatin1String("code")) {
            if (m_compiledTemplates.isUndefined())
                m_compiledTemplates = importScript(*m_engine, QStringLiteral("precompiled.mjs"));
            if (m_compiledTemplates.isObject()) {
                const QJSValue function
                    = m_compiledTemplates.property(QString::fromLatin1(PrecompiledTemplates::key("code", source)));
                if (function.isCallable())
                    return function;
            }
        }
        const QByteArrayView found = PrecompiledTemplates::instance().find(kind.toLatin1(), source);
        if (found.isEmpty())
            return QJSValue(QJSValue::NullValue);
        if (kind == QLatin1String("single"))
            return QJSValue(found == "1");
        return QJSValue(QString::fromUtf8(found));
    }
    static bool allowed(const QString &path) { return !path.isEmpty() && !path.contains(QLatin1String("..")); }

    QJSEngine *m_engine;
    QJSValue m_compiledTemplates; // precompiled.mjs's table of functions, once asked for
    bool m_usePrecompiled = true;
};

QString describe(const QJSValue &error)
{
    const QString message = error.property(QStringLiteral("message")).toString();
    return message.isEmpty() ? error.toString() : message;
}

}

namespace {
QLoggingCategory::CategoryFilter previousFilter = nullptr;
// nunjucks' compiled files declare functions after their first use, which QJSEngine reports.
void quietUsedBeforeDeclared(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.qml.usedbeforedeclared") == 0)
        category->setEnabled(QtWarningMsg, false);
}
}

NunjucksEngine::NunjucksEngine(Precompiled precompiled)
    : m_engine(std::make_unique<QJSEngine>())
{
    static std::once_flag filterInstalled;
    std::call_once(filterInstalled, [] {
        previousFilter = QLoggingCategory::installFilter(quietUsedBeforeDeclared);
        registerBytecode();
    });
    m_engine->installExtensions(QJSEngine::ConsoleExtension);
    auto *reader = new SourceReader(m_engine.get());
    reader->m_usePrecompiled = precompiled == Precompiled::Use;
    QJSValue readerValue = m_engine->newQObject(reader);
    const QJSValue readerFunctions
        = m_engine
              ->evaluate(QStringLiteral(
                  "(function (r) { return [function (p) { return r.read(p); }, function (k, s) { return "
                  "r.precompiled(k, s); }, function (p) { return r.compiled(p); }, function (p) { return "
                  "r.exists(p); }]; })"))
              .call({ readerValue });
    const QJSValue makeRequire = importScript(*m_engine, QStringLiteral("commonjs.mjs"));
    if (makeRequire.isError() || !makeRequire.isCallable()) {
        m_loadError = QStringLiteral("cannot load the CommonJS loader: ") + describe(makeRequire);
        return;
    }
    m_require
        = makeRequire.call({ readerFunctions.property(0), readerFunctions.property(2), readerFunctions.property(3) });
    QJSValue nunjucks = m_require.call({ QStringLiteral("./nunjucks/index.js") });
    if (nunjucks.isError() || !nunjucks.isObject()) {
        m_loadError = QStringLiteral("cannot load nunjucks: ") + describe(nunjucks);
        return;
    }
    const QJSValue makeApi = importScript(*m_engine, QStringLiteral("backstage.mjs"));
    m_api = makeApi.isCallable() ? makeApi.call({ nunjucks, readerFunctions.property(1) }) : makeApi;
    if (m_api.isError() || !m_api.isObject()) {
        m_loadError = QStringLiteral("cannot set up nunjucks: ") + describe(m_api);
        m_api = QJSValue();
    }
    if (!m_loadError.isEmpty())
        qCWarning(lcTemplates) << m_loadError;
}

NunjucksEngine::~NunjucksEngine() = default;

void NunjucksEngine::setContext(const QJsonObject &context, bool secretReferences)
{
    if (!m_api.isObject())
        return;
    m_api.property(QStringLiteral("setContext"))
        .call({ QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact)), secretReferences });
}

NunjucksEngine::Result NunjucksEngine::call(const QJSValue &function, const QJSValueList &arguments)
{
    Result result;
    if (!m_api.isObject()) {
        result.text = m_loadError;
        return result;
    }
    const QJSValue value = function.call(arguments);
    if (value.isError()) {
        result.text = describe(value);
        // nunjucks: "(unknown path) [Line 3, Column 12]\n  expected ..." (1-based, as its parser reports).
        static const QRegularExpression position(QStringLiteral(R"(\[Line (\d+)(?:, Column (\d+))?\]\s*)"));
        const QRegularExpressionMatch match = position.match(result.text);
        if (match.hasMatch()) {
            result.line = match.captured(1).toInt();
            result.column = match.captured(2).toInt();
            result.text = result.text.mid(match.capturedEnd()).trimmed();
        }
        result.text.remove(QStringLiteral("Template render error: "));
        result.text.remove(QStringLiteral("(unknown path)"));
        result.text = result.text.trimmed();
        return result;
    }
    result.ok = true;
    result.text = value.isUndefined() || value.isNull() ? QString() : value.toString();
    return result;
}

NunjucksEngine::Result NunjucksEngine::render(const QString &source, Mode mode)
{
    // Most files and names hold no template at all: skip the engine for them.
    const bool compat = mode == Mode::CookiecutterCompat;
    if (!source.contains(compat ? QLatin1String("{") : QLatin1String("${{")) && !source.contains(QLatin1String("{%"))
        && !source.contains(QLatin1String("{#")))
        return { true, source, 0, 0 };
    const int modeNumber = mode == Mode::Backstage ? 0 : mode == Mode::StrictUndefined ? 1 : 2;
    return call(m_api.property(QStringLiteral("render")), { source, modeNumber });
}

NunjucksEngine::Result NunjucksEngine::renderDumped(const QString &source)
{
    return call(m_api.property(QStringLiteral("renderDumped")), { source });
}

QStringList NunjucksEngine::loadedModules() const
{
    if (!m_require.isCallable())
        return {};
    return m_require.property(QStringLiteral("loadedModules")).call().toVariant().toStringList();
}

bool NunjucksEngine::isSingleExpression(const QString &source)
{
    if (!m_api.isObject() || !source.contains(QLatin1String("${{")))
        return false;
    const auto cached = m_singleExpressions.constFind(source);
    if (cached != m_singleExpressions.constEnd())
        return *cached;
    const QJSValue value = m_api.property(QStringLiteral("isSingleExpression")).call({ source });
    const bool single = !value.isError() && value.toBool();
    if (m_singleExpressions.size() > 4000)
        m_singleExpressions.clear();
    m_singleExpressions.insert(source, single);
    return single;
}

QStringList NunjucksEngine::filterNames()
{
    if (!m_api.isObject())
        return {};
    return m_api.property(QStringLiteral("filterNames")).call().toVariant().toStringList();
}

void NunjucksEngine::clearCache()
{
    if (m_api.isObject())
        m_api.property(QStringLiteral("clearCache")).call();
}

}

#include "nunjucksengine.moc"
