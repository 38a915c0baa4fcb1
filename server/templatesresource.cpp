// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatesresource.h"

#include "apierror.h"
#include "apirequest.h"
#include "database.h"
#include "httperror.h"
#include "pagedlist.h"
#include "router.h"
#include "servercontext.h"
#include "sql.h"
#include "templates/manifestloader.h"
#include "templates/pathguard.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

namespace Tarmac::Server {

namespace {
using Method = QHttpServerRequest::Method;

const QString Columns = QStringLiteral("SELECT t.id, t.name, t.version, t.kind, t.title, t.description, t.tags, "
                                       "t.owner, t.published_by, t.published_at FROM template_versions t");

// No later version of the same template: a higher version, or the same one published after.
const QString IsLatest = QStringLiteral(
    "NOT EXISTS (SELECT 1 FROM template_versions n WHERE n.name = t.name AND (n.version_key > t.version_key "
    "OR (n.version_key = t.version_key AND n.id > t.id)))");

QJsonObject versionJson(const QSqlQuery &q)
{
    return { { QStringLiteral("id"), q.value(0).toString() }, { QStringLiteral("name"), q.value(1).toString() },
        { QStringLiteral("version"), q.value(2).toString() }, { QStringLiteral("kind"), q.value(3).toString() },
        { QStringLiteral("title"), q.value(4).toString() }, { QStringLiteral("description"), q.value(5).toString() },
        { QStringLiteral("tags"), QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array() },
        { QStringLiteral("owner"), q.value(7).toString() }, { QStringLiteral("publishedBy"), q.value(8).toString() },
        { QStringLiteral("publishedAt"), Json::timeOrNull(q.value(9)) } };
}

// The version with its files.
QJsonObject load(const ApiRequest &request, const QString &id)
{
    QSqlQuery q = sqlExec(request.database(), Columns + QStringLiteral(" WHERE t.id = ?"), { id });
    if (!q.next())
        throw ApiError::notFound(QStringLiteral("template version"), id);
    QJsonObject json = versionJson(q);
    QSqlQuery files = sqlExec(request.database(),
        QStringLiteral("SELECT path, content FROM template_files WHERE template_version_id = ? ORDER BY path"), { id });
    QJsonObject byPath;
    while (files.next())
        byPath.insert(files.value(0).toString(), files.value(1).toString());
    json.insert(QStringLiteral("files"), byPath);
    return json;
}

// Sorts as semantic versions compare: numbers by value, a pre-release before its release (pre-releases
// of one version among themselves as text). Digits decide up to the pre-release, and digits sort alike
// in every collation, so PostgreSQL with a locale's collation (which skips punctuation) agrees with
// SQLite. The manifest loader has already checked the shape.
QString versionKey(const QString &version)
{
    static const QRegularExpression semver(QStringLiteral(R"(^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?)"));
    const QRegularExpressionMatch match = semver.match(version);
    QString key;
    for (int part = 1; part <= 3; ++part)
        key += QStringLiteral("%1").arg(match.captured(part).toULongLong(), 10, 10, QLatin1Char('0'));
    return key + (match.hasCaptured(4) ? QStringLiteral("0") + match.captured(4) : QStringLiteral("1"));
}

QJsonObject pathError(const QString &path, const QString &message)
{
    return { { QStringLiteral("path"), path }, { QStringLiteral("message"), message } };
}

ApiError invalidFiles(const QJsonArray &errors)
{
    const QJsonObject first = errors.at(0).toObject();
    return ApiError(QHttpServerResponse::StatusCode::UnprocessableEntity, QStringLiteral("validation_failed"),
        QStringLiteral("files: '%1': %2")
            .arg(first.value(QLatin1String("path")).toString(), first.value(QLatin1String("message")).toString()),
        { { QStringLiteral("field"), QStringLiteral("files") }, { QStringLiteral("errors"), errors } });
}

struct Publication {
    TemplateManifest manifest;
    QMap<QString, QString> files; // normalised path -> text, sorted
    QString hash;
};

// The files in the body, each path kept inside the template's folder by the workbench's own path
// guard; 422 listing every bad path.
QMap<QString, QString> filesOf(const ApiRequest &request)
{
    const QJsonValue value = request.body().value(QLatin1String("files"));
    if (!value.isObject() || value.toObject().isEmpty())
        throw ApiError::invalid(QStringLiteral("files"),
            QStringLiteral("must be an object of the template folder's files, each relative path to its text: "
                           "{\"template.yaml\": \"...\", \"skeleton/README.md\": \"...\"}"));
    const QJsonObject object = value.toObject();
    QMap<QString, QString> files;
    QJsonArray errors;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QString why;
        const QString path = PathGuard::normalise(it.key(), &why);
        if (!why.isEmpty())
            errors.append(
                pathError(it.key(), why.replace(QLatin1String("output folder"), QLatin1String("template's folder"))));
        else if (path.isEmpty())
            errors.append(pathError(it.key(), QStringLiteral("is not a file path")));
        else if (!it.value().isString())
            errors.append(pathError(it.key(), QStringLiteral("must have text content")));
        else if (files.contains(path))
            errors.append(pathError(it.key(), QStringLiteral("names the same file as '%1'").arg(path)));
        else
            files.insert(path, it.value().toString());
    }
    if (!errors.isEmpty())
        throw invalidFiles(errors);
    return files;
}

// Each fetch step's folder must be among the files: a published template carries what it renders.
void checkFetchedFolders(const TemplateManifest &manifest, const QMap<QString, QString> &files)
{
    QJsonArray errors;
    for (const TemplateStep &step : manifest.steps) {
        if (step.action != QLatin1String("fetch:template") && step.action != QLatin1String("fetch:plain"))
            continue;
        const QString url = step.input.value(QLatin1String("url")).toString();
        if (url.contains(QLatin1String("${{")) || url.contains(QLatin1String("://")))
            continue;
        QString why;
        const QString folder = PathGuard::normalise(url, &why);
        bool found = false;
        for (auto it = files.constBegin(); it != files.constEnd() && why.isEmpty() && !found; ++it)
            found = folder.isEmpty() || it.key().startsWith(folder + QLatin1Char('/'));
        if (!found)
            errors.append(QJsonObject { { QStringLiteral("path"), QStringLiteral("template.yaml") },
                { QStringLiteral("line"), step.line }, { QStringLiteral("column"), step.column },
                { QStringLiteral("message"),
                    QStringLiteral("step '%1' fetches '%2', which is not among the published files; a published "
                                   "template must carry every folder it fetches")
                        .arg(step.id.isEmpty() ? step.action : step.id, url) } });
    }
    if (!errors.isEmpty())
        throw invalidFiles(errors);
}

// The body as a template version: its files, and the manifest read by the workbench's own loader;
// 422 with each problem's line and column in template.yaml when it is not a template.
Publication publicationOf(const ApiRequest &request)
{
    Publication publication;
    publication.files = filesOf(request);
    const auto manifestText = publication.files.constFind(QStringLiteral("template.yaml"));
    if (manifestText == publication.files.constEnd())
        throw ApiError::invalid(QStringLiteral("files"),
            QStringLiteral("has no template.yaml; a template is a folder with its manifest at the top"));
    ManifestLoader::Result loaded
        = ManifestLoader::loadFromData(manifestText->toUtf8(), QStringLiteral("template.yaml"));
    if (!loaded.manifest || hasErrors(loaded.diagnostics)) {
        QJsonArray errors;
        for (const TemplateDiagnostic &d : std::as_const(loaded.diagnostics)) {
            if (d.isError())
                errors.append(QJsonObject { { QStringLiteral("path"), QStringLiteral("template.yaml") },
                    { QStringLiteral("line"), d.line }, { QStringLiteral("column"), d.column },
                    { QStringLiteral("message"), d.message } });
        }
        const QJsonObject first = errors.at(0).toObject();
        throw ApiError(QHttpServerResponse::StatusCode::UnprocessableEntity, QStringLiteral("validation_failed"),
            QStringLiteral("template.yaml: line %1, column %2: %3")
                .arg(first.value(QLatin1String("line")).toInt())
                .arg(first.value(QLatin1String("column")).toInt())
                .arg(first.value(QLatin1String("message")).toString()),
            { { QStringLiteral("field"), QStringLiteral("files") }, { QStringLiteral("errors"), errors } });
    }
    publication.manifest = *loaded.manifest;
    checkFetchedFolders(publication.manifest, publication.files);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = publication.files.constBegin(); it != publication.files.constEnd(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(it.value().toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    publication.hash = QString::fromLatin1(hash.result().toHex());
    return publication;
}

void requireKnown(const ApiRequest &request, const QString &name)
{
    if (!sqlExec(request.database(), QStringLiteral("SELECT 1 FROM template_versions WHERE name = ?"), { name }).next())
        throw ApiError::notFound(QStringLiteral("template"), name);
}
}

TemplatesResource::TemplatesResource(ServerContext &context)
    : m_context(context)
{
}

void TemplatesResource::addRoutes(Router &router)
{
    // The latest version of each template, most recently published first.
    router.add(Method::Get, QStringLiteral("/api/v1/templates"), [](ApiRequest &request) {
        QStringList where { IsLatest };
        QVariantList values;
        if (request.hasQuery(QStringLiteral("kind"))) {
            const QString kind = request.query(QStringLiteral("kind"));
            if (kind != QLatin1String("service") && kind != QLatin1String("resource"))
                throw ApiError::badRequest(QStringLiteral("kind must be service or resource"),
                    { { QStringLiteral("parameter"), QStringLiteral("kind") } });
            where.append(QStringLiteral("t.kind = ?"));
            values << kind;
        }
        return QHttpServerResponse(pagedList(request, Columns, where, values, versionJson, QStringLiteral("t.id")));
    });
    router.add(Method::Get, QStringLiteral("/api/v1/templates/{name}"), [](ApiRequest &request) {
        const QString name = request.parameter(QStringLiteral("name"));
        QSqlQuery q = request.hasQuery(QStringLiteral("version"))
            ? sqlExec(request.database(),
                  QStringLiteral("SELECT id FROM template_versions WHERE name = ? AND version = ?"),
                  { name, request.query(QStringLiteral("version")) })
            : sqlExec(request.database(),
                  QStringLiteral("SELECT id FROM template_versions WHERE name = ? "
                                 "ORDER BY version_key DESC, id DESC LIMIT 1"),
                  { name });
        if (!q.next()) {
            if (!request.hasQuery(QStringLiteral("version")))
                throw ApiError::notFound(QStringLiteral("template"), name);
            requireKnown(request, name);
            throw ApiError::notFound(
                QStringLiteral("template version"), name + QLatin1Char('@') + request.query(QStringLiteral("version")));
        }
        return QHttpServerResponse(load(request, q.value(0).toString()));
    });
    // Every published version of one template, most recently published first.
    router.add(Method::Get, QStringLiteral("/api/v1/templates/{name}/versions"), [](ApiRequest &request) {
        const QString name = request.parameter(QStringLiteral("name"));
        requireKnown(request, name);
        return QHttpServerResponse(pagedList(
            request, Columns, { QStringLiteral("t.name = ?") }, { name }, versionJson, QStringLiteral("t.id")));
    });
    router.addCreating(Method::Post, QStringLiteral("/api/v1/templates"), [](ApiRequest &request) {
        request.requireRole({ "owner", "admin" });
        const Publication publication = publicationOf(request);
        const TemplateManifest &manifest = publication.manifest;
        QSqlQuery existing = sqlExec(request.database(),
            QStringLiteral("SELECT id, content_hash FROM template_versions WHERE name = ? AND version = ?"),
            { manifest.name, manifest.version });
        if (existing.next()) {
            if (existing.value(1).toString() == publication.hash)
                return QHttpServerResponse(load(request, existing.value(0).toString()));
            throw ApiError(QHttpServerResponse::StatusCode::Conflict, QStringLiteral("version_exists"),
                QStringLiteral("%1 %2 is already published with other files; versions never change, so publish "
                               "these under a new metadata.tarmac.version")
                    .arg(manifest.name, manifest.version),
                { { QStringLiteral("name"), manifest.name }, { QStringLiteral("version"), manifest.version },
                    { QStringLiteral("id"), existing.value(0).toString() } });
        }
        const QString id = newId(QStringLiteral("tpl"));
        sqlExec(request.database(),
            QStringLiteral("INSERT INTO template_versions (id, name, version, version_key, kind, title, description, "
                           "tags, owner, content_hash, published_by, published_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { id, manifest.name, manifest.version, versionKey(manifest.version), manifest.kindName(), manifest.title,
                manifest.description,
                QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(manifest.tags)).toJson(QJsonDocument::Compact)),
                manifest.owner, publication.hash, request.principal().id, nowMs() });
        QSqlQuery insert = sqlPrepare(request.database(),
            QStringLiteral("INSERT INTO template_files (template_version_id, path, content) VALUES (?, ?, ?)"));
        for (auto it = publication.files.constBegin(); it != publication.files.constEnd(); ++it)
            sqlRun(insert, { id, it.key(), it.value() });
        return createdResponseAt(load(request, id),
            QStringLiteral("/api/v1/templates/%1?version=%2")
                .arg(manifest.name, QString::fromUtf8(QUrl::toPercentEncoding(manifest.version))));
    });
}

}
