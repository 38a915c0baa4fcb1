// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/platformlistmodel.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tarmac {

QDateTime parseTime(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

QString displayTime(const QJsonValue &value)
{
    const QDateTime time = parseTime(value);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

PlatformListModel::PlatformListModel(QString path, QObject *parent)
    : QAbstractTableModel(parent)
    , m_path(std::move(path))
{
}

PlatformListModel::~PlatformListModel()
{
    if (m_pending)
        m_pending->abort();
}

void PlatformListModel::setClient(PlatformClient *client)
{
    if (m_pending)
        m_pending->abort();
    m_client = client;
}

void PlatformListModel::refresh()
{
    if (!m_client)
        return;
    if (m_pending)
        m_pending->abort();
    request({});
}

void PlatformListModel::clear()
{
    if (m_pending) {
        const QPointer<ApiReply> pending = m_pending;
        m_pending.clear();
        pending->abort();
        Q_EMIT loadingChanged(false);
    }
    beginResetModel();
    m_items.clear();
    m_nextCursor.clear();
    m_lastError = {};
    m_fromCache = false;
    m_cachedAt = {};
    endResetModel();
}

void PlatformListModel::request(const QString &cursor)
{
    QUrlQuery query = m_query;
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    ApiReply *reply = m_client->get(m_path, query);
    m_pending = reply;
    const bool first = cursor.isEmpty();
    connect(reply, &ApiReply::finished, this, [this, reply, first] { onPage(reply, first); });
    Q_EMIT loadingChanged(true);
}

void PlatformListModel::onPage(ApiReply *reply, bool first)
{
    if (reply != m_pending)
        return; // superseded by a refresh
    m_pending.clear();
    if (!reply->ok()) {
        if (reply->error().kind != ApiError::Kind::Cancelled) {
            m_lastError = reply->error();
            Q_EMIT loadingChanged(false);
            Q_EMIT failed(m_lastError);
        }
        return;
    }
    m_lastError = {};
    const QJsonObject page = reply->json().toObject();
    const QJsonArray items = page.value("items"_L1).toArray();
    QList<QJsonObject> objects;
    objects.reserve(items.size());
    for (const QJsonValue &value : items)
        objects.append(value.toObject());
    m_nextCursor = page.value("nextCursor"_L1).toString();
    if (first) {
        beginResetModel();
        m_items = objects;
        m_fromCache = reply->fromCache();
        m_cachedAt = reply->cachedAt();
        endResetModel();
    } else if (!objects.isEmpty()) {
        // A page may repeat an item that moved while paging (a new deployment pushed the list down).
        QList<QJsonObject> fresh;
        for (const QJsonObject &object : std::as_const(objects)) {
            if (rowOf(object.value("id"_L1).toString()) < 0)
                fresh.append(object);
        }
        if (!fresh.isEmpty()) {
            beginInsertRows({}, int(m_items.size()), int(m_items.size() + fresh.size() - 1));
            m_items.append(fresh);
            endInsertRows();
        }
    }
    Q_EMIT loadingChanged(false);
    Q_EMIT loaded();
}

int PlatformListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).value("id"_L1).toString() == id)
            return int(row);
    }
    return -1;
}

void PlatformListModel::upsert(const QJsonObject &item)
{
    const int row = rowOf(item.value("id"_L1).toString());
    if (row >= 0) {
        QJsonObject merged = m_items.at(row);
        for (auto it = item.constBegin(); it != item.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        m_items[row] = merged;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_items.prepend(item);
    endInsertRows();
}

int PlatformListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant PlatformListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &item = m_items.at(index.row());
    switch (role) {
    case PlatformRoles::IdRole:
        return item.value("id"_L1).toString();
    case PlatformRoles::ObjectRole:
        return item;
    default:
        return cell(item, index.column(), role);
    }
}

bool PlatformListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_nextCursor.isEmpty() && !m_pending && !m_fromCache;
}

void PlatformListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_nextCursor);
}

}
