// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/pathguard.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tarmac {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tarmac::PathGuard", text);
}
}

QString PathGuard::normalise(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (path.contains(QChar(0)))
        return fail(tr("the path contains a NUL character"));
    if (path.startsWith(QLatin1Char('/')))
        return fail(tr("'%1' is an absolute path; expected a path inside the output folder").arg(path));
    if (path.contains(QLatin1Char('\\')))
        return fail(tr("'%1' contains a backslash; expected '/' between folder names").arg(path));
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter())
        return fail(tr("'%1' starts with a drive letter; expected a path inside the output folder").arg(path));
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                return fail(tr("'%1' leads outside the output folder").arg(path));
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    if (error)
        error->clear();
    return parts.join(QLatin1Char('/'));
}

QString PathGuard::join(const QString &base, const QString &path, QString *error)
{
    QString checkedBase = normalise(base, error);
    if (error && !error->isEmpty())
        return {};
    QString checked = normalise(path, error);
    if (error && !error->isEmpty())
        return {};
    if (checkedBase.isEmpty())
        return checked;
    return checked.isEmpty() ? checkedBase : checkedBase + QLatin1Char('/') + checked;
}

}
