-- SPDX-License-Identifier: GPL-3.0-or-later
-- On SQLite, which writes in process and has no deferred triggers, the row triggers stay (the
-- settle at commit is PostgreSQL's: migrations/postgres/0015). What both take from it: 0009's
-- trigger for an environment's production flag fires only when the flag changes. tarmacd sets
-- the configured environments' flags at every start, and the unchanged flag re-derived every
-- production change's shipment: 63-70 s before a start over 1M deployments, 0.8 s without.
DROP TRIGGER dora_environment_production;
CREATE TRIGGER dora_environment_production AFTER UPDATE OF production ON environments
    WHEN OLD.production IS NOT NEW.production
BEGIN
    UPDATE changes SET (shipped_by, shipped_at) = (SELECT d.id, d.finished_at FROM deployment_changes dc
        CROSS JOIN deployments d ON d.id = dc.deployment_id JOIN environments e ON e.id = d.environment_id
        WHERE dc.change_id = changes.id AND d.status = 'succeeded' AND d.finished_at IS NOT NULL AND e.production = 1
        ORDER BY d.finished_at, d.id LIMIT 1)
        WHERE id IN (SELECT dc.change_id FROM deployment_changes dc JOIN deployments d ON d.id = dc.deployment_id
            WHERE d.environment_id = NEW.id);
END;
