// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/responsecache.h"

#include "core/logging.h"
#include "platform/platformclient.h"
#include "platform/platformconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace Tarmac {

namespace {
// One pool for the cache's files, so that waitForWrites() waits for them and nothing else.
QThreadPool *cachePool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1); // in order: a later answer is never overwritten by an earlier one
    return &pool;
}

QString hashed(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

ResponseCache::Entry readEntry(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    // The key is stored too: a hash collision must not answer with another call's data.
    if (object.value(QLatin1String("key")).toString() != key)
        return {};
    ResponseCache::Entry entry;
    entry.savedAt = QDateTime::fromString(object.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
    entry.json = object.value(QLatin1String("body"));
    entry.valid = entry.savedAt.isValid() && !entry.json.isUndefined();
    return entry;
}
}

ResponseCache::ResponseCache(QString folder, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
{
}

ResponseCache::~ResponseCache() = default;

QString ResponseCache::folderFor(const PlatformConnection *connection)
{
    const QString id = connection->kind() == PlatformConnection::Kind::Embedded
        ? u"local"_s
        : hashed(connection->baseUrl().adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString());
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/platforms/"_s + id;
}

void ResponseCache::followPlatform(
    const PlatformConnection *connection, PlatformClient *client, ResponseCache **cache, QObject *parent)
{
    if (connection->baseUrl().isEmpty())
        return;
    const QString folder = folderFor(connection);
    if (*cache && (*cache)->folder() == folder)
        return;
    delete *cache;
    *cache = new ResponseCache(folder, parent);
    client->setCache(*cache);
}

QString ResponseCache::keyFor(const QString &path, const QUrlQuery &query)
{
    static const QStringList kept { u"/services"_s, u"/deployments"_s, u"/environments"_s, u"/metrics/"_s, u"/teams"_s,
        u"/incidents"_s };
    bool keep = false;
    for (const QString &prefix : kept)
        keep = keep || path.startsWith(prefix);
    if (!keep || path.endsWith(u"/events"_s))
        return {};
    return query.isEmpty() ? path : path + u'?' + query.toString(QUrl::FullyEncoded);
}

QString ResponseCache::fileFor(const QString &key) const
{
    return m_folder + u'/' + hashed(key) + u".json"_s;
}

void ResponseCache::store(const QString &key, const QJsonValue &json)
{
    const QString path = fileFor(key);
    const QString folder = m_folder;
    const QJsonObject object { { u"key"_s, key },
        { u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) }, { u"body"_s, json } };
    cachePool()->start([path, folder, object] {
        QDir().mkpath(folder);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0
            || !file.commit())
            qCWarning(lcPlatform) << "cannot keep an answer in the offline cache" << path << file.errorString();
    });
}

void ResponseCache::load(const QString &key, QObject *context, std::function<void(const Entry &)> done) const
{
    const QString path = fileFor(key);
    QPointer<QObject> guard(context);
    cachePool()->start([path, key, guard, done = std::move(done)] {
        const Entry entry = readEntry(path, key);
        // Back on the application's thread, where context lives and the guard may be read safely.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, entry] {
                if (guard)
                    done(entry);
            },
            Qt::QueuedConnection);
    });
}

ResponseCache::Entry ResponseCache::loadNow(const QString &key) const
{
    waitForWrites();
    return readEntry(fileFor(key), key);
}

void ResponseCache::waitForWrites() const
{
    cachePool()->waitForDone();
}

}
