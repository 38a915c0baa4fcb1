// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace Tarmac::Server {

class ApiRequest;

// One page of a list, newest first: {"items": [...], "nextCursor": "..." or null}. select is
// "SELECT ... FROM ..." whose rows the row function turns into items; idColumn orders and pages.
QJsonObject pagedList(const ApiRequest &request, const QString &select, QStringList where, QVariantList values,
    const std::function<QJsonObject(const QSqlQuery &)> &row, const QString &idColumn = QStringLiteral("id"));

}
