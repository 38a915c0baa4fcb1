-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lead-time medians and p90s without reading every change of the range. A year of 1M deployments
-- holds 4.5M lead times: PostgreSQL's percentile functions sorting them took 8 of its 11 s, and
-- SQLite's one-pass aggregate over them 0.7-0.9 s. Now each shipped change's lead time falls in a
-- bin, and the changes per day, service and bin are kept by triggers. A request adds up its
-- buckets' bins, which says the bin that holds each rank it needs (the middle ones, the 90th
-- percentile's), and then orders only that bin's changes in that bucket. The values are exactly
-- those of sorting every change.
-- Bins are 6.45% wide on a log scale from 1 s (bin 0 holds everything shorter): their lower bounds
-- are a table, so that the same SQL finds a bin on both databases (SQLite may lack ln()). A change's
-- lead_bin is NULL until it ships, -1 for a lead time that is not positive (dropped from the figures).
-- Each shipped change counts twice in dora_lead_bins (day is shipped_at's UTC day): under its
-- service, and under '*' for all services together, which is what a request for all services reads
-- (a year by service is half a million rows at 1M deployments, all of them together a tenth of that).
\i dora_lead_bins_tables.sql
\i dora_lead_bins_backfill.sql
CREATE INDEX changes_lead_bin ON changes (lead_bin, shipped_at, committed_at, service_id);

CREATE TRIGGER dora_change_binned AFTER UPDATE OF shipped_at, committed_at, service_id ON changes
WHEN OLD.shipped_at IS NOT NEW.shipped_at OR OLD.committed_at IS NOT NEW.committed_at
    OR OLD.service_id IS NOT NEW.service_id
BEGIN
    UPDATE dora_lead_bins SET changes = changes - 1 WHERE OLD.shipped_at IS NOT NULL
        AND service_id IN (OLD.service_id, '*') AND day = OLD.shipped_at / 86400000 AND bin = OLD.lead_bin;
    UPDATE changes SET lead_bin = CASE WHEN shipped_at IS NULL THEN NULL WHEN shipped_at - committed_at <= 0 THEN -1
        ELSE (SELECT b.bin FROM dora_lead_bin_bounds b WHERE b.lower_ms <= shipped_at - committed_at
            ORDER BY b.lower_ms DESC LIMIT 1) END
        WHERE id = NEW.id;
    INSERT INTO dora_lead_bins (service_id, day, bin, changes)
        SELECT s.id, c.shipped_at / 86400000, c.lead_bin, 1 FROM changes c JOIN (SELECT NEW.service_id AS id UNION ALL
            SELECT '*') s WHERE c.id = NEW.id AND c.shipped_at IS NOT NULL
        ON CONFLICT (service_id, day, bin) DO UPDATE SET changes = changes + 1;
END;

-- Changes are written unshipped and shipped by migration 0009's triggers; a shipped one can still
-- go (a service's history removed).
CREATE TRIGGER dora_change_unbinned AFTER DELETE ON changes
WHEN OLD.shipped_at IS NOT NULL
BEGIN
    UPDATE dora_lead_bins SET changes = changes - 1
        WHERE service_id IN (OLD.service_id, '*') AND day = OLD.shipped_at / 86400000 AND bin = OLD.lead_bin;
END;
