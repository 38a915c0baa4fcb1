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

void startPlatform(PlatformConnection *connection, const QUrl &platformUrl, const EmbeddedPlatformPaths &paths)
{
    if (platformUrl.isEmpty())
        connection->startEmbedded(paths.serverProgram, paths.dataDir);
    else
        connection->connectRemote(platformUrl);
}

}
