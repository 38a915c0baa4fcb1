// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment/sourceerror.h"

namespace Tarmac {

QString SourceError::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where + QStringLiteral(": ") + message;
}

QString joinErrors(const QList<SourceError> &errors)
{
    QStringList lines;
    for (const SourceError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

}
