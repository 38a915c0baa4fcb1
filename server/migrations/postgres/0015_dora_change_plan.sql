-- SPDX-License-Identifier: GPL-3.0-or-later
-- dora_refresh_change (0014) with a plan that cannot go wrong with the table statistics. PL/pgSQL
-- keeps a generic plan, and one made while deployments looked empty (a new database before its
-- first ANALYZE) started from the production deployments and probed each one's links: its cost
-- grew with every deployment, 2.5 ms a call after 2,400 deployments of one service, where the same
-- lookup from the change's own links costs 0.1 ms. Each link's deployment is now found by its id
-- alone in a LATERAL subquery with LIMIT 1, which the planner can neither flatten nor narrow with
-- the status (a kept plan once read every succeeded deployment through the status index instead):
-- the lookup starts from the change's links and reaches each deployment through its key.
CREATE OR REPLACE FUNCTION dora_refresh_change(change TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE changes SET (shipped_by, shipped_at) = (SELECT d.id, d.finished_at FROM deployment_changes dc
        CROSS JOIN LATERAL (SELECT d.id, d.finished_at, d.status, d.environment_id FROM deployments d
            WHERE d.id = dc.deployment_id LIMIT 1) d
        WHERE dc.change_id = changes.id AND d.status = 'succeeded' AND d.finished_at IS NOT NULL
            AND EXISTS (SELECT 1 FROM environments e WHERE e.id = d.environment_id AND e.production = 1)
        ORDER BY d.finished_at, d.id LIMIT 1)
        WHERE id = change;
END
$$;
