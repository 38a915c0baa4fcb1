// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtable.h"

#include "assessmentcommand.h"
#include "compositioncommands.h"
#include "deploycommands.h"
#include "metricscommand.h"
#include "templatecatalogcommands.h"
#include "templatecommands.h"

namespace Tarmac::Ctl {

QList<Command> commands()
{
    return {
        { "render", "render a golden-path template with parameters into a folder", runRenderCommand },
        { "validate", "check a template, or generated files: YAML, Kubernetes manifests, secrets", runValidateCommand },
        { "templates",
            "list the golden-path templates, or publish one to the platform (templates list [--platform URL] [--json], "
            "templates publish FOLDER)",
            runTemplatesCommand },
        { "compose", "render a composition (*.tarmac.yaml) into a folder: services, compose file, kustomization",
            runComposeCommand },
        { "drift", "compare a service's files with a fresh render of its template", runDriftCommand },
        { "deploy", "deploy a service to an environment and follow its progress", runDeployCommand },
        { "deployments", "list deployments (deployments list [--service --env --status --json])",
            runDeploymentsCommand },
        { "metrics", "DORA and adoption metrics for a scope and time range", runMetricsCommand },
        { "assessment", "export a maturity assessment session as a report", runAssessmentCommand,
            assessmentCommandDraws },
    };
}

bool commandLineDraws(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString name = QString::fromLocal8Bit(argv[1]);
    for (const Command &command : commands()) {
        if (name != QLatin1String(command.name) || !command.draws)
            continue;
        QStringList arguments;
        for (int i = 2; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        return command.draws(arguments);
    }
    return false;
}

}
