// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "assessmentcommand.h"
#include "templatecommands.h"

namespace Tarmac::Ctl {

QList<Command> commands()
{
    return {
        { "render", "render a golden-path template with parameters into a folder", runRenderCommand },
        { "validate", "check a template, or generated files: YAML, Kubernetes manifests, secrets", runValidateCommand },
        { "templates", "list the golden-path templates (templates list [--json])", runTemplatesCommand },
        { "drift", "compare a service's files with a fresh render of its template", nullptr },
        { "deploy", "deploy a service to an environment and follow its progress", nullptr },
        { "deployments", "list deployments", nullptr },
        { "metrics", "DORA and adoption metrics for a scope and time range", nullptr },
        { "assessment", "export a maturity assessment session as a report", runAssessmentCommand },
    };
}

}
