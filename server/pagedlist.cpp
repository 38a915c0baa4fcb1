// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedlist.h"

#include "apirequest.h"
#include "sql.h"

#include <QJsonArray>

namespace Tarmac::Server {

QJsonObject pagedList(const ApiRequest &request, const QString &select, QStringList where, QVariantList values,
    const std::function<QJsonObject(const QSqlQuery &)> &row, const QString &idColumn)
{
    const int limit = request.limit();
    const QString cursor = request.cursorId();
    if (!cursor.isEmpty()) {
        where.append(idColumn + QStringLiteral(" < ?"));
        values.append(cursor);
    }
    QString statement = select;
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY %1 DESC LIMIT %2").arg(idColumn).arg(limit + 1);
    QSqlQuery query = sqlExec(request.database(), statement, values);
    QJsonArray items;
    QString lastId;
    bool more = false;
    while (query.next()) {
        if (items.size() == limit) {
            more = true;
            break;
        }
        const QJsonObject item = row(query);
        lastId = item.value(QLatin1String("id")).toString();
        items.append(item);
    }
    return { { QStringLiteral("items"), items },
        { QStringLiteral("nextCursor"),
            more ? QJsonValue(ApiRequest::cursorFor(lastId)) : QJsonValue(QJsonValue::Null) } };
}

}
