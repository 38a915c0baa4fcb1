-- SPDX-License-Identifier: GPL-3.0-or-later
-- As migrations/0011 for SQLite: the DORA query's index seeks to each production environment's
-- succeeded deployments in the range instead of walking every environment's.
CREATE INDEX deployments_dora_production ON deployments (status, environment_id, finished_at) INCLUDE (service_id,
    intent, next_intent, next_finished_at, carried);
DROP INDEX deployments_dora;
