-- SPDX-License-Identifier: GPL-3.0-or-later
-- The deploy-day counts of 0013 added up once per transaction, at its commit, like 0015's facts.
-- Every deployment of a service on a day counted into one dora_deploy_days row: a transaction that
-- wrote one held that row's lock until it committed, so another writer's first deployment of that
-- service that day (another tarmacd instance's batch) waited for the whole of the first batch. Now
-- the row triggers note their changes in an unlogged table of the transaction's own rows, and a
-- deferred trigger adds them up and writes each count row once, at commit, where 0015's settle
-- already orders writers by service. Unlogged: a transaction empties its own rows before it commits.
CREATE UNLOGGED TABLE dora_count_pending (
    xact xid8 NOT NULL,
    day BIGINT NOT NULL,
    environment_id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    deployments INTEGER NOT NULL,
    rework INTEGER NOT NULL,
    without_changes INTEGER NOT NULL
);
CREATE INDEX dora_count_pending_xact ON dora_count_pending (xact);
-- One row per transaction with counts to add up: its insert queues the adding up.
CREATE UNLOGGED TABLE dora_count_settles (xact xid8 PRIMARY KEY);

CREATE OR REPLACE FUNCTION dora_count_deployment(d deployments, delta INTEGER) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dora_count_settles (xact) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    INSERT INTO dora_count_pending (xact, day, environment_id, service_id, deployments, rework, without_changes)
        VALUES (pg_current_xact_id(), d.finished_at / 86400000, d.environment_id, d.service_id, delta,
            CASE WHEN d.intent IN ('hotfix', 'rollback') THEN delta ELSE 0 END, CASE WHEN d.carried = 0 THEN delta ELSE 0 END);
END
$$;

-- The marker goes first: counts noted after this (0015's settle updates carried counts, which
-- decide without_changes) make a new one, and so one more adding up later in the same commit.
-- The count rows are written in one order, so that two transactions cannot deadlock on them.
CREATE FUNCTION dora_settle_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM dora_count_settles WHERE xact = pg_current_xact_id();
    EXECUTE $q$
    WITH taken AS (DELETE FROM dora_count_pending WHERE xact = pg_current_xact_id()
        RETURNING day, environment_id, service_id, deployments, rework, without_changes)
    INSERT INTO dora_deploy_days AS t (day, environment_id, service_id, deployments, rework, without_changes)
        SELECT day, environment_id, service_id, SUM(deployments), SUM(rework), SUM(without_changes) FROM taken
        GROUP BY day, environment_id, service_id
        HAVING SUM(deployments) <> 0 OR SUM(rework) <> 0 OR SUM(without_changes) <> 0
        ORDER BY day, environment_id, service_id
        ON CONFLICT (day, environment_id, service_id) DO UPDATE SET deployments = t.deployments + EXCLUDED.deployments,
            rework = t.rework + EXCLUDED.rework, without_changes = t.without_changes + EXCLUDED.without_changes
    $q$;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER dora_settle_counts AFTER INSERT ON dora_count_settles DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION dora_settle_counts();
