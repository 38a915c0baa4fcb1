// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcPlatform, "tarmac.platform", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "tarmac.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkbench, "tarmac.workbench", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAssessment, "tarmac.assessment", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTemplates, "tarmac.templates", QtInfoMsg)
