-- SPDX-License-Identifier: GPL-3.0-or-later
-- The DORA facts of 0009/0010 (a deployment's carried changes and next deployment, a change's first
-- production deployment) worked out once per transaction, at its commit, for everything it touched
-- together, instead of on every row event. tarmacd writes a batch of deployments in one transaction
-- (WriteBatch); on every row the triggers took the service's lock, looked up neighbours and updated
-- the same rows again and again (a deployment's row three times: its links' count, its next, and as
-- the next one's predecessor), over a millisecond per deployment written. Now the row triggers only
-- note what changed in dora_pending, and a deferred constraint trigger settles it at commit with
-- one statement for the deployments and one for the changes, so every writer (psql too) still
-- commits the facts with its rows. The kept counts of 0012/0013 follow the settled rows as before.
-- Same results as the row triggers: tst_dorametrics rebuilds demo data's facts through them.
-- Unlogged: a transaction empties its own rows before it commits, so there is nothing to recover.
CREATE UNLOGGED TABLE dora_pending (
    xact xid8 NOT NULL,
    -- s: settle this transaction (one row, whose insert queues the settling);
    -- d: a deployment changed (its next, the one before it, its changes' shipments);
    -- o: a deployment moved or went (the one that was before it: service, environment, finished_at);
    -- l: a deployment's links changed (its carried count); c: a change's links changed.
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    service_id TEXT,
    environment_id TEXT,
    finished_at BIGINT,
    PRIMARY KEY (xact, kind, id)
);

CREATE FUNCTION dora_note(what TEXT, id TEXT, service TEXT, environment TEXT, finished BIGINT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    -- The first note of a kind and id stands: for a deployment that moves twice, where it was when
    -- the transaction began.
    INSERT INTO dora_pending (xact, kind, id, service_id, environment_id, finished_at)
        VALUES (pg_current_xact_id(), 's', '', NULL, NULL, NULL),
            (pg_current_xact_id(), what, id, service, environment, finished)
        ON CONFLICT DO NOTHING;
END
$$;

-- NEW is NULL in a DELETE trigger, OLD in an INSERT one.
CREATE OR REPLACE FUNCTION dora_link_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dora_pending (xact, kind, id)
        VALUES (pg_current_xact_id(), 's', ''),
            (pg_current_xact_id(), 'l', COALESCE(NEW.deployment_id, OLD.deployment_id)),
            (pg_current_xact_id(), 'c', COALESCE(NEW.change_id, OLD.change_id))
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION dora_deployment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM dora_note('o', OLD.id, OLD.service_id, OLD.environment_id, OLD.finished_at);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM dora_note('d', NEW.id, NULL, NULL, NULL);
    END IF;
    RETURN NULL;
END
$$;

-- An environment that becomes production or stops being one changes the shipment of every change
-- its deployments carry: noted for the settle as well. Only when the flag changes (see
-- migrations/0015): tarmacd sets the configured environments' flags at every start.
CREATE OR REPLACE FUNCTION dora_environment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dora_pending (xact, kind, id)
        SELECT pg_current_xact_id(), 's', '' UNION ALL
        SELECT DISTINCT pg_current_xact_id(), 'c', dc.change_id FROM deployment_changes dc
            JOIN deployments d ON d.id = dc.deployment_id WHERE d.environment_id = NEW.id
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
DROP TRIGGER dora_environment_production ON environments;
CREATE TRIGGER dora_environment_production AFTER UPDATE OF production ON environments
    FOR EACH ROW WHEN (OLD.production IS DISTINCT FROM NEW.production) EXECUTE FUNCTION dora_environment_changed();

-- The row-by-row helpers of 0009, 0010 and 0014: the settle does their work now.
DROP FUNCTION dora_refresh_change(TEXT);
DROP FUNCTION dora_refresh_next(TEXT);
DROP FUNCTION dora_predecessor(TEXT, TEXT, BIGINT, TEXT);
DROP FUNCTION dora_lock_service(TEXT);

-- Its statements are planned afresh each time (EXECUTE), with the tables as they are then. A plan
-- kept for the connection's life, made while they were small (a new database before its first
-- ANALYZE), goes wrong as they grow: the row-by-row dora_refresh_change cost 2.5 ms a call after
-- 2,400 deployments, walking every production deployment, and a kept plan of the statement for
-- the changes below read every succeeded deployment through the status index to find one by id,
-- 0.6 ms a change after 5,000 deployments.
CREATE FUNCTION dora_settle() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    pending dora_pending[];
BEGIN
    EXECUTE $q$
    WITH taken AS (DELETE FROM dora_pending WHERE xact = pg_current_xact_id() RETURNING dora_pending AS note)
    SELECT array_agg(note) FROM taken WHERE (note).kind <> 's'
    $q$ INTO pending;
    IF pending IS NULL THEN
        RETURN NULL;
    END IF;
    -- The services' locks in one order, so that two transactions settling at once cannot deadlock;
    -- held to the commit, so that one settles after the other has committed and sees its rows.
    EXECUTE $q$
    SELECT COUNT(pg_advisory_xact_lock(7261009, hashtext(s.service_id)))
        FROM (SELECT DISTINCT COALESCE(p.service_id, d.service_id) AS service_id FROM unnest($1) p
              LEFT JOIN deployments d ON d.id = p.id AND p.kind IN ('d', 'l')
              WHERE p.kind IN ('d', 'l', 'o') ORDER BY 1) s
        WHERE s.service_id IS NOT NULL
    $q$ USING pending;

    -- Deployments: the carried count of those whose links changed; the next deployment of those
    -- that changed, and of the one before each of them where it is now and where it was.
    EXECUTE $q$
    WITH positions AS (
        SELECT d.service_id, d.environment_id, d.finished_at, d.id FROM unnest($1) p
            JOIN deployments d ON d.id = p.id WHERE p.kind = 'd'
        UNION ALL
        SELECT p.service_id, p.environment_id, p.finished_at, p.id FROM unnest($1) p WHERE p.kind = 'o'
    ), targets AS (
        SELECT id, bool_or(counts) AS counts, bool_or(nexts) AS nexts FROM (
            SELECT p.id, p.kind = 'l' AS counts, p.kind = 'd' AS nexts FROM unnest($1) p
                WHERE p.kind IN ('l', 'd')
            UNION ALL
            SELECT b.id, false, true FROM positions o CROSS JOIN LATERAL (SELECT b.id FROM deployments b
                WHERE b.service_id = o.service_id AND b.environment_id = o.environment_id
                AND b.status = 'succeeded' AND b.finished_at IS NOT NULL AND (b.finished_at, b.id) < (o.finished_at, o.id)
                ORDER BY b.finished_at DESC, b.id DESC LIMIT 1) b
        ) t GROUP BY id
    ), facts AS (
        SELECT d.id, t.counts, t.nexts,
            CASE WHEN t.counts THEN (SELECT COUNT(*) FROM deployment_changes dc WHERE dc.deployment_id = d.id) END
                AS carried,
            n.intent, n.finished_at
        FROM targets t JOIN deployments d ON d.id = t.id
        LEFT JOIN LATERAL (SELECT n.intent, n.finished_at FROM deployments n
            WHERE t.nexts AND n.service_id = d.service_id AND n.environment_id = d.environment_id
            AND n.status = 'succeeded' AND n.finished_at IS NOT NULL AND (n.finished_at, n.id) > (d.finished_at, d.id)
            ORDER BY n.finished_at, n.id LIMIT 1) n ON true
    )
    UPDATE deployments d SET carried = CASE WHEN f.counts THEN f.carried ELSE d.carried END,
            next_intent = CASE WHEN f.nexts THEN f.intent ELSE d.next_intent END,
            next_finished_at = CASE WHEN f.nexts THEN f.finished_at ELSE d.next_finished_at END
        FROM facts f
        WHERE d.id = f.id AND ((f.counts AND d.carried IS DISTINCT FROM f.carried)
            OR (f.nexts AND (d.next_intent, d.next_finished_at) IS DISTINCT FROM (f.intent, f.finished_at)))
    $q$ USING pending;

    -- Changes: the first production deployment of those whose links changed or whose
    -- environment's production flag changed, and of those a changed deployment carries.
    EXECUTE $q$
    WITH targets AS (
        SELECT p.id FROM unnest($1) p WHERE p.kind = 'c'
        UNION
        SELECT dc.change_id FROM unnest($1) p JOIN deployment_changes dc ON dc.deployment_id = p.id
            WHERE p.kind = 'd'
    ), facts AS (
        SELECT t.id, s.id AS shipped_by, s.finished_at AS shipped_at FROM targets t
        LEFT JOIN LATERAL (SELECT d.id, d.finished_at FROM deployment_changes dc
            CROSS JOIN LATERAL (SELECT d.id, d.finished_at FROM deployments d WHERE d.id = dc.deployment_id
                AND d.status = 'succeeded' AND d.finished_at IS NOT NULL
                AND EXISTS (SELECT 1 FROM environments e WHERE e.id = d.environment_id AND e.production = 1) LIMIT 1) d
            WHERE dc.change_id = t.id ORDER BY d.finished_at, d.id LIMIT 1) s ON true
    )
    UPDATE changes c SET shipped_by = f.shipped_by, shipped_at = f.shipped_at FROM facts f
        WHERE c.id = f.id AND (c.shipped_by, c.shipped_at) IS DISTINCT FROM (f.shipped_by, f.shipped_at)
    $q$ USING pending;

    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER dora_settle AFTER INSERT ON dora_pending DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.kind = 's') EXECUTE FUNCTION dora_settle();
