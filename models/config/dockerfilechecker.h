// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatetypes.h"

namespace Tarmac {

class TextPosition;

// A Dockerfile's final stage runs as a non-root USER, and every base image is pinned to a tag or
// digest (not missing, not `latest`).
class DockerfileChecker {
public:
    static void check(const QString &fileName, const TextPosition &positions, TemplateDiagnostics &out);
};

}
