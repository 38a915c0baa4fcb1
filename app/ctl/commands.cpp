// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

namespace Tarmac::Ctl {

QList<Command> commands()
{
    return {
        { "render", "render a golden-path template with parameters into a folder", nullptr },
        { "validate", "check generated files: YAML, Kubernetes manifests, Dockerfiles", nullptr },
        { "drift", "compare a service's files with a fresh render of its template", nullptr },
        { "deploy", "deploy a service to an environment and follow its progress", nullptr },
        { "deployments", "list deployments", nullptr },
        { "metrics", "DORA and adoption metrics for a scope and time range", nullptr },
        { "assessment", "export a maturity assessment session as a report", nullptr },
    };
}

}
