-- SPDX-License-Identifier: GPL-3.0-or-later
-- PostgreSQL's spelling of 0012_dora_lead_bins.sql (read that first): the same tables and backfill;
-- a change's bin is set before its row is written, its count kept after.
\i dora_lead_bins_tables.sql
\i dora_lead_bins_backfill.sql
CREATE INDEX changes_lead_bin ON changes (lead_bin, shipped_at) INCLUDE (committed_at, service_id);

CREATE FUNCTION dora_change_bin() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.lead_bin := CASE WHEN NEW.shipped_at IS NULL THEN NULL WHEN NEW.shipped_at - NEW.committed_at <= 0 THEN -1
        ELSE (SELECT b.bin FROM dora_lead_bin_bounds b WHERE b.lower_ms <= NEW.shipped_at - NEW.committed_at
            ORDER BY b.lower_ms DESC LIMIT 1) END;
    RETURN NEW;
END
$$;

-- PL/pgSQL, not SQL, here and below: PostgreSQL plans a SQL function's body on every call from a
-- trigger, a PL/pgSQL one once per connection (see 0014).
CREATE FUNCTION dora_count_lead(service TEXT, shipped_on BIGINT, lead_bin INTEGER, delta INTEGER) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dora_lead_bins AS b (service_id, day, bin, changes)
        VALUES (service, shipped_on, lead_bin, delta), ('*', shipped_on, lead_bin, delta)
        ON CONFLICT (service_id, day, bin) DO UPDATE SET changes = b.changes + EXCLUDED.changes;
END
$$;

CREATE FUNCTION dora_change_binned() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.shipped_at IS NOT NULL THEN
        PERFORM dora_count_lead(OLD.service_id, OLD.shipped_at / 86400000, OLD.lead_bin, -1);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.shipped_at IS NOT NULL THEN
        PERFORM dora_count_lead(NEW.service_id, NEW.shipped_at / 86400000, NEW.lead_bin, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER dora_change_bin BEFORE INSERT OR UPDATE OF shipped_at, committed_at ON changes
    FOR EACH ROW EXECUTE FUNCTION dora_change_bin();
CREATE TRIGGER dora_change_counted AFTER INSERT OR DELETE ON changes
    FOR EACH ROW EXECUTE FUNCTION dora_change_binned();
CREATE TRIGGER dora_change_binned AFTER UPDATE OF shipped_at, committed_at, service_id ON changes
    FOR EACH ROW WHEN (OLD.shipped_at IS DISTINCT FROM NEW.shipped_at OR OLD.committed_at IS DISTINCT FROM
        NEW.committed_at OR OLD.service_id IS DISTINCT FROM NEW.service_id)
    EXECUTE FUNCTION dora_change_binned();
