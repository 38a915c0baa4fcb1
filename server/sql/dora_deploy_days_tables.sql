-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 0013's table and index, the same on both databases (read the migration; its triggers
-- are each database's own).
CREATE TABLE dora_deploy_days (
    day BIGINT NOT NULL,
    environment_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    deployments BIGINT NOT NULL,
    rework BIGINT NOT NULL,
    without_changes BIGINT NOT NULL,
    PRIMARY KEY (day, environment_id, service_id)
);
CREATE INDEX deployments_remediated ON deployments (environment_id, finished_at, service_id, id, next_finished_at)
    WHERE status = 'succeeded' AND next_intent IN ('rollback', 'hotfix');
