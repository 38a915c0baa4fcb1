// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPlatform)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcWorkbench)
Q_DECLARE_LOGGING_CATEGORY(lcAssessment)
Q_DECLARE_LOGGING_CATEGORY(lcTemplates)
