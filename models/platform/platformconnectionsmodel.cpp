// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/platformconnectionsmodel.h"

#include "platform/tokenstore.h"

#include <QFileInfo>
#include <QFont>
#include <QHostAddress>
#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Tarmac {

namespace {
const QString listKey = u"platforms/remote"_s;
const QString activeKey = u"platforms/active"_s;

// One spelling per address, so that the same platform is one keychain entry and one list row.
QUrl normalised(const QUrl &url)
{
    QUrl result = url.adjusted(QUrl::StripTrailingSlash);
    if (result.path() == u"/"_s)
        result.setPath(QString());
    return result;
}

bool isLoopback(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
}

const QString PlatformConnectionsModel::embeddedId = u"local"_s;

bool PlatformEndpoint::isEmbedded() const
{
    return id == PlatformConnectionsModel::embeddedId;
}

PlatformConnectionsModel::PlatformConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_activeId(embeddedId)
{
    m_endpoints.append(embedded());
}

PlatformConnectionsModel::~PlatformConnectionsModel() = default;

PlatformEndpoint PlatformConnectionsModel::embedded() const
{
    return { embeddedId, tr("Local platform"), {}, {} };
}

void PlatformConnectionsModel::load()
{
    QSettings settings;
    beginResetModel();
    m_endpoints = { embedded() };
    const int count = settings.beginReadArray(listKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        PlatformEndpoint endpoint { settings.value("id"_L1).toString(), settings.value("name"_L1).toString(),
            QUrl(settings.value("url"_L1).toString()), settings.value("caFile"_L1).toString() };
        // A hand-edited or damaged entry is left out rather than shown half-working.
        if (endpoint.id.isEmpty() || endpoint.isEmbedded() || !endpoint.url.isValid() || rowOf(endpoint.id) >= 0)
            continue;
        m_endpoints.append(endpoint);
    }
    settings.endArray();
    const QString active = settings.value(activeKey, embeddedId).toString();
    m_activeId = rowOf(active) >= 0 ? active : embeddedId;
    endResetModel();
}

void PlatformConnectionsModel::save() const
{
    QSettings settings;
    settings.remove(listKey);
    settings.beginWriteArray(listKey, int(m_endpoints.size() - 1));
    for (int i = 1; i < m_endpoints.size(); ++i) {
        const PlatformEndpoint &endpoint = m_endpoints.at(i);
        settings.setArrayIndex(i - 1);
        settings.setValue("id"_L1, endpoint.id);
        settings.setValue("name"_L1, endpoint.name);
        settings.setValue("url"_L1, endpoint.url.toString());
        settings.setValue("caFile"_L1, endpoint.caFile);
    }
    settings.endArray();
    settings.setValue(activeKey, m_activeId);
}

QString PlatformConnectionsModel::validate(const PlatformEndpoint &endpoint, const QString &replacingId) const
{
    const QString name = endpoint.name.trimmed();
    if (name.isEmpty())
        return tr("Name: give the connection a name.");
    const QUrl &url = endpoint.url;
    if (url.isEmpty())
        return tr("Address: enter the platform's URL, for example https://platform.example.org.");
    if (!url.isValid())
        return tr("Address: \"%1\" is not a URL (%2).").arg(url.toString(), url.errorString());
    if (url.scheme() != "https"_L1 && url.scheme() != "http"_L1)
        return tr("Address: \"%1\" must start with https:// (or http:// on this machine).").arg(url.toString());
    if (url.host().isEmpty())
        return tr("Address: \"%1\" has no host name.").arg(url.toString());
    // The token travels with every call: never in clear text over a network.
    if (url.scheme() == "http"_L1 && !isLoopback(url.host()))
        return tr("Address: plain http:// would send the token unencrypted to %1; use https://, or http:// only for "
                  "this machine (127.0.0.1, localhost).")
            .arg(url.host());
    if (!endpoint.caFile.isEmpty() && !QFileInfo(endpoint.caFile).isFile())
        return tr("CA certificate: the file %1 does not exist.").arg(endpoint.caFile);
    for (const PlatformEndpoint &other : m_endpoints) {
        if (other.id == replacingId)
            continue;
        if (other.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("Name: another connection is already called \"%1\".").arg(other.name);
        if (!other.isEmbedded() && TokenStore::keyFor(other.url) == TokenStore::keyFor(url))
            return tr("Address: the connection \"%1\" already uses %2.").arg(other.name, TokenStore::keyFor(url));
    }
    return {};
}

QString PlatformConnectionsModel::add(PlatformEndpoint endpoint)
{
    if (!validate(endpoint).isEmpty())
        return {};
    endpoint.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    endpoint.name = endpoint.name.trimmed();
    endpoint.url = normalised(endpoint.url);
    const int row = int(m_endpoints.size());
    beginInsertRows({}, row, row);
    m_endpoints.append(endpoint);
    endInsertRows();
    save();
    return endpoint.id;
}

bool PlatformConnectionsModel::update(const PlatformEndpoint &endpoint)
{
    const int row = rowOf(endpoint.id);
    if (row <= 0 || !validate(endpoint, endpoint.id).isEmpty())
        return false;
    PlatformEndpoint &stored = m_endpoints[row];
    stored.name = endpoint.name.trimmed();
    stored.url = normalised(endpoint.url);
    stored.caFile = endpoint.caFile;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    save();
    return true;
}

bool PlatformConnectionsModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row <= 0)
        return false;
    beginRemoveRows({}, row, row);
    m_endpoints.removeAt(row);
    endRemoveRows();
    if (m_activeId == id)
        setActiveId(embeddedId);
    save();
    return true;
}

void PlatformConnectionsModel::setActiveId(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || id == m_activeId)
        return;
    const int before = rowOf(m_activeId);
    m_activeId = id;
    if (before >= 0)
        Q_EMIT dataChanged(index(before, 0), index(before, ColumnCount - 1));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    save();
    Q_EMIT activeChanged(id);
}

PlatformEndpoint PlatformConnectionsModel::endpoint(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? PlatformEndpoint() : m_endpoints.at(row);
}

int PlatformConnectionsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_endpoints.size(); ++row) {
        if (m_endpoints.at(row).id == id)
            return row;
    }
    return -1;
}

PlatformEndpoint PlatformConnectionsModel::findByUrl(const QUrl &url) const
{
    for (const PlatformEndpoint &endpoint : m_endpoints) {
        if (!endpoint.isEmbedded() && TokenStore::keyFor(endpoint.url) == TokenStore::keyFor(url))
            return endpoint;
    }
    return {};
}

int PlatformConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int PlatformConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlatformConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlatformEndpoint &endpoint = m_endpoints.at(index.row());
    const bool active = endpoint.id == m_activeId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return active ? tr("%1 (in use)").arg(endpoint.name) : endpoint.name;
        case UrlColumn:
            return endpoint.isEmbedded() ? tr("started by the workbench")
                                         : endpoint.url.toDisplayString(QUrl::RemoveUserInfo);
        case CaFileColumn:
            return endpoint.caFile;
        }
        return {};
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(endpoint.name) : data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (active) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return endpoint.id;
    case UrlRole:
        return endpoint.url;
    case EmbeddedRole:
        return endpoint.isEmbedded();
    case ActiveRole:
        return active;
    }
    return {};
}

QVariant PlatformConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UrlColumn:
        return tr("Address");
    case CaFileColumn:
        return tr("CA certificate");
    }
    return {};
}

}
