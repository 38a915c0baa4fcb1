// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/dockerfilechecker.h"

#include "config/textposition.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Tarmac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::DockerfileChecker", text);
}

// One instruction with its arguments, continuation lines joined; positions refer to its first line.
struct Instruction {
    QString keyword; // upper case
    QString arguments;
    int line = 0;
    int argumentsColumn = 0; // 1-based
};

QList<Instruction> instructions(const TextPosition &positions)
{
    static const QRegularExpression start(QStringLiteral(R"(^\s*([A-Za-z]+)(\s+|$))"));
    QList<Instruction> out;
    for (int line = 1; line <= positions.lineCount(); ++line) {
        const QString text = positions.line(line).toString();
        if (text.trimmed().isEmpty() || text.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch m = start.match(text);
        if (!m.hasMatch())
            continue;
        Instruction instruction { m.captured(1).toUpper(), text.mid(m.capturedEnd()), line, int(m.capturedEnd()) + 1 };
        // A trailing backslash continues the instruction on the next line (comments in between).
        while (instruction.arguments.endsWith(QLatin1Char('\\')) && line < positions.lineCount()) {
            instruction.arguments.chop(1);
            ++line;
            const QString next = positions.line(line).toString();
            if (!next.trimmed().startsWith(QLatin1Char('#')))
                instruction.arguments += QLatin1Char(' ') + next.trimmed();
        }
        instruction.arguments = instruction.arguments.trimmed();
        out.append(instruction);
    }
    return out;
}

bool isRoot(const QString &user)
{
    const QString name = user.section(QLatin1Char(':'), 0, 0).trimmed();
    return name == QLatin1String("root") || name == QLatin1String("0");
}

}

void DockerfileChecker::check(const QString &fileName, const TextPosition &positions, TemplateDiagnostics &out)
{
    using Severity = TemplateDiagnostic::Severity;
    QSet<QString> stages; // names given with AS, which later FROMs may start from
    std::optional<Instruction> lastFrom;
    std::optional<Instruction> lastUser; // in the current stage: USER does not carry over to the next
    for (const Instruction &instruction : instructions(positions)) {
        if (instruction.keyword == QLatin1String("USER")) {
            lastUser = instruction;
            continue;
        }
        if (instruction.keyword != QLatin1String("FROM"))
            continue;
        lastFrom = instruction;
        lastUser.reset();
        // FROM [--platform=...] IMAGE [AS NAME]
        const QStringList words = instruction.arguments.split(QRegularExpression(QStringLiteral(R"(\s+)")));
        qsizetype index = 0;
        while (index < words.size() && words.at(index).startsWith(QLatin1String("--")))
            ++index;
        if (index >= words.size())
            continue;
        const QString image = words.at(index);
        if (index + 2 < words.size() && words.at(index + 1).compare(QLatin1String("as"), Qt::CaseInsensitive) == 0)
            stages.insert(words.at(index + 2).toLower());
        const int column = instruction.argumentsColumn
            + int(positions.line(instruction.line).mid(instruction.argumentsColumn - 1).indexOf(image));
        if (stages.contains(image.toLower()) && !image.contains(QLatin1Char(':')))
            continue; // an earlier stage
        if (image == QLatin1String("scratch") || image.contains(QLatin1Char('@')) || image.startsWith(QLatin1Char('$')))
            continue; // nothing to pin, pinned by digest, or chosen by a build argument
        // The tag is after the last ':' that follows the last '/' (a registry may have a port).
        const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
        const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
        const QString tag = colon > slash ? image.mid(colon + 1) : QString();
        if (tag.isEmpty())
            out.append({ fileName, instruction.line, column, Severity::Error,
                tr("base image '%1' has no tag, so every build may get a different image; pin a version "
                   "(name:1.2.3) or a digest (name@sha256:...)")
                    .arg(image) });
        else if (tag == QLatin1String("latest"))
            out.append({ fileName, instruction.line, column, Severity::Error,
                tr("base image '%1' uses the 'latest' tag, so every build may get a different image; pin a "
                   "version or a digest")
                    .arg(image) });
    }
    if (!lastFrom)
        return;
    if (!lastUser) {
        out.append({ fileName, lastFrom->line, 1, Severity::Error,
            tr("the final stage sets no USER, so the container runs as root; add a USER with a non-root user "
               "after the last FROM") });
    } else if (isRoot(lastUser->arguments)) {
        out.append({ fileName, lastUser->line, lastUser->argumentsColumn, Severity::Error,
            tr("the container runs as root (USER %1); the final USER must be a non-root user")
                .arg(lastUser->arguments) });
    }
}

}
