// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QRegularExpression>

#include <functional>

class QHttpServerResponder;

namespace Tarmac::Server {

class ApiRequest;

// The API's routes: METHOD and a path pattern with {name} segments. Kept apart from QHttpServer's
// own router so that the dispatcher can authenticate, limit, tell 404 from 405, and wrap writes in
// a transaction in one place.
class Router {
public:
    using Handler = std::function<QHttpServerResponse(ApiRequest &)>;
    // For responses that outlive the call (Server-Sent Events, answers computed on another thread):
    // takes over the responder.
    using StreamHandler = std::function<void(ApiRequest &, QHttpServerResponder &)>;

    struct Route {
        QHttpServerRequest::Method method;
        QString pattern;
        QRegularExpression expression;
        QStringList names;
        Handler handler;
        StreamHandler stream;
        bool creates = false; // honours Idempotency-Key
        bool isPublic = false; // no bearer token: the handler checks the caller itself (webhook signatures)
    };

    struct Match {
        const Route *route = nullptr;
        QHash<QString, QString> parameters;
        QStringList allowedMethods; // when the path exists with other methods
    };

    void add(QHttpServerRequest::Method method, const QString &pattern, Handler handler);
    // A write that creates something: a retry with the same Idempotency-Key gets the first answer.
    void addCreating(QHttpServerRequest::Method method, const QString &pattern, Handler handler);
    // A creating route without a bearer token, whose handler authenticates the request itself.
    void addPublic(QHttpServerRequest::Method method, const QString &pattern, Handler handler);
    void addStream(QHttpServerRequest::Method method, const QString &pattern, StreamHandler handler);

    Match match(QHttpServerRequest::Method method, const QString &path) const;

private:
    Route &append(QHttpServerRequest::Method method, const QString &pattern);
    std::vector<Route> m_routes;
};

QString methodName(QHttpServerRequest::Method method);

}
