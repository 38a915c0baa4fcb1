-- SPDX-License-Identifier: GPL-3.0-or-later
-- Drift of a service's files from its template, as checks report it (the workbench, where the files
-- are, or demo data). The golden-path share at a time comes from each service's latest check then.
CREATE TABLE service_drift_checks (
    service_id TEXT NOT NULL REFERENCES services (id),
    checked_at BIGINT NOT NULL,
    drifted INTEGER NOT NULL CHECK (drifted IN (0, 1)),
    PRIMARY KEY (service_id, checked_at)
);
