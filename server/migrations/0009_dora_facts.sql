-- SPDX-License-Identifier: GPL-3.0-or-later
-- Facts the DORA metrics need about history, kept up to date as rows are written, so that a year
-- of metrics reads the year's rows instead of working history out again on every request. Triggers
-- keep them, so every writer (the API, webhooks, demo data, a test's fixture) keeps them alike.
-- A counted deployment is a successful one with a finish time to a production environment.
-- - changes.shipped_by, shipped_at: the first counted deployment that carried the change (earliest
--   finish, then smallest id): its lead time ends there.
-- - deployments.next_intent, next_finished_at: for a successful deployment, the next successful one
--   of the same service and environment (a rollback or hotfix there marks this one failed).
-- - deployments.carried: how many changes it carried (none is a data-quality warning).
-- Statements inside a trigger end with ';' too: a trigger ends at its line 'END;'. The triggers name
-- their indexes (INDEXED BY, CROSS JOIN for the order): without statistics SQLite's planner would
-- rather walk every successful deployment by status than a service's few.
ALTER TABLE changes ADD COLUMN shipped_by TEXT;
ALTER TABLE changes ADD COLUMN shipped_at BIGINT;
ALTER TABLE deployments ADD COLUMN next_intent TEXT;
ALTER TABLE deployments ADD COLUMN next_finished_at BIGINT;
ALTER TABLE deployments ADD COLUMN carried INTEGER NOT NULL DEFAULT 0;

-- Set-based backfill: one pass each instead of a lookup per row (shared with demo data).
\i dora_facts_backfill.sql
-- A range's lead times and counted deployments, each read from an index alone.
CREATE INDEX changes_shipped ON changes (shipped_at, committed_at, service_id);
CREATE INDEX deployments_dora ON deployments (status, finished_at, environment_id, service_id, intent, next_intent,
    next_finished_at, carried, id);

CREATE TRIGGER dora_link_inserted AFTER INSERT ON deployment_changes
BEGIN
    UPDATE deployments SET carried = carried + 1 WHERE id = NEW.deployment_id;
    UPDATE changes SET (shipped_by, shipped_at) = (SELECT d.id, d.finished_at FROM deployment_changes dc
        CROSS JOIN deployments d ON d.id = dc.deployment_id JOIN environments e ON e.id = d.environment_id
        WHERE dc.change_id = changes.id AND d.status = 'succeeded' AND d.finished_at IS NOT NULL AND e.production = 1
        ORDER BY d.finished_at, d.id LIMIT 1)
        WHERE id = NEW.change_id;
END;

CREATE TRIGGER dora_link_deleted AFTER DELETE ON deployment_changes
BEGIN
    UPDATE deployments SET carried = carried - 1 WHERE id = OLD.deployment_id;
    UPDATE changes SET (shipped_by, shipped_at) = (SELECT d.id, d.finished_at FROM deployment_changes dc
        CROSS JOIN deployments d ON d.id = dc.deployment_id JOIN environments e ON e.id = d.environment_id
        WHERE dc.change_id = changes.id AND d.status = 'succeeded' AND d.finished_at IS NOT NULL AND e.production = 1
        ORDER BY d.finished_at, d.id LIMIT 1)
        WHERE id = OLD.change_id;
END;

-- A successful deployment written as such (webhooks, imports): its own next, its predecessor's
-- next, and its changes' first shipment.
CREATE TRIGGER dora_deployment_inserted AFTER INSERT ON deployments
WHEN NEW.status = 'succeeded' AND NEW.finished_at IS NOT NULL
BEGIN
    UPDATE deployments SET (next_intent, next_finished_at) = (SELECT n.intent, n.finished_at FROM deployments n INDEXED BY deployments_service_env
        WHERE n.service_id = deployments.service_id AND n.environment_id = deployments.environment_id
        AND n.status = 'succeeded' AND n.finished_at IS NOT NULL
        AND (n.finished_at > deployments.finished_at OR (n.finished_at = deployments.finished_at AND n.id > deployments.id))
        ORDER BY n.finished_at, n.id LIMIT 1)
        WHERE id IN (NEW.id, (SELECT p.id FROM deployments p INDEXED BY deployments_service_env WHERE p.service_id = NEW.service_id
            AND p.environment_id = NEW.environment_id AND p.status = 'succeeded' AND p.finished_at IS NOT NULL
            AND (p.finished_at < NEW.finished_at OR (p.finished_at = NEW.finished_at AND p.id < NEW.id))
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
    UPDATE deployments SET (next_intent, next_finished_at) = (SELECT n.intent, n.finished_at FROM deployments n INDEXED BY deployments_service_env
        WHERE n.service_id = deployments.service_id AND n.environment_id = deployments.environment_id
        AND n.status = 'succeeded' AND n.finished_at IS NOT NULL
        AND (n.finished_at > deployments.finished_at OR (n.finished_at = deployments.finished_at AND n.id > deployments.id))
        ORDER BY n.finished_at, n.id LIMIT 1)
        WHERE id IN (NEW.id, (SELECT p.id FROM deployments p INDEXED BY deployments_service_env WHERE p.service_id = NEW.service_id
            AND p.environment_id = NEW.environment_id AND p.status = 'succeeded' AND p.finished_at IS NOT NULL
            AND (p.finished_at < NEW.finished_at OR (p.finished_at = NEW.finished_at AND p.id < NEW.id))
            ORDER BY p.finished_at DESC, p.id DESC LIMIT 1),
            (SELECT p.id FROM deployments p INDEXED BY deployments_service_env WHERE p.service_id = OLD.service_id
            AND p.environment_id = OLD.environment_id AND p.status = 'succeeded' AND p.finished_at IS NOT NULL
            AND (p.finished_at < OLD.finished_at OR (p.finished_at = OLD.finished_at AND p.id < OLD.id))
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
    UPDATE deployments SET (next_intent, next_finished_at) = (SELECT n.intent, n.finished_at FROM deployments n INDEXED BY deployments_service_env
        WHERE n.service_id = deployments.service_id AND n.environment_id = deployments.environment_id
        AND n.status = 'succeeded' AND n.finished_at IS NOT NULL
        AND (n.finished_at > deployments.finished_at OR (n.finished_at = deployments.finished_at AND n.id > deployments.id))
        ORDER BY n.finished_at, n.id LIMIT 1)
        WHERE id = (SELECT p.id FROM deployments p INDEXED BY deployments_service_env WHERE p.service_id = OLD.service_id
            AND p.environment_id = OLD.environment_id AND p.status = 'succeeded' AND p.finished_at IS NOT NULL
            AND (p.finished_at < OLD.finished_at OR (p.finished_at = OLD.finished_at AND p.id < OLD.id))
            ORDER BY p.finished_at DESC, p.id DESC LIMIT 1);
END;

-- An environment made production or not changes which deployments count.
CREATE TRIGGER dora_environment_production AFTER UPDATE OF production ON environments
BEGIN
    UPDATE changes SET (shipped_by, shipped_at) = (SELECT d.id, d.finished_at FROM deployment_changes dc
        CROSS JOIN deployments d ON d.id = dc.deployment_id JOIN environments e ON e.id = d.environment_id
        WHERE dc.change_id = changes.id AND d.status = 'succeeded' AND d.finished_at IS NOT NULL AND e.production = 1
        ORDER BY d.finished_at, d.id LIMIT 1)
        WHERE id IN (SELECT dc.change_id FROM deployment_changes dc JOIN deployments d ON d.id = dc.deployment_id
            WHERE d.environment_id = NEW.id);
END;
