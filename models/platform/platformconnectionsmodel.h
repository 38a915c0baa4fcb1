// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QUrl>

namespace Tarmac {

// One platform the workbench knows: the embedded local one, or a remote one at a URL. Never the
// token: that lives in the keychain (TokenStore), named by the URL.
struct PlatformEndpoint {
    QString id; // "local" for the embedded platform
    QString name;
    QUrl url; // empty for the embedded platform
    QString caFile; // optional PEM file with the platform's CA certificate(s)

    bool isEmbedded() const;
    bool operator==(const PlatformEndpoint &) const = default;
};

// The platforms the workbench can talk to: the embedded one (always first, never removed) and any
// number of remote ones, with the one in use marked. Kept in QSettings (without tokens).
class PlatformConnectionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { NameColumn, UrlColumn, CaFileColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole,
        UrlRole, // QUrl
        EmbeddedRole, // bool
        ActiveRole, // bool
    };

    static const QString embeddedId;

    explicit PlatformConnectionsModel(QObject *parent = nullptr);
    ~PlatformConnectionsModel() override;

    // Reads the list and the active one from QSettings; save() writes them.
    void load();
    void save() const;

    // What is wrong with endpoint as a new or edited remote connection (named field and reason), or
    // an empty string. replacingId: the connection being edited, which may keep its own URL.
    QString validate(const PlatformEndpoint &endpoint, const QString &replacingId = {}) const;
    // Adds a remote connection (it must validate); returns its new id.
    QString add(PlatformEndpoint endpoint);
    bool update(const PlatformEndpoint &endpoint);
    // The embedded platform cannot be removed; removing the active one makes the embedded one active.
    bool remove(const QString &id);

    QString activeId() const { return m_activeId; }
    void setActiveId(const QString &id);
    PlatformEndpoint endpoint(const QString &id) const;
    PlatformEndpoint active() const { return endpoint(m_activeId); }
    int rowOf(const QString &id) const;
    // The remote connection whose URL this is, if any (for a URL given on the command line).
    PlatformEndpoint findByUrl(const QUrl &url) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void activeChanged(const QString &id);

private:
    PlatformEndpoint embedded() const;

    QList<PlatformEndpoint> m_endpoints; // [0] is the embedded platform
    QString m_activeId;
};

}
