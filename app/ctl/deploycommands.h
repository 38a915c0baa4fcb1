// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Tarmac::Ctl {

// tarmacctl deploy SERVICE --env ENV [--follow] [--intent planned|hotfix|rollback] [--version V] [--bundle DIR]
int runDeployCommand(const QStringList &arguments);
// tarmacctl deployments list [--service S] [--env E] [--status S] [--limit N] [--json]
int runDeploymentsCommand(const QStringList &arguments);

}
