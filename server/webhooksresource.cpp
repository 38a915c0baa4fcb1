// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksresource.h"

#include "apierror.h"
#include "apirequest.h"
#include "database.h"
#include "deploymentevents.h"
#include "metrics/dorapoint.h"
#include "router.h"
#include "servercontext.h"
#include "sql.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace Tarmac::Server {

namespace {
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

bool sameInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

ApiError badSignature(const QString &message)
{
    return { Status::Unauthorized, QStringLiteral("bad_signature"), message };
}

// GitHub sends RFC 3339; GitLab often "2024-01-31 12:00:00 +0100" or "... UTC".
std::optional<qint64> webhookTime(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    if (const auto time = Metrics::parseTimestamp(text))
        return time;
    static const QRegularExpression gitlab(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}) (UTC|[+-]\\d{2}:?\\d{2})$"));
    const QRegularExpressionMatch m = gitlab.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString offset = m.captured(3);
    if (offset == QLatin1String("UTC"))
        offset = QStringLiteral("Z");
    else if (!offset.contains(u':'))
        offset.insert(3, u':');
    return Metrics::parseTimestamp(m.captured(1) + u'T' + m.captured(2) + offset);
}

qint64 requiredWebhookTime(const QJsonValue &value, const QString &field)
{
    const auto time = webhookTime(value);
    if (!time)
        throw ApiError::invalid(field, QStringLiteral("is not a time: '%1'").arg(value.toString()));
    return *time;
}

QString serviceFor(const ApiRequest &request, const QString &repository)
{
    QSqlQuery q = sqlExec(request.database(),
        QStringLiteral("SELECT id FROM services WHERE name = ? AND archived_at IS NULL"), { repository });
    if (!q.next())
        throw ApiError::invalid(QStringLiteral("repository"),
            QStringLiteral("no live service named '%1' (a repository maps to the service of its name)")
                .arg(repository));
    return q.value(0).toString();
}

struct Commit {
    QString sha;
    qint64 time = 0;
    QString title;
};

QStringList recordChanges(const ApiRequest &request, const QString &serviceId, const QList<Commit> &commits)
{
    QStringList created;
    for (const Commit &commit : commits) {
        QSqlQuery existing = sqlExec(request.database(),
            QStringLiteral("SELECT id FROM changes WHERE service_id = ? AND sha = ?"), { serviceId, commit.sha });
        if (existing.next())
            continue;
        const QString id = newId(QStringLiteral("chg"));
        sqlExec(request.database(),
            QStringLiteral(
                "INSERT INTO changes (id, service_id, sha, title, committed_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            { id, serviceId, commit.sha, commit.title.section(u'\n', 0, 0), commit.time, nowMs() });
        created.append(id);
    }
    return created;
}

struct ExternalDeployment {
    QString serviceId;
    QString environment;
    QString externalId;
    QString version;
    QString sha;
    QString intent = QStringLiteral("planned");
    QString status; // succeeded or failed
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    QString source;
};

QString recordDeployment(const ApiRequest &request, DeploymentEvents &events, const ExternalDeployment &d)
{
    QSqlQuery environment
        = sqlExec(request.database(), QStringLiteral("SELECT id FROM environments WHERE name = ?"), { d.environment });
    if (!environment.next())
        throw ApiError::invalid(QStringLiteral("environment"),
            QStringLiteral("no environment '%1' in this platform; create it first").arg(d.environment));
    const QString environmentId = environment.value(0).toString();
    QSqlQuery existing = sqlExec(request.database(),
        QStringLiteral("SELECT id, status FROM deployments WHERE external_id = ?"), { d.externalId });
    if (existing.next()) {
        // A later status of the same deployment (a failure that became a success on retry).
        const QString id = existing.value(0).toString();
        if (existing.value(1).toString() != d.status) {
            sqlExec(request.database(),
                QStringLiteral("UPDATE deployments SET status = ?, finished_at = ? WHERE id = ?"),
                { d.status, d.finishedAt, id });
            events.append(id, QStringLiteral("status"),
                { { QStringLiteral("status"), d.status }, { QStringLiteral("message"), d.source } });
        }
        return id;
    }
    const QString id = newId(QStringLiteral("dep"));
    sqlExec(request.database(),
        QStringLiteral("INSERT INTO deployments (id, service_id, environment_id, version, sha, intent, status, source, "
                       "created_by, created_at, started_at, finished_at, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?)"),
        { id, d.serviceId, environmentId, d.version, d.sha.isEmpty() ? QVariant() : QVariant(d.sha), d.intent, d.status,
            d.source, QString(QStringLiteral("webhook:") + d.source), nowMs(), d.startedAt, d.finishedAt,
            d.externalId });
    // Which commits it shipped: those of the service recorded by pushes, committed by the time it
    // finished, and not yet carried to this environment by an earlier deployment.
    sqlExec(request.database(),
        QStringLiteral(
            "INSERT INTO deployment_changes (deployment_id, change_id) SELECT ?, c.id FROM changes c "
            "WHERE c.service_id = ? AND c.committed_at <= ? AND NOT EXISTS (SELECT 1 FROM deployment_changes dc "
            "JOIN deployments x ON x.id = dc.deployment_id WHERE dc.change_id = c.id AND x.environment_id = ?)"),
        { id, d.serviceId, d.finishedAt, environmentId });
    events.append(id, QStringLiteral("status"),
        { { QStringLiteral("status"), d.status }, { QStringLiteral("message"), d.source } });
    return id;
}

QString recordIncident(const ApiRequest &request, const QString &serviceId, const QString &externalId,
    const QString &title, qint64 openedAt, std::optional<qint64> resolvedAt, const QString &source)
{
    QSqlQuery existing
        = sqlExec(request.database(), QStringLiteral("SELECT id FROM incidents WHERE external_id = ?"), { externalId });
    if (existing.next()) {
        const QString id = existing.value(0).toString();
        sqlExec(request.database(), QStringLiteral("UPDATE incidents SET title = ?, resolved_at = ? WHERE id = ?"),
            { title, resolvedAt ? QVariant(*resolvedAt) : QVariant(), id });
        return id;
    }
    const QString id = newId(QStringLiteral("inc"));
    sqlExec(request.database(),
        QStringLiteral(
            "INSERT INTO incidents (id, service_id, title, opened_at, resolved_at, source, created_at, external_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { id, serviceId, title, openedAt, resolvedAt ? QVariant(*resolvedAt) : QVariant(), source, nowMs(),
            externalId });
    return id;
}

QJsonObject result(
    const QString &event, const QString &outcome, const QStringList &ids = {}, const QString &reason = {})
{
    QJsonObject json { { QStringLiteral("event"), event }, { QStringLiteral("result"), outcome },
        { QStringLiteral("ids"), QJsonArray::fromStringList(ids) } };
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    return json;
}

QString intentOf(const QJsonObject &payload)
{
    const QString intent = payload.value(QLatin1String("intent")).toString();
    return intent == QLatin1String("hotfix") || intent == QLatin1String("rollback") ? intent
                                                                                    : QStringLiteral("planned");
}
}

WebhooksResource::WebhooksResource(ServerContext &context)
    : m_context(context)
{
}

void WebhooksResource::addRoutes(Router &router)
{
    router.addPublic(Method::Post, QStringLiteral("/api/v1/webhooks/github"),
        [this](ApiRequest &request) { return QHttpServerResponse(github(request)); });
    router.addPublic(Method::Post, QStringLiteral("/api/v1/webhooks/gitlab"),
        [this](ApiRequest &request) { return QHttpServerResponse(gitlab(request)); });
}

QJsonObject WebhooksResource::github(ApiRequest &request)
{
    const QByteArray secret = m_context.settings.githubWebhookSecret.toUtf8();
    if (secret.isEmpty())
        throw ApiError(Status::NotFound, QStringLiteral("not_configured"),
            QStringLiteral("GitHub webhooks are not configured on this server"));
    const QByteArray signature = request.http().value(QByteArrayLiteral("X-Hub-Signature-256"));
    const QByteArray expected = "sha256="
        + QMessageAuthenticationCode::hash(request.http().body(), secret, QCryptographicHash::Sha256).toHex();
    if (signature.isEmpty())
        throw badSignature(QStringLiteral("X-Hub-Signature-256 is missing"));
    if (!sameInConstantTime(signature, expected))
        throw badSignature(QStringLiteral("X-Hub-Signature-256 does not match the body and the shared secret"));

    const QString event = QString::fromLatin1(request.http().value(QByteArrayLiteral("X-GitHub-Event")));
    const QJsonObject body = request.body();
    if (event == QLatin1String("ping"))
        return result(event, QStringLiteral("ignored"), {}, QStringLiteral("ping"));
    const QString repository
        = body.value(QLatin1String("repository")).toObject().value(QLatin1String("name")).toString();
    if (event == QLatin1String("push")) {
        QList<Commit> commits;
        for (const QJsonValue &c : body.value(QLatin1String("commits")).toArray()) {
            const QJsonObject commit = c.toObject();
            commits.append({ commit.value(QLatin1String("id")).toString(),
                requiredWebhookTime(commit.value(QLatin1String("timestamp")), QStringLiteral("commits.timestamp")),
                commit.value(QLatin1String("message")).toString() });
        }
        return result(
            event, QStringLiteral("recorded"), recordChanges(request, serviceFor(request, repository), commits));
    }
    if (event == QLatin1String("deployment_status")) {
        const QJsonObject status = body.value(QLatin1String("deployment_status")).toObject();
        const QJsonObject deployment = body.value(QLatin1String("deployment")).toObject();
        const QString state = status.value(QLatin1String("state")).toString();
        if (state != QLatin1String("success") && state != QLatin1String("failure") && state != QLatin1String("error"))
            return result(event, QStringLiteral("ignored"), {}, QStringLiteral("state %1 is not final").arg(state));
        ExternalDeployment d;
        d.serviceId = serviceFor(request, repository);
        d.environment = deployment.value(QLatin1String("environment")).toString();
        d.externalId = QStringLiteral("github:") + QString::number(deployment.value(QLatin1String("id")).toInteger());
        d.sha = deployment.value(QLatin1String("sha")).toString();
        d.version = deployment.value(QLatin1String("ref")).toString(d.sha);
        d.intent = intentOf(deployment.value(QLatin1String("payload")).toObject());
        d.status = state == QLatin1String("success") ? QStringLiteral("succeeded") : QStringLiteral("failed");
        d.startedAt = requiredWebhookTime(
            deployment.value(QLatin1String("created_at")), QStringLiteral("deployment.created_at"));
        d.finishedAt = requiredWebhookTime(
            status.value(QLatin1String("created_at")), QStringLiteral("deployment_status.created_at"));
        d.source = QStringLiteral("github");
        return result(event, QStringLiteral("recorded"), { recordDeployment(request, m_context.events, d) });
    }
    if (event == QLatin1String("issues")) {
        // Four Keys' convention: an issue labelled "incident" is an incident.
        const QJsonObject issue = body.value(QLatin1String("issue")).toObject();
        bool incident = false;
        for (const QJsonValue &label : issue.value(QLatin1String("labels")).toArray())
            incident |= label.toObject()
                            .value(QLatin1String("name"))
                            .toString()
                            .compare(QLatin1String("incident"), Qt::CaseInsensitive)
                == 0;
        if (!incident)
            return result(event, QStringLiteral("ignored"), {}, QStringLiteral("the issue is not labelled incident"));
        const QJsonValue closed = issue.value(QLatin1String("closed_at"));
        return result(event, QStringLiteral("recorded"),
            { recordIncident(request, serviceFor(request, repository),
                QStringLiteral("github:") + QString::number(issue.value(QLatin1String("id")).toInteger()),
                issue.value(QLatin1String("title")).toString(),
                requiredWebhookTime(issue.value(QLatin1String("created_at")), QStringLiteral("issue.created_at")),
                closed.isNull() || closed.isUndefined()
                    ? std::nullopt
                    : std::optional<qint64>(requiredWebhookTime(closed, QStringLiteral("issue.closed_at"))),
                QStringLiteral("github")) });
    }
    return result(event, QStringLiteral("ignored"), {}, QStringLiteral("event not used"));
}

QJsonObject WebhooksResource::gitlab(ApiRequest &request)
{
    const QByteArray token = m_context.settings.gitlabWebhookToken.toUtf8();
    if (token.isEmpty())
        throw ApiError(Status::NotFound, QStringLiteral("not_configured"),
            QStringLiteral("GitLab webhooks are not configured on this server"));
    const QByteArray given = request.http().value(QByteArrayLiteral("X-Gitlab-Token"));
    if (given.isEmpty())
        throw badSignature(QStringLiteral("X-Gitlab-Token is missing"));
    // Hash both so that the comparison takes the same time whatever their lengths.
    if (!sameInConstantTime(QCryptographicHash::hash(given, QCryptographicHash::Sha256),
            QCryptographicHash::hash(token, QCryptographicHash::Sha256)))
        throw badSignature(QStringLiteral("X-Gitlab-Token does not match the shared token"));

    const QString event = QString::fromLatin1(request.http().value(QByteArrayLiteral("X-Gitlab-Event")));
    const QJsonObject body = request.body();
    const QString project = body.value(QLatin1String("project")).toObject().value(QLatin1String("name")).toString();
    if (event == QLatin1String("Push Hook")) {
        QList<Commit> commits;
        for (const QJsonValue &c : body.value(QLatin1String("commits")).toArray()) {
            const QJsonObject commit = c.toObject();
            commits.append({ commit.value(QLatin1String("id")).toString(),
                requiredWebhookTime(commit.value(QLatin1String("timestamp")), QStringLiteral("commits.timestamp")),
                commit.value(QLatin1String("title")).toString(commit.value(QLatin1String("message")).toString()) });
        }
        return result(event, QStringLiteral("recorded"), recordChanges(request, serviceFor(request, project), commits));
    }
    if (event == QLatin1String("Deployment Hook")) {
        const QString state = body.value(QLatin1String("status")).toString();
        if (state != QLatin1String("success") && state != QLatin1String("failed"))
            return result(event, QStringLiteral("ignored"), {}, QStringLiteral("status %1 is not final").arg(state));
        ExternalDeployment d;
        d.serviceId = serviceFor(request, project);
        d.environment = body.value(QLatin1String("environment")).toString();
        d.externalId
            = QStringLiteral("gitlab:") + QString::number(body.value(QLatin1String("deployment_id")).toInteger());
        d.sha = body.value(QLatin1String("short_sha")).toString();
        if (const QJsonValue commit = body.value(QLatin1String("commit_url")); commit.isString())
            d.sha = commit.toString().section(u'/', -1);
        d.version = body.value(QLatin1String("ref")).toString(d.sha);
        d.status = state == QLatin1String("success") ? QStringLiteral("succeeded") : QStringLiteral("failed");
        d.finishedAt
            = requiredWebhookTime(body.value(QLatin1String("status_changed_at")), QStringLiteral("status_changed_at"));
        d.startedAt = d.finishedAt;
        d.source = QStringLiteral("gitlab");
        return result(event, QStringLiteral("recorded"), { recordDeployment(request, m_context.events, d) });
    }
    if (event == QLatin1String("Issue Hook")) {
        const QJsonObject issue = body.value(QLatin1String("object_attributes")).toObject();
        bool incident = issue.value(QLatin1String("issue_type")).toString() == QLatin1String("incident");
        for (const QJsonValue &label : body.value(QLatin1String("labels")).toArray())
            incident |= label.toObject()
                            .value(QLatin1String("title"))
                            .toString()
                            .compare(QLatin1String("incident"), Qt::CaseInsensitive)
                == 0;
        if (!incident)
            return result(event, QStringLiteral("ignored"), {}, QStringLiteral("the issue is not an incident"));
        const QJsonValue closed = issue.value(QLatin1String("closed_at"));
        return result(event, QStringLiteral("recorded"),
            { recordIncident(request, serviceFor(request, project),
                QStringLiteral("gitlab:") + QString::number(issue.value(QLatin1String("id")).toInteger()),
                issue.value(QLatin1String("title")).toString(),
                requiredWebhookTime(
                    issue.value(QLatin1String("created_at")), QStringLiteral("object_attributes.created_at")),
                closed.isString()
                    ? std::optional<qint64>(requiredWebhookTime(closed, QStringLiteral("object_attributes.closed_at")))
                    : std::nullopt,
                QStringLiteral("gitlab")) });
    }
    return result(event, QStringLiteral("ignored"), {}, QStringLiteral("event not used"));
}

}
