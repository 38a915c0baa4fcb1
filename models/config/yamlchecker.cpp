// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/yamlchecker.h"

#include "config/kubernetesrules.h"
#include "config/textposition.h"

#include <QCoreApplication>

#include <optional>
#include <yaml-cpp/yaml.h>

namespace Tarmac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::YamlChecker", text);
}

// A line that starts a document: "---" alone or followed by a space (a document marker is only
// allowed at column 0, so this split is the one a YAML parser makes).
bool startsDocument(QStringView line)
{
    return line.startsWith(u"---") && (line.size() == 3 || line.at(3).isSpace());
}

// yaml-cpp's messages name the parser's state; these say what to fix.
// yaml-cpp reports an unclosed '[', '{' or quote where it gave up, often lines later; what the user has
// to close is the innermost bracket still open at that point (outside quotes and comments), or the
// quote still open (opening '"' asks for that).
std::optional<std::pair<int, int>> unclosedBracket(
    const TextPosition &positions, int firstLine, int errorLine, int errorColumn, QChar opening)
{
    struct Open {
        QChar bracket;
        int line;
        int column;
    };
    QList<Open> open;
    QChar quote; // a quoted scalar may span lines
    Open quoteStart { {}, 0, 0 };
    for (int line = firstLine; line <= errorLine; ++line) {
        const QStringView text = positions.line(line);
        const qsizetype end = line == errorLine ? std::min<qsizetype>(errorColumn - 1, text.size()) : text.size();
        for (qsizetype i = 0; i < end; ++i) {
            const QChar c = text.at(i);
            if (!quote.isNull()) {
                if (quote == u'"' && c == u'\\')
                    ++i;
                else if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
                quoteStart = { c, line, int(i) + 1 };
            } else if (c == u'#' && (i == 0 || text.at(i - 1).isSpace())) {
                break;
            } else if (c == u'[' || c == u'{') {
                open.append({ c, line, int(i) + 1 });
            } else if ((c == u']' || c == u'}') && !open.isEmpty()) {
                open.removeLast();
            }
        }
    }
    if (opening == u'"')
        return quote.isNull() ? std::nullopt : std::optional(std::pair { quoteStart.line, quoteStart.column });
    for (qsizetype i = open.size() - 1; i >= 0; --i) {
        if (open.at(i).bracket == opening)
            return std::pair { open.at(i).line, open.at(i).column };
    }
    return std::nullopt;
}

QString explain(const std::string &message)
{
    struct Known {
        const char *parser;
        const char *explanation;
    };
    static const Known known[] = {
        { YAML::ErrorMsg::END_OF_SEQ_FLOW,
            QT_TRANSLATE_NOOP("Tarmac::YamlChecker", "the '[' list that starts here is not closed with ']'") },
        { YAML::ErrorMsg::END_OF_MAP_FLOW,
            QT_TRANSLATE_NOOP("Tarmac::YamlChecker", "the '{' mapping that starts here is not closed with '}'") },
        { YAML::ErrorMsg::END_OF_MAP,
            QT_TRANSLATE_NOOP("Tarmac::YamlChecker",
                "this does not fit the mapping around it; check its indentation, or quote the whole value") },
        { YAML::ErrorMsg::END_OF_SEQ,
            QT_TRANSLATE_NOOP("Tarmac::YamlChecker", "this does not fit the list around it; check its indentation") },
        { YAML::ErrorMsg::TAB_IN_INDENTATION,
            QT_TRANSLATE_NOOP("Tarmac::YamlChecker", "a tab in the indentation; YAML indents with spaces only") },
        { YAML::ErrorMsg::MAP_VALUE,
            QT_TRANSLATE_NOOP("Tarmac::YamlChecker",
                "a ':' where no value can start; quote a value that contains ': ', or fix the indentation") },
        { YAML::ErrorMsg::FLOW_END, QT_TRANSLATE_NOOP("Tarmac::YamlChecker", "a ']' or '}' that closes nothing") },
        { YAML::ErrorMsg::EOF_IN_SCALAR,
            QT_TRANSLATE_NOOP("Tarmac::YamlChecker", "a quoted string is not closed before the end of the document") },
        { YAML::ErrorMsg::DOC_IN_SCALAR,
            QT_TRANSLATE_NOOP("Tarmac::YamlChecker", "a quoted string is not closed before the next document") },
    };
    for (const Known &k : known) {
        if (message == k.parser)
            return tr(k.explanation);
    }
    const QString text = QString::fromStdString(message);
    if (message.rfind(YAML::ErrorMsg::UNKNOWN_ANCHOR, 0) == 0)
        return tr("the alias refers to an anchor that is not defined: %1")
            .arg(text.mid(qstrlen(YAML::ErrorMsg::UNKNOWN_ANCHOR)));
    if (message.rfind(YAML::ErrorMsg::INVALID_ESCAPE, 0) == 0)
        return tr("unknown escape in a double-quoted string: \\%1; write '\\\\' for a backslash or use single quotes")
            .arg(text.mid(qstrlen(YAML::ErrorMsg::INVALID_ESCAPE)));
    return text;
}

}

void YamlChecker::check(const QString &fileName, const TextPosition &positions, TemplateDiagnostics &out,
    const std::function<bool()> &cancelled)
{
    // Each document is parsed on its own, so that an error in one does not hide the others.
    std::vector<YamlDocument> documents;
    int first = 1;
    const int lineCount = positions.lineCount();
    while (first <= lineCount) {
        if (cancelled && cancelled())
            return;
        int end = first + 1;
        while (end <= lineCount && !startsDocument(positions.line(end)))
            ++end;
        // Lines [first, end) as UTF-8, with their line breaks.
        QByteArray chunk;
        for (int line = first; line < end; ++line) {
            chunk += positions.line(line).toUtf8();
            if (line < lineCount)
                chunk += '\n';
        }
        try {
            for (const YAML::Node &node : YAML::LoadAll(chunk.toStdString()))
                documents.push_back({ node, first - 1 });
        } catch (const YAML::Exception &e) {
            QString message = explain(e.msg);
            auto [line, column] = e.mark.is_null()
                ? std::pair { first, 1 }
                : positions.fromUtf8LineColumn(first - 1 + e.mark.line, e.mark.column);
            // Point at what the user has to fix rather than where the parser gave up.
            if (e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW || e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW) {
                const QChar bracket = e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW ? u'[' : u'{';
                if (const auto at = unclosedBracket(positions, first, line, column, bracket))
                    std::tie(line, column) = *at;
            } else if (e.msg == YAML::ErrorMsg::EOF_IN_SCALAR || e.msg == YAML::ErrorMsg::DOC_IN_SCALAR) {
                if (const auto at = unclosedBracket(positions, first, line, column, u'"'))
                    std::tie(line, column) = *at;
            } else if (const QStringView text = positions.line(line);
                text.left(text.size() - text.trimmed().size() + 1).contains(u'\t')) {
                // yaml-cpp takes a tab-indented line for content and stumbles later on the line.
                column = int(text.indexOf(u'\t')) + 1;
                message = explain(YAML::ErrorMsg::TAB_IN_INDENTATION);
            } else if (e.msg.rfind(YAML::ErrorMsg::INVALID_ESCAPE, 0) == 0) {
                const QString escape
                    = QLatin1Char('\\') + QString::fromStdString(e.msg.substr(qstrlen(YAML::ErrorMsg::INVALID_ESCAPE)));
                const qsizetype at = positions.line(line).left(column - 1).lastIndexOf(escape);
                if (at >= 0)
                    column = int(at) + 1;
            }
            out.append(
                { fileName, line, column, TemplateDiagnostic::Severity::Error, tr("not valid YAML: %1").arg(message) });
        }
        first = end;
    }
    KubernetesRules::check(fileName, documents, positions, out);
}

}
