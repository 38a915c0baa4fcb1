-- SPDX-License-Identifier: GPL-3.0-or-later
-- The lead-time bins of migration 0012 from scratch, set-based (shared with demo data, which
-- writes its history with the triggers paused).
DELETE FROM dora_lead_bins;
INSERT INTO dora_lead_bins (day, service_id, bin, changes)
    SELECT shipped_at / 86400000, service_id, lead_bin, COUNT(*) FROM changes WHERE shipped_at IS NOT NULL
    GROUP BY 1, 2, 3;
