-- SPDX-License-Identifier: GPL-3.0-or-later
-- The lead-time bins of migration 0012 from scratch, set-based (shared with demo data, which
-- writes its history with the triggers paused). Needs the facts of sql/dora_facts_backfill.sql.
UPDATE changes SET lead_bin = CASE WHEN shipped_at - committed_at <= 0 THEN -1
    ELSE (SELECT b.bin FROM dora_lead_bin_bounds b WHERE b.lower_ms <= shipped_at - committed_at
        ORDER BY b.lower_ms DESC LIMIT 1) END
    WHERE shipped_at IS NOT NULL;
DELETE FROM dora_lead_bins;
INSERT INTO dora_lead_bins (service_id, day, bin, changes)
    SELECT service_id, shipped_at / 86400000, lead_bin, COUNT(*) FROM changes WHERE shipped_at IS NOT NULL
    GROUP BY 1, 2, 3;
INSERT INTO dora_lead_bins (service_id, day, bin, changes)
    SELECT '*', day, bin, SUM(changes) FROM dora_lead_bins GROUP BY day, bin;
