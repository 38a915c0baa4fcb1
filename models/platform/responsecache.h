// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace Tarmac {

class PlatformClient;
class PlatformConnection;

// The last known answers of one platform (services, deployments, environments, metrics) on disk,
// so that the workbench can still show them, marked as cached, while the platform cannot answer.
// Reads and writes run on the thread pool: the GUI thread never waits for the disk.
class ResponseCache : public QObject {
    Q_OBJECT
public:
    struct Entry {
        bool valid = false;
        QJsonValue json;
        QDateTime savedAt;
    };

    // folder: where this platform's answers live (see folderFor).
    explicit ResponseCache(QString folder, QObject *parent = nullptr);
    ~ResponseCache() override;

    // <cache location>/platforms/<one folder per platform>; the embedded platform is "local" (its
    // URL changes every start), a remote one is named by its URL.
    static QString folderFor(const PlatformConnection *connection);
    // Gives client the cache of connection's platform: keeps *cache while the platform stays the same,
    // otherwise replaces it with a new one owned by parent. Nothing until the platform has an address.
    static void followPlatform(
        const PlatformConnection *connection, PlatformClient *client, ResponseCache **cache, QObject *parent);
    // The key of a GET worth keeping, or an empty string for one that is not.
    static QString keyFor(const QString &path, const QUrlQuery &query);

    QString folder() const { return m_folder; }
    void store(const QString &key, const QJsonValue &json);
    // Calls done(entry) on the application's thread (where context must live) once the file is read;
    // not at all if context is gone by then.
    void load(const QString &key, QObject *context, std::function<void(const Entry &)> done) const;
    // Blocking read, for tarmacctl and tests.
    Entry loadNow(const QString &key) const;
    // Waits until every pending write landed (tests, and before the program exits).
    void waitForWrites() const;

private:
    QString fileFor(const QString &key) const;

    QString m_folder;
};

}
