-- SPDX-License-Identifier: GPL-3.0-or-later
-- The DORA fact triggers of 0009 find a deployment's neighbours in its service and environment by
-- (finished_at, id). With the index ending at finished_at, every deployment that finished at the
-- same time was read and sorted for each write: with all of them finishing at one instant (an
-- import, the API bench) a write cost grew with the history (2 ms at 1,000 rows). The index now
-- ends with id, and the lookups seek to their row:
-- - the predecessor of a position compares (finished_at, id) as one row value;
-- - the next one after a row is the first of two seeks, the next at the same instant and the first
--   after it (SQLite does not seek on a row value against the outer row's columns).
-- Same results as 0009; the triggers are recreated with only these lookups changed.
DROP INDEX deployments_service_env;
CREATE INDEX deployments_service_env ON deployments (service_id, environment_id, finished_at, id);

DROP TRIGGER dora_deployment_inserted;
DROP TRIGGER dora_deployment_updated;
DROP TRIGGER dora_deployment_deleted;

-- A successful deployment written as such (webhooks, imports): its own next, its predecessor's
-- next, and its changes' first shipment.
CREATE TRIGGER dora_deployment_inserted AFTER INSERT ON deployments
WHEN NEW.status = 'succeeded' AND NEW.finished_at IS NOT NULL
BEGIN
    UPDATE deployments SET (next_intent, next_finished_at) = (SELECT intent, finished_at FROM (
        SELECT * FROM (SELECT n.intent, n.finished_at, n.id FROM deployments n INDEXED BY deployments_service_env
            WHERE n.service_id = deployments.service_id AND n.environment_id = deployments.environment_id
            AND n.finished_at = deployments.finished_at AND n.id > deployments.id AND n.status = 'succeeded'
            ORDER BY n.id LIMIT 1)
        UNION ALL
        SELECT * FROM (SELECT n.intent, n.finished_at, n.id FROM deployments n INDEXED BY deployments_service_env
            WHERE n.service_id = deployments.service_id AND n.environment_id = deployments.environment_id
            AND n.finished_at > deployments.finished_at AND n.status = 'succeeded'
            ORDER BY n.finished_at, n.id LIMIT 1))
        ORDER BY finished_at, id LIMIT 1)
        WHERE id IN (NEW.id, (SELECT p.id FROM deployments p INDEXED BY deployments_service_env WHERE p.service_id = NEW.service_id
            AND p.environment_id = NEW.environment_id AND p.status = 'succeeded' AND p.finished_at IS NOT NULL
            AND (p.finished_at, p.id) < (NEW.finished_at, NEW.id)
            ORDER BY p.finished_at DESC, p.id DESC LIMIT 1));
    UPDATE changes SET (shipped_by, shipped_at) = (SELECT d.id, d.finished_at FROM deployment_changes dc
        CROSS JOIN deployments d ON d.id = dc.deployment_id JOIN environments e ON e.id = d.environment_id
        WHERE dc.change_id = changes.id AND d.status = 'succeeded' AND d.finished_at IS NOT NULL AND e.production = 1
        ORDER BY d.finished_at, d.id LIMIT 1)
        WHERE id IN (SELECT change_id FROM deployment_changes WHERE deployment_id = NEW.id);
END;

-- A deployment that finishes (or is corrected): the same, and the predecessor of where it was.
CREATE TRIGGER dora_deployment_updated AFTER UPDATE OF status, finished_at, service_id, environment_id, intent
ON deployments
WHEN NEW.status = 'succeeded' OR OLD.status = 'succeeded'
BEGIN
    UPDATE deployments SET (next_intent, next_finished_at) = (SELECT intent, finished_at FROM (
        SELECT * FROM (SELECT n.intent, n.finished_at, n.id FROM deployments n INDEXED BY deployments_service_env
            WHERE n.service_id = deployments.service_id AND n.environment_id = deployments.environment_id
            AND n.finished_at = deployments.finished_at AND n.id > deployments.id AND n.status = 'succeeded'
            ORDER BY n.id LIMIT 1)
        UNION ALL
        SELECT * FROM (SELECT n.intent, n.finished_at, n.id FROM deployments n INDEXED BY deployments_service_env
            WHERE n.service_id = deployments.service_id AND n.environment_id = deployments.environment_id
            AND n.finished_at > deployments.finished_at AND n.status = 'succeeded'
            ORDER BY n.finished_at, n.id LIMIT 1))
        ORDER BY finished_at, id LIMIT 1)
        WHERE id IN (NEW.id, (SELECT p.id FROM deployments p INDEXED BY deployments_service_env WHERE p.service_id = NEW.service_id
            AND p.environment_id = NEW.environment_id AND p.status = 'succeeded' AND p.finished_at IS NOT NULL
            AND (p.finished_at, p.id) < (NEW.finished_at, NEW.id)
            ORDER BY p.finished_at DESC, p.id DESC LIMIT 1),
            (SELECT p.id FROM deployments p INDEXED BY deployments_service_env WHERE p.service_id = OLD.service_id
            AND p.environment_id = OLD.environment_id AND p.status = 'succeeded' AND p.finished_at IS NOT NULL
            AND (p.finished_at, p.id) < (OLD.finished_at, OLD.id)
            ORDER BY p.finished_at DESC, p.id DESC LIMIT 1));
    UPDATE changes SET (shipped_by, shipped_at) = (SELECT d.id, d.finished_at FROM deployment_changes dc
        CROSS JOIN deployments d ON d.id = dc.deployment_id JOIN environments e ON e.id = d.environment_id
        WHERE dc.change_id = changes.id AND d.status = 'succeeded' AND d.finished_at IS NOT NULL AND e.production = 1
        ORDER BY d.finished_at, d.id LIMIT 1)
        WHERE id IN (SELECT change_id FROM deployment_changes WHERE deployment_id = NEW.id);
END;

CREATE TRIGGER dora_deployment_deleted AFTER DELETE ON deployments
WHEN OLD.status = 'succeeded'
BEGIN
    UPDATE deployments SET (next_intent, next_finished_at) = (SELECT intent, finished_at FROM (
        SELECT * FROM (SELECT n.intent, n.finished_at, n.id FROM deployments n INDEXED BY deployments_service_env
            WHERE n.service_id = deployments.service_id AND n.environment_id = deployments.environment_id
            AND n.finished_at = deployments.finished_at AND n.id > deployments.id AND n.status = 'succeeded'
            ORDER BY n.id LIMIT 1)
        UNION ALL
        SELECT * FROM (SELECT n.intent, n.finished_at, n.id FROM deployments n INDEXED BY deployments_service_env
            WHERE n.service_id = deployments.service_id AND n.environment_id = deployments.environment_id
            AND n.finished_at > deployments.finished_at AND n.status = 'succeeded'
            ORDER BY n.finished_at, n.id LIMIT 1))
        ORDER BY finished_at, id LIMIT 1)
        WHERE id = (SELECT p.id FROM deployments p INDEXED BY deployments_service_env WHERE p.service_id = OLD.service_id
            AND p.environment_id = OLD.environment_id AND p.status = 'succeeded' AND p.finished_at IS NOT NULL
            AND (p.finished_at, p.id) < (OLD.finished_at, OLD.id)
            ORDER BY p.finished_at DESC, p.id DESC LIMIT 1);
END;
