-- SPDX-License-Identifier: GPL-3.0-or-later
-- PostgreSQL's spelling of 0013_dora_deploy_days.sql (read that first): the same table and index,
-- kept by one trigger function.
\i dora_deploy_days_tables.sql
\i dora_deploy_days_backfill.sql
-- The failed deployments that incidents are attributed to are found by hashing those few and
-- reading the range's deployments from this index alone, which needs their id (SQLite's has it).
DROP INDEX deployments_dora_production;
CREATE INDEX deployments_dora_production ON deployments (status, environment_id, finished_at) INCLUDE (service_id,
    intent, next_intent, next_finished_at, carried, id);
-- The window rule's search for an incident's deployment reads the index alone: it probes once per
-- incident without an explicit deployment (32,859 of 50,000 at 1M), and fetching each candidate's row
-- for its status was most of that statement's 0.45 s.
DROP INDEX deployments_service_env;
CREATE INDEX deployments_service_env ON deployments (service_id, environment_id, finished_at, id) INCLUDE (status);

CREATE FUNCTION dora_count_deployment(d deployments, delta INTEGER) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dora_deploy_days AS t (day, environment_id, service_id, deployments, rework, without_changes)
        VALUES (d.finished_at / 86400000, d.environment_id, d.service_id, delta,
            CASE WHEN d.intent IN ('hotfix', 'rollback') THEN delta ELSE 0 END, CASE WHEN d.carried = 0 THEN delta ELSE 0 END)
        ON CONFLICT (day, environment_id, service_id) DO UPDATE SET deployments = t.deployments + EXCLUDED.deployments,
            rework = t.rework + EXCLUDED.rework, without_changes = t.without_changes + EXCLUDED.without_changes;
END
$$;

CREATE FUNCTION dora_deployment_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.status = 'succeeded' AND OLD.finished_at IS NOT NULL THEN
        PERFORM dora_count_deployment(OLD, -1);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status = 'succeeded' AND NEW.finished_at IS NOT NULL THEN
        PERFORM dora_count_deployment(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER dora_deployment_counted AFTER INSERT OR DELETE ON deployments
    FOR EACH ROW EXECUTE FUNCTION dora_deployment_counted();
CREATE TRIGGER dora_deployment_recounted AFTER UPDATE OF status, finished_at, environment_id, service_id, intent, carried
    ON deployments FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.finished_at IS DISTINCT FROM NEW.finished_at
        OR OLD.environment_id IS DISTINCT FROM NEW.environment_id OR OLD.service_id IS DISTINCT FROM NEW.service_id
        OR OLD.intent IS DISTINCT FROM NEW.intent OR OLD.carried IS DISTINCT FROM NEW.carried)
    EXECUTE FUNCTION dora_deployment_counted();
