-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lead-time medians and p90s without sorting every change of the range. A year of 1M deployments
-- holds 4.5M lead times; percentile_cont and percentile_disc sorting them took 8 of the DORA query's
-- 11 s. Now each shipped change's lead time falls in a bin (6.5% wide, on a log scale), and the
-- changes per day, service and bin are kept by a trigger. A request adds up its buckets' bins, which
-- says the bin that holds each rank it needs (the middle ones, the 90th percentile's), and then
-- orders only that bin's changes in that bucket. The values are exactly those the percentile
-- functions give.
CREATE FUNCTION dora_lead_bin(lead BIGINT) RETURNS INTEGER LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN lead IS NULL THEN NULL WHEN lead > 0 THEN floor(ln(lead::DOUBLE PRECISION) * 16)::INTEGER
        ELSE -1 END;
$$;
-- NULL until the change ships; -1 for a lead time that is not positive (dropped from the figures).
ALTER TABLE changes ADD COLUMN lead_bin INTEGER GENERATED ALWAYS AS (dora_lead_bin(shipped_at - committed_at)) STORED;
CREATE INDEX changes_lead_bin ON changes (lead_bin, shipped_at) INCLUDE (committed_at, service_id);

-- day is shipped_at's UTC day (ms / 86,400,000), as in the DORA query's day sums.
CREATE TABLE dora_lead_bins (
    day BIGINT NOT NULL,
    service_id TEXT NOT NULL,
    bin INTEGER NOT NULL,
    changes BIGINT NOT NULL,
    PRIMARY KEY (day, service_id, bin)
);
\i dora_lead_bins_backfill.sql

CREATE FUNCTION dora_count_lead(day BIGINT, service TEXT, bin INTEGER, delta INTEGER) RETURNS void LANGUAGE sql AS $$
    INSERT INTO dora_lead_bins AS b (day, service_id, bin, changes) VALUES (day, service, bin, delta)
        ON CONFLICT (day, service_id, bin) DO UPDATE SET changes = b.changes + EXCLUDED.changes;
$$;

CREATE FUNCTION dora_change_binned() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.shipped_at IS NOT NULL THEN
        PERFORM dora_count_lead(OLD.shipped_at / 86400000, OLD.service_id, OLD.lead_bin, -1);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.shipped_at IS NOT NULL THEN
        PERFORM dora_count_lead(NEW.shipped_at / 86400000, NEW.service_id, NEW.lead_bin, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER dora_change_binned AFTER INSERT OR DELETE ON changes
    FOR EACH ROW EXECUTE FUNCTION dora_change_binned();
CREATE TRIGGER dora_change_rebinned AFTER UPDATE OF shipped_at, committed_at, service_id ON changes
    FOR EACH ROW WHEN (OLD.shipped_at IS DISTINCT FROM NEW.shipped_at OR OLD.committed_at IS DISTINCT FROM
        NEW.committed_at OR OLD.service_id IS DISTINCT FROM NEW.service_id)
    EXECUTE FUNCTION dora_change_binned();
