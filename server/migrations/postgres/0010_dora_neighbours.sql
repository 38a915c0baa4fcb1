-- SPDX-License-Identifier: GPL-3.0-or-later
-- As migrations/0010 for SQLite: a deployment's neighbours in its service and environment are found
-- by (finished_at, id) as one row value, which the index now ends with, instead of reading every
-- deployment that finished at the same time. Same results as 0009.
DROP INDEX deployments_service_env;
CREATE INDEX deployments_service_env ON deployments (service_id, environment_id, finished_at, id);

CREATE OR REPLACE FUNCTION dora_refresh_next(deployment TEXT) RETURNS void LANGUAGE sql AS $$
    UPDATE deployments SET (next_intent, next_finished_at) = (SELECT n.intent, n.finished_at FROM deployments n
        WHERE n.service_id = deployments.service_id AND n.environment_id = deployments.environment_id
        AND n.status = 'succeeded' AND n.finished_at IS NOT NULL
        AND (n.finished_at, n.id) > (deployments.finished_at, deployments.id)
        ORDER BY n.finished_at, n.id LIMIT 1)
        WHERE id = deployment;
$$;

CREATE OR REPLACE FUNCTION dora_predecessor(service TEXT, environment TEXT, finished BIGINT, deployment TEXT)
RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT p.id FROM deployments p WHERE p.service_id = service AND p.environment_id = environment
        AND p.status = 'succeeded' AND p.finished_at IS NOT NULL
        AND (p.finished_at, p.id) < (finished, deployment)
        ORDER BY p.finished_at DESC, p.id DESC LIMIT 1;
$$;
