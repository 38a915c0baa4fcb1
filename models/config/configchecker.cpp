// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configchecker.h"

#include "config/dockerfilechecker.h"
#include "config/textposition.h"
#include "config/yamlchecker.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Tarmac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::ConfigChecker", text);
}

// The first line that is neither blank nor a comment.
QStringView firstMeaningfulLine(QStringView content)
{
    while (!content.isEmpty()) {
        const qsizetype end = content.indexOf(u'\n');
        const QStringView line = (end < 0 ? content : content.left(end)).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            return line;
        if (end < 0)
            break;
        content = content.mid(end + 1);
    }
    return {};
}

void checkJson(const QString &fileName, const QString &content, const TextPosition &positions, TemplateDiagnostics &out)
{
    if (content.trimmed().isEmpty())
        return; // a file being written
    QJsonParseError error;
    QJsonDocument::fromJson(content.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError)
        return;
    // Qt's offset is just past the character it stopped at.
    const auto [line, column] = positions.fromUtf8Offset(std::max(0, error.offset - 1));
    out.append({ fileName, line, column, TemplateDiagnostic::Severity::Error,
        tr("not valid JSON: %1").arg(error.errorString()) });
}

}

ConfigChecker::Kind ConfigChecker::kindOf(const QString &fileName, QStringView content)
{
    const QString name = QFileInfo(fileName).fileName();
    const QString lower = name.toLower();
    if (lower.endsWith(QLatin1String(".yaml")) || lower.endsWith(QLatin1String(".yml")))
        return Kind::Yaml;
    if (lower.endsWith(QLatin1String(".json")))
        return Kind::Json;
    if (lower == QLatin1String("dockerfile") || lower == QLatin1String("containerfile")
        || lower.startsWith(QLatin1String("dockerfile.")) || lower.endsWith(QLatin1String(".dockerfile"))
        || lower.startsWith(QLatin1String("containerfile.")) || lower.endsWith(QLatin1String(".containerfile")))
        return Kind::Dockerfile;
    if (name.contains(QLatin1Char('.')))
        return Kind::Plain; // a suffix the checks do not know
    const QStringView first = firstMeaningfulLine(content);
    if (first.startsWith(u"FROM ", Qt::CaseInsensitive))
        return Kind::Dockerfile;
    if (first.startsWith(u'{'))
        return Kind::Json;
    if (first.startsWith(u"apiVersion:") || first.startsWith(u"---"))
        return Kind::Yaml;
    return Kind::Plain;
}

TemplateDiagnostics ConfigChecker::check(
    const QString &fileName, const QString &content, const std::function<bool()> &cancelled)
{
    TemplateDiagnostics out;
    const Kind kind = kindOf(fileName, content);
    if (kind == Kind::Plain)
        return out;
    const TextPosition positions(content);
    switch (kind) {
    case Kind::Yaml:
        YamlChecker::check(fileName, positions, out, cancelled);
        break;
    case Kind::Json:
        checkJson(fileName, content, positions, out);
        break;
    case Kind::Dockerfile:
        DockerfileChecker::check(fileName, positions, out);
        break;
    case Kind::Plain:
        break;
    }
    std::stable_sort(out.begin(), out.end(), [](const TemplateDiagnostic &a, const TemplateDiagnostic &b) {
        return std::pair { a.line, a.column } < std::pair { b.line, b.column };
    });
    return out;
}

}
