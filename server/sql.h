// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class QSqlError;

namespace Tarmac::Server {

class Database;

// Runs one statement with positional (?) bindings; throws ApiError (500, or 409 for a unique key
// already taken) when it fails, so handlers read as the happy path.
QSqlQuery sqlExec(const Database &database, const QString &statement, const QVariantList &values = {});
// A statement without bindings run as it is, not prepared: for what PostgreSQL cannot prepare
// (CREATE TABLE ... AS, SET). Throws ApiError like sqlExec.
void sqlExecDirect(const Database &database, const QString &statement);
// The two halves of sqlExec, for a statement run many times: prepare once, then bind and run.
QSqlQuery sqlPrepare(const Database &database, const QString &statement);
void sqlRun(QSqlQuery &query, const QVariantList &values);
bool isUniqueViolation(const QSqlError &error);

// A new id: prefix, then the creation time and randomness in hex, so ids sort by creation time.
QString newId(const QString &prefix);
qint64 nowMs();

}
