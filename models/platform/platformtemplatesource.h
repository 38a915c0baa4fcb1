// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QThreadPool;

namespace Tarmac {

class ApiReply;
struct ApiError;
class PlatformClient;
class PlatformConnection;
class TemplateCatalog;

// The platform as the template catalog's third source. Fetches the latest version of every
// published template (GET /templates, then each one's files) through its own PlatformClient, writes
// them into a per-platform cache folder on the thread pool, and points the catalog at that folder,
// so published templates render like a user folder's and stay usable offline. Follows the
// workbench's connection: another platform shows that platform's cache and fetches anew. A platform
// that fails leaves the catalog's other sources, and its last cached templates, as they were; the
// error is in status().
class PlatformTemplateSource : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Fetching, Ready, Failed };
    Q_ENUM(State)

    PlatformTemplateSource(PlatformConnection *connection, TemplateCatalog *catalog, QObject *parent = nullptr);
    ~PlatformTemplateSource() override;

    State state() const { return m_state; }
    // "platform: NAME", the source the catalog names these templates by.
    QString sourceName() const;
    // One line for people: fetching, how many templates, or what went wrong (and that cached ones are shown).
    QString statusText() const;
    // Where this platform's templates are cached.
    QString cacheFolder() const;

public Q_SLOTS:
    // Fetches the platform's templates again.
    void refresh();

Q_SIGNALS:
    void stateChanged();

private:
    void showCached();
    // Stops a fetch under way and points the catalog at this platform's cache; false before the
    // connection has an address.
    bool useCache();
    void listPage(const QString &cursor);
    void fetchNext();
    void store();
    void fail(const QString &message);
    void setState(State state);
    // Runs done with the reply once it finishes, unless a newer refresh started meanwhile.
    void whenFinished(ApiReply *reply, void (PlatformTemplateSource::*done)(ApiReply *));
    void onPage(ApiReply *reply);
    void onTemplate(ApiReply *reply);

    PlatformConnection *m_connection;
    TemplateCatalog *m_catalog;
    PlatformClient *m_client;
    QThreadPool *m_writer; // one write at a time into the cache folder
    QPointer<ApiReply> m_reply;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    QString m_error;
    QJsonArray m_listed; // the latest version of each template, as listed
    QJsonObject m_fetched; // name -> files
    qsizetype m_next = 0; // the next of m_listed to fetch
    int m_count = 0; // templates in the cache after the last successful fetch
};

}
