// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformclient.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUrlQuery>

namespace Tarmac {

// Roles every platform list model shares, so that views need not include the models.
namespace PlatformRoles {
enum Role {
    IdRole = Qt::UserRole, // the item's id (QString)
    ObjectRole, // the item as the API gave it (QJsonObject)
    SortRole, // a value that sorts (times as QDateTime)
    FilterRole, // the raw value a filter compares (a status name, a service name)
};
}

// A table of one paginated API list (GET path?limit=&cursor=): the first page on refresh(), the
// next ones as the view scrolls (canFetchMore/fetchMore), all asynchronous. Says when it is
// loading, what failed, and when it shows the offline cache's copy.
class PlatformListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit PlatformListModel(QString path, QObject *parent = nullptr);
    ~PlatformListModel() override;

    void setClient(PlatformClient *client);
    PlatformClient *client() const { return m_client; }
    // Server-side filters (service=, environment=...); refresh() to apply.
    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setPageSize(int size) { m_pageSize = size; }
    // Asks for the first page again; the rows are replaced when it arrives.
    void refresh();
    // Forgets every row and any pending page (the client now talks to another platform).
    void clear();

    bool isLoading() const { return !m_pending.isNull(); }
    const ApiError &lastError() const { return m_lastError; }
    bool isFromCache() const { return m_fromCache; }
    QDateTime cachedAt() const { return m_cachedAt; }

    QJsonObject item(int row) const { return m_items.value(row); }
    int rowOf(const QString &id) const;
    // Puts an item the client learnt about (a new deployment, a status change) in place: updated
    // where its id is, otherwise first (lists are newest first).
    void upsert(const QJsonObject &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page arrived (fromCache: the platform did not answer; the rows are its last known ones).
    void loaded();
    void failed(const Tarmac::ApiError &error);

protected:
    // What a cell shows; row's item as the API gave it.
    virtual QVariant cell(const QJsonObject &item, int column, int role) const = 0;

private:
    void request(const QString &cursor);
    void onPage(ApiReply *reply, bool first);

    QString m_path;
    PlatformClient *m_client = nullptr;
    QUrlQuery m_query;
    int m_pageSize = 50;
    QList<QJsonObject> m_items;
    QString m_nextCursor;
    QPointer<ApiReply> m_pending;
    ApiError m_lastError;
    bool m_fromCache = false;
    QDateTime m_cachedAt;
};

// A time from the API (RFC 3339, UTC), shown in local time; an empty string for null.
QString displayTime(const QJsonValue &value);
QDateTime parseTime(const QJsonValue &value);

}
