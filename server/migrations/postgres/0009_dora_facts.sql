-- SPDX-License-Identifier: GPL-3.0-or-later
-- PostgreSQL's spelling of 0009_dora_facts.sql (read that first): the same facts and backfill, kept
-- by trigger functions. Several tarmacd instances may write at once: each trigger first takes a
-- transaction lock on the service, so that two deployments of one service finishing together
-- work out their neighbours and shipments one after the other, each seeing the other's rows.
-- Statements inside a $$ body end with ';' too: the body ends at its closing $$.
ALTER TABLE changes ADD COLUMN shipped_by TEXT;
ALTER TABLE changes ADD COLUMN shipped_at BIGINT;
ALTER TABLE deployments ADD COLUMN next_intent TEXT;
ALTER TABLE deployments ADD COLUMN next_finished_at BIGINT;
ALTER TABLE deployments ADD COLUMN carried INTEGER NOT NULL DEFAULT 0;

-- Set-based backfill: one pass each instead of a lookup per row (shared with demo data).
\i dora_facts_backfill.sql
CREATE INDEX changes_shipped ON changes (shipped_at) INCLUDE (committed_at, service_id);
CREATE INDEX deployments_dora ON deployments (status, finished_at) INCLUDE (environment_id, service_id, intent,
    next_intent, next_finished_at, carried, id);

-- The first counted deployment of one change.
CREATE FUNCTION dora_refresh_change(change TEXT) RETURNS void LANGUAGE sql AS $$
    UPDATE changes SET (shipped_by, shipped_at) = (SELECT d.id, d.finished_at FROM deployment_changes dc
        JOIN deployments d ON d.id = dc.deployment_id JOIN environments e ON e.id = d.environment_id
        WHERE dc.change_id = changes.id AND d.status = 'succeeded' AND d.finished_at IS NOT NULL AND e.production = 1
        ORDER BY d.finished_at, d.id LIMIT 1)
        WHERE id = change;
$$;

-- The next successful deployment of one deployment's service and environment.
CREATE FUNCTION dora_refresh_next(deployment TEXT) RETURNS void LANGUAGE sql AS $$
    UPDATE deployments SET (next_intent, next_finished_at) = (SELECT n.intent, n.finished_at FROM deployments n
        WHERE n.service_id = deployments.service_id AND n.environment_id = deployments.environment_id
        AND n.status = 'succeeded' AND n.finished_at IS NOT NULL
        AND (n.finished_at > deployments.finished_at OR (n.finished_at = deployments.finished_at AND n.id > deployments.id))
        ORDER BY n.finished_at, n.id LIMIT 1)
        WHERE id = deployment;
$$;

-- The successful deployment just before a position in a service and environment's history.
CREATE FUNCTION dora_predecessor(service TEXT, environment TEXT, finished BIGINT, deployment TEXT)
RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT p.id FROM deployments p WHERE p.service_id = service AND p.environment_id = environment
        AND p.status = 'succeeded' AND p.finished_at IS NOT NULL
        AND (p.finished_at < finished OR (p.finished_at = finished AND p.id < deployment))
        ORDER BY p.finished_at DESC, p.id DESC LIMIT 1;
$$;

CREATE FUNCTION dora_lock_service(service TEXT) RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(7261009, hashtext(service));
$$;

CREATE FUNCTION dora_link_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    link deployment_changes%ROWTYPE;
BEGIN
    IF TG_OP = 'DELETE' THEN
        link := OLD;
    ELSE
        link := NEW;
    END IF;
    PERFORM dora_lock_service((SELECT service_id FROM changes WHERE id = link.change_id));
    UPDATE deployments SET carried = carried + (CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END)
        WHERE id = link.deployment_id;
    PERFORM dora_refresh_change(link.change_id);
    RETURN NULL;
END
$$;

CREATE FUNCTION dora_deployment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM dora_lock_service(OLD.service_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM dora_lock_service(NEW.service_id);
        PERFORM dora_refresh_next(NEW.id);
        PERFORM dora_refresh_next(dora_predecessor(NEW.service_id, NEW.environment_id, NEW.finished_at, NEW.id));
        PERFORM dora_refresh_change(dc.change_id) FROM deployment_changes dc WHERE dc.deployment_id = NEW.id;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM dora_refresh_next(dora_predecessor(OLD.service_id, OLD.environment_id, OLD.finished_at, OLD.id));
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION dora_environment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dora_refresh_change(c.change_id) FROM (SELECT DISTINCT dc.change_id FROM deployment_changes dc
        JOIN deployments d ON d.id = dc.deployment_id WHERE d.environment_id = NEW.id) c;
    RETURN NULL;
END
$$;

CREATE TRIGGER dora_link_changed AFTER INSERT OR DELETE ON deployment_changes
    FOR EACH ROW EXECUTE FUNCTION dora_link_changed();
CREATE TRIGGER dora_deployment_inserted AFTER INSERT ON deployments
    FOR EACH ROW WHEN (NEW.status = 'succeeded' AND NEW.finished_at IS NOT NULL)
    EXECUTE FUNCTION dora_deployment_changed();
CREATE TRIGGER dora_deployment_updated AFTER UPDATE OF status, finished_at, service_id, environment_id, intent
    ON deployments FOR EACH ROW WHEN (NEW.status = 'succeeded' OR OLD.status = 'succeeded')
    EXECUTE FUNCTION dora_deployment_changed();
CREATE TRIGGER dora_deployment_deleted AFTER DELETE ON deployments
    FOR EACH ROW WHEN (OLD.status = 'succeeded') EXECUTE FUNCTION dora_deployment_changed();
CREATE TRIGGER dora_environment_production AFTER UPDATE OF production ON environments
    FOR EACH ROW EXECUTE FUNCTION dora_environment_changed();
