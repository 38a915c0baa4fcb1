// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/platformtemplatesource.h"

#include "core/logging.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"
#include "platform/responsecache.h"
#include "templates/pathguard.h"
#include "templates/templatecatalog.h"
#include "templates/templatefolder.h"

#include <QDir>
#include <QSet>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace Tarmac {

PlatformTemplateSource::PlatformTemplateSource(
    PlatformConnection *connection, TemplateCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_catalog(catalog)
    , m_client(new PlatformClient(connection, this))
    , m_writer(new QThreadPool(this))
{
    m_writer->setMaxThreadCount(1);
    // Another platform: its own cached templates at once, then fresh ones when it answers.
    connect(m_connection, &PlatformConnection::targetChanged, this, &PlatformTemplateSource::showCached);
    connect(m_connection, &PlatformConnection::stateChanged, this, [this](PlatformConnection::State state) {
        if (state == PlatformConnection::State::Connected || state == PlatformConnection::State::Failed)
            refresh();
    });
    if (!m_connection->baseUrl().isEmpty()) {
        showCached();
        if (m_connection->state() == PlatformConnection::State::Connected)
            refresh();
    }
}

PlatformTemplateSource::~PlatformTemplateSource()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
}

QString PlatformTemplateSource::sourceName() const
{
    QString name = m_connection->displayName();
    if (name.isEmpty())
        name = m_connection->kind() == PlatformConnection::Kind::Embedded
            ? tr("local")
            : m_connection->baseUrl().adjusted(QUrl::RemoveUserInfo).authority();
    return tr("platform: %1").arg(name);
}

QString PlatformTemplateSource::cacheFolder() const
{
    return ResponseCache::folderFor(m_connection) + u"/templates"_s;
}

QString PlatformTemplateSource::statusText() const
{
    switch (m_state) {
    case State::Idle:
        return QString();
    case State::Fetching:
        return tr("%1: fetching templates…").arg(sourceName());
    case State::Ready:
        return tr("%1: %n template(s)", nullptr, m_count).arg(sourceName());
    case State::Failed:
        return tr("%1: cannot fetch templates: %2 Templates fetched before are still shown.")
            .arg(sourceName(), m_error);
    }
    Q_UNREACHABLE_RETURN(QString());
}

void PlatformTemplateSource::showCached()
{
    if (useCache())
        setState(State::Idle);
}

bool PlatformTemplateSource::useCache()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    if (m_connection->baseUrl().isEmpty())
        return false;
    m_catalog->setPlatformFolder(cacheFolder(), sourceName());
    m_catalog->reload();
    return true;
}

void PlatformTemplateSource::refresh()
{
    if (!useCache())
        return;
    m_listed = {};
    m_fetched = {};
    m_next = 0;
    m_error.clear();
    setState(State::Fetching);
    listPage({});
}

void PlatformTemplateSource::whenFinished(ApiReply *reply, void (PlatformTemplateSource::*done)(ApiReply *))
{
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation, done] {
        if (generation == m_generation)
            (this->*done)(reply);
    });
}

void PlatformTemplateSource::listPage(const QString &cursor)
{
    whenFinished(m_client->listTemplates({}, cursor, 200), &PlatformTemplateSource::onPage);
}

void PlatformTemplateSource::onPage(ApiReply *reply)
{
    if (!reply->ok()) {
        fail(reply->error().describe());
        return;
    }
    const QJsonObject page = reply->json().toObject();
    for (const QJsonValue &item : page.value("items"_L1).toArray())
        m_listed.append(item);
    const QString next = page.value("nextCursor"_L1).toString();
    if (!next.isEmpty())
        listPage(next);
    else
        fetchNext();
}

void PlatformTemplateSource::fetchNext()
{
    if (m_next == m_listed.size()) {
        store();
        return;
    }
    const QJsonObject item = m_listed.at(m_next++).toObject();
    whenFinished(m_client->templateVersion(item.value("name"_L1).toString(), item.value("version"_L1).toString()),
        &PlatformTemplateSource::onTemplate);
}

void PlatformTemplateSource::onTemplate(ApiReply *reply)
{
    if (!reply->ok()) {
        fail(reply->error().describe());
        return;
    }
    const QJsonObject version = reply->json().toObject();
    const QString name = version.value("name"_L1).toString();
    // The name becomes a folder: one that is not a single plain folder name never reaches the disk.
    QString why;
    if (name.isEmpty() || name.contains(u'/') || PathGuard::normalise(name, &why) != name || name.startsWith(u'.')) {
        fail(tr("the platform sent a template named '%1', which cannot be a folder name").arg(name));
        return;
    }
    m_fetched.insert(name, version.value("files"_L1).toObject());
    fetchNext();
}

void PlatformTemplateSource::store()
{
    const QString folder = cacheFolder();
    const QJsonObject fetched = m_fetched;
    const quint64 generation = m_generation;
    QPointer<PlatformTemplateSource> self(this);
    m_writer->start([self, folder, fetched, generation] {
        QStringList problems;
        for (auto it = fetched.constBegin(); it != fetched.constEnd(); ++it) {
            for (const TemplateDiagnostic &d : TemplateFolder::write(it.value().toObject(), folder + u'/' + it.key()))
                problems.append(d.toString());
        }
        // Templates the platform no longer lists leave the cache.
        const QDir dir(folder);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!fetched.contains(name) && !name.startsWith(u'.'))
                QDir(dir.filePath(name)).removeRecursively();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, problems, generation, count = int(fetched.size())] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_catalog->reload();
                if (!problems.isEmpty()) {
                    self->fail(
                        tr("cannot write the templates to %1: %2").arg(self->cacheFolder(), problems.join(u"; "_s)));
                    return;
                }
                self->m_count = count;
                self->setState(State::Ready);
            },
            Qt::QueuedConnection);
    });
}

void PlatformTemplateSource::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcPlatform).noquote() << sourceName() << message;
    setState(State::Failed);
}

void PlatformTemplateSource::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

}
