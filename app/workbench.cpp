// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

#include "platform/platformconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Tarmac {

EmbeddedPlatformPaths EmbeddedPlatformPaths::forThisInstallation()
{
    EmbeddedPlatformPaths paths;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("tarmacd.exe");
#else
    const QString name = QStringLiteral("tarmacd");
#endif
    const QString besideUs = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(besideUs).isExecutable()) {
        paths.serverProgram = besideUs;
    } else {
        paths.serverProgram = QStandardPaths::findExecutable(QStringLiteral("tarmacd"));
        if (paths.serverProgram.isEmpty())
            paths.serverProgram = besideUs; // reported as "not found" with the place we looked
    }
    paths.dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                        .filePath(QStringLiteral("local-platform"));
    return paths;
}

QString installedExampleComposition()
{
    const QString name = QStringLiteral("shop.tarmac.yaml");
    const QDir programDir(QCoreApplication::applicationDirPath());
    const QStringList candidates {
        programDir.filePath(QStringLiteral("../share/tarmac/examples/") + name),
        programDir.filePath(QStringLiteral("../Resources/examples/") + name),
        QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("tarmac/examples/") + name),
    };
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

void startPlatform(PlatformConnection *connection, const QUrl &platformUrl, const EmbeddedPlatformPaths &paths)
{
    if (platformUrl.isEmpty())
        connection->startEmbedded(paths.serverProgram, paths.dataDir);
    else
        connection->connectRemote(platformUrl);
}

}
