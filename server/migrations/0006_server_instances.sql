-- SPDX-License-Identifier: GPL-3.0-or-later
-- Instances sharing the database say now and then that they are alive, so that the others can
-- fail the deployments of one that crashed instead of leaving them "running" for ever.
CREATE TABLE server_instances (
    id TEXT PRIMARY KEY,
    started_at BIGINT NOT NULL,
    seen_at BIGINT NOT NULL
);
