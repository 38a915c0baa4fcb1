// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Tarmac {

class PlatformConnection;

// Where the workbench finds tarmacd and keeps the embedded platform's data; one place so that the
// application and its tests agree.
struct EmbeddedPlatformPaths {
    QString serverProgram;
    QString dataDir;

    // tarmacd next to the running executable, else on PATH; data under the user's data folder.
    static EmbeddedPlatformPaths forThisInstallation();
};

// The example composition installed with Tarmac (share/tarmac/examples beside the program's folder,
// the app bundle's Resources on macOS, or the system's data folders), or empty when there is none.
QString installedExampleComposition();

// Connects to the platform at platformUrl, or starts the embedded one when the URL is empty.
void startPlatform(PlatformConnection *connection, const QUrl &platformUrl, const EmbeddedPlatformPaths &paths);

}
