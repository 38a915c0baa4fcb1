// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

namespace Tarmac::Server {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("?");
    }
}

Router::Route &Router::append(QHttpServerRequest::Method method, const QString &pattern)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-zA-Z]+)\\}"));
    QString expression = QRegularExpression::escape(pattern);
    // escape() turned {id} into \{id\}
    static const QRegularExpression escapedPlaceholder(QStringLiteral("\\\\\\{([a-zA-Z]+)\\\\\\}"));
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext())
        route.names.append(it.next().captured(1));
    expression.replace(escapedPlaceholder, QStringLiteral("([^/]+)"));
    route.expression = QRegularExpression(u'^' + expression + u'$');
    m_routes.push_back(std::move(route));
    return m_routes.back();
}

void Router::add(QHttpServerRequest::Method method, const QString &pattern, Handler handler)
{
    append(method, pattern).handler = std::move(handler);
}

void Router::addCreating(QHttpServerRequest::Method method, const QString &pattern, Handler handler)
{
    Route &route = append(method, pattern);
    route.handler = std::move(handler);
    route.creates = true;
}

void Router::addPublic(QHttpServerRequest::Method method, const QString &pattern, Handler handler)
{
    Route &route = append(method, pattern);
    route.handler = std::move(handler);
    route.creates = true;
    route.isPublic = true;
}

void Router::addStream(QHttpServerRequest::Method method, const QString &pattern, StreamHandler handler)
{
    append(method, pattern).stream = std::move(handler);
}

Router::Match Router::match(QHttpServerRequest::Method method, const QString &path) const
{
    Match result;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch m = route.expression.match(path);
        if (!m.hasMatch())
            continue;
        if (route.method != method) {
            result.allowedMethods.append(methodName(route.method));
            continue;
        }
        result.route = &route;
        for (qsizetype i = 0; i < route.names.size(); ++i)
            result.parameters.insert(route.names.at(i), m.captured(int(i + 1)));
        return result;
    }
    return result;
}

}
