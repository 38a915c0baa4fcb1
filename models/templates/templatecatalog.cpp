// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/templatecatalog.h"

#include "core/logging.h"
#include "templates/manifestloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

namespace Tarmac {

namespace {

void loadFolder(const QString &root, const QString &source, TemplateCatalog::Loaded &loaded)
{
    const QDir dir(root);
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (name.startsWith(QLatin1Char('_')) || name.startsWith(QLatin1Char('.')))
            continue;
        const QString manifestPath = dir.filePath(name + QStringLiteral("/template.yaml"));
        if (!QFileInfo::exists(manifestPath))
            continue;
        ManifestLoader::Result result = ManifestLoader::load(manifestPath);
        loaded.diagnostics += result.diagnostics;
        if (result.manifest)
            loaded.entries.append({ *result.manifest, source, root });
    }
}

}

TemplateCatalog::TemplateCatalog(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    // Editors save in several steps: wait for the folder to settle before reloading.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, &TemplateCatalog::reload);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
}

TemplateCatalog::~TemplateCatalog() = default;

void TemplateCatalog::setUserFolders(const QStringList &folders)
{
    m_userFolders = folders;
}

void TemplateCatalog::setPlatformFolder(const QString &folder, const QString &source)
{
    m_platformFolder = folder;
    m_platformSource = source;
}

TemplateCatalog::Loaded TemplateCatalog::load(
    const QStringList &userFolders, const QString &platformFolder, const QString &platformSource)
{
    Loaded loaded;
    loadFolder(builtInFolder(), QStringLiteral("built-in"), loaded);
    for (const QString &folder : userFolders)
        loadFolder(folder, folder, loaded);
    if (!platformFolder.isEmpty())
        loadFolder(platformFolder, platformSource, loaded);
    return loaded;
}

TemplateCatalog::Loaded TemplateCatalog::loadFor(const QString &name, const QStringList &userFolders)
{
    Loaded loaded;
    for (const QString &folder : userFolders)
        loadFolder(folder, folder, loaded);
    const bool overridden = std::any_of(
        loaded.entries.cbegin(), loaded.entries.cend(), [&](const Entry &e) { return e.manifest.name == name; });
    const bool folderName = !name.isEmpty() && !name.startsWith(QLatin1Char('_')) && !name.startsWith(QLatin1Char('.'))
        && !name.contains(QLatin1Char('/'));
    if (overridden || !folderName)
        return overridden ? loaded : load(userFolders);
    const QString manifestPath = builtInFolder() + QLatin1Char('/') + name + QStringLiteral("/template.yaml");
    if (!QFileInfo::exists(manifestPath))
        return load(userFolders);
    ManifestLoader::Result result = ManifestLoader::load(manifestPath);
    if (!result.manifest || result.manifest->name != name)
        return load(userFolders);
    loaded.entries.prepend({ *result.manifest, QStringLiteral("built-in"), builtInFolder() });
    loaded.diagnostics = result.diagnostics + loaded.diagnostics;
    return loaded;
}

void TemplateCatalog::loadNow()
{
    apply(load(m_userFolders, m_platformFolder, m_platformSource));
}

void TemplateCatalog::reload()
{
    const quint64 generation = ++m_generation;
    const QStringList folders = m_userFolders;
    const QString platformFolder = m_platformFolder;
    const QString platformSource = m_platformSource;
    QPointer<TemplateCatalog> self(this);
    QThreadPool::globalInstance()->start([self, folders, platformFolder, platformSource, generation] {
        Loaded loaded = load(folders, platformFolder, platformSource);
        // The catalog may go away while this runs: only its own thread may look at the pointer, so
        // the answer goes through the application object and is checked there.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, loaded, generation] {
                if (self && generation == self->m_generation)
                    self->apply(loaded);
            },
            Qt::QueuedConnection);
    });
}

void TemplateCatalog::apply(const Loaded &loaded)
{
    m_entries = loaded.entries;
    m_diagnostics = loaded.diagnostics;
    for (const TemplateDiagnostic &d : std::as_const(m_diagnostics))
        qCWarning(lcTemplates).noquote() << d.toString();
    watch();
    Q_EMIT changed();
}

void TemplateCatalog::watch()
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    QStringList paths;
    for (const QString &folder : std::as_const(m_userFolders)) {
        if (!QFileInfo(folder).isDir())
            continue;
        paths.append(folder);
        QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && paths.size() < 2000)
            paths.append(it.next());
        const QDir dir(folder);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString manifest = dir.filePath(name + QStringLiteral("/template.yaml"));
            if (QFileInfo::exists(manifest))
                paths.append(manifest);
        }
    }
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

std::optional<TemplateCatalog::Entry> TemplateCatalog::find(const QString &nameOrPath) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->manifest.name == nameOrPath)
            return *it;
    }
    const QFileInfo info(nameOrPath);
    if (!nameOrPath.contains(QLatin1Char('/')) && !info.exists())
        return std::nullopt;
    ManifestLoader::Result result = ManifestLoader::load(nameOrPath);
    if (!result.manifest)
        return std::nullopt;
    return Entry { *result.manifest, QStringLiteral("path"), result.manifest->directory };
}

QList<TemplateManifest> TemplateCatalog::resourceTemplates() const
{
    QList<TemplateManifest> result;
    for (const Entry &e : m_entries) {
        if (e.manifest.kind == TemplateManifest::Kind::Resource)
            result.append(e.manifest);
    }
    return result;
}

RenderRequest TemplateCatalog::request(
    const Entry &entry, const QJsonObject &parameters, const QList<ResourceAttachment> &resources) const
{
    RenderRequest r;
    r.manifest = entry.manifest;
    r.parameters = parameters;
    r.resources = resources;
    r.resourceTemplates = resourceTemplates();
    r.sharedRoot = entry.sharedRoot;
    return r;
}

}
