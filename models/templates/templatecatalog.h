// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace Tarmac {

// The templates Tarmac knows: the built-in ones compiled into the program (:/templates), those
// in user folders, which are watched and reloaded when they change, and then those the platform
// publishes, from the folder they are cached in (PlatformTemplateSource keeps it up to date). Folders
// whose name starts with '_' hold shared skeleton parts, not templates.
class TemplateCatalog : public QObject {
    Q_OBJECT
public:
    struct Entry {
        TemplateManifest manifest;
        QString source; // "built-in", the user folder it came from, or "platform: NAME"
        QString sharedRoot; // the folder relative fetch URLs may reach into
    };

    static QString builtInFolder() { return QStringLiteral(":/templates"); }

    explicit TemplateCatalog(QObject *parent = nullptr);
    ~TemplateCatalog() override;

    // Folders searched after the built-in templates; watched for changes.
    void setUserFolders(const QStringList &folders);
    QStringList userFolders() const { return m_userFolders; }
    // The folder the platform's templates are cached in, loaded after the user folders with source as
    // their source ("platform: staging"); an empty folder for none. Takes effect on the next load.
    void setPlatformFolder(const QString &folder, const QString &source);
    QString platformFolder() const { return m_platformFolder; }

    // Loads everything now, on the calling thread (for tarmacctl and tests).
    void loadNow();
    // Loads on a worker thread; changed() follows.
    void reload();

    const QList<Entry> &entries() const { return m_entries; }
    // Manifests that failed to load, with their errors.
    const TemplateDiagnostics &diagnostics() const { return m_diagnostics; }
    // By name (later sources win), or a folder or template.yaml path.
    std::optional<Entry> find(const QString &nameOrPath) const;
    QList<TemplateManifest> resourceTemplates() const;
    RenderRequest request(
        const Entry &entry, const QJsonObject &parameters, const QList<ResourceAttachment> &resources = {}) const;

    struct Loaded {
        QList<Entry> entries;
        TemplateDiagnostics diagnostics;
    };
    static Loaded load(
        const QStringList &userFolders, const QString &platformFolder = {}, const QString &platformSource = {});
    // What find(name) needs, for a caller that renders one template without resources and without
    // the platform's folder: the user folders in full (a template there overrides a built-in one of
    // the same name), then only the built-in template whose folder has that name. Everything, as
    // load(userFolders) does, when no such folder holds a manifest of that name.
    static Loaded loadFor(const QString &name, const QStringList &userFolders);
    // Takes what load() returned, for a caller that loaded on a thread of its own.
    void setLoaded(const Loaded &loaded) { apply(loaded); }

Q_SIGNALS:
    void changed();

private:
    void apply(const Loaded &loaded);
    void watch();

    QStringList m_userFolders;
    QString m_platformFolder;
    QString m_platformSource;
    QList<Entry> m_entries;
    TemplateDiagnostics m_diagnostics;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    quint64 m_generation = 0;
};

}
