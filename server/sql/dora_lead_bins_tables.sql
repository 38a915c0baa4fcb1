-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 0012's tables, the same on both databases (read the migration; its triggers are each
-- database's own).
CREATE TABLE dora_lead_bin_bounds (
    bin INTEGER PRIMARY KEY,
    lower_ms BIGINT NOT NULL UNIQUE
);
INSERT INTO dora_lead_bin_bounds (bin, lower_ms)
    WITH RECURSIVE bounds (bin, bound) AS (SELECT 1, CAST(1000.0 AS DOUBLE PRECISION)
        UNION ALL SELECT bin + 1, bound * 1.0645 FROM bounds WHERE bin < 480)
    SELECT 0, 1 UNION ALL SELECT bin, CAST(bound AS BIGINT) FROM bounds;
ALTER TABLE changes ADD COLUMN lead_bin INTEGER;
CREATE TABLE dora_lead_bins (
    service_id TEXT NOT NULL,
    day BIGINT NOT NULL,
    bin INTEGER NOT NULL,
    changes BIGINT NOT NULL,
    PRIMARY KEY (service_id, day, bin)
);
