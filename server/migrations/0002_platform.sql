-- SPDX-License-Identifier: GPL-3.0-or-later
-- The platform's records. Written once for SQLite and PostgreSQL: ids are text made by tarmacd
-- (sortable by creation time), times are BIGINT milliseconds since the epoch in UTC (so durations
-- and buckets are plain arithmetic on both), flags are 0/1 integers.
CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE environments (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    production INTEGER NOT NULL DEFAULT 0 CHECK (production IN (0, 1)),
    deployer TEXT NOT NULL DEFAULT 'record',
    created_at BIGINT NOT NULL
);

CREATE TABLE services (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    team_id TEXT NOT NULL REFERENCES teams (id),
    title TEXT NOT NULL DEFAULT '',
    template_name TEXT,
    template_version TEXT,
    parameters TEXT NOT NULL DEFAULT '{}',
    run_command TEXT,
    health_url TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    archived_at BIGINT
);
CREATE INDEX services_team ON services (team_id);

-- A deployment is also its own job: status queued means "waiting for a runner to claim it".
CREATE TABLE deployments (
    id TEXT PRIMARY KEY,
    service_id TEXT NOT NULL REFERENCES services (id),
    environment_id TEXT NOT NULL REFERENCES environments (id),
    version TEXT NOT NULL,
    sha TEXT,
    intent TEXT NOT NULL CHECK (intent IN ('planned', 'hotfix', 'rollback')),
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    source TEXT NOT NULL DEFAULT 'tarmac',
    rollback_of TEXT REFERENCES deployments (id),
    bundle TEXT,
    message TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    started_at BIGINT,
    finished_at BIGINT,
    claimed_by TEXT,
    cancel_requested INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deployments_finished ON deployments (status, finished_at);
CREATE INDEX deployments_service_env ON deployments (service_id, environment_id, finished_at);
CREATE INDEX deployments_queue ON deployments (status, created_at);

CREATE TABLE changes (
    id TEXT PRIMARY KEY,
    service_id TEXT NOT NULL REFERENCES services (id),
    sha TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    committed_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (service_id, sha)
);

-- Which deployments carried which changes; a change's lead time ends at the first successful
-- production deployment among them.
CREATE TABLE deployment_changes (
    deployment_id TEXT NOT NULL REFERENCES deployments (id),
    change_id TEXT NOT NULL REFERENCES changes (id),
    PRIMARY KEY (deployment_id, change_id)
);
CREATE INDEX deployment_changes_change ON deployment_changes (change_id);

CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    service_id TEXT NOT NULL REFERENCES services (id),
    title TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    resolved_at BIGINT,
    deployment_id TEXT REFERENCES deployments (id),
    source TEXT NOT NULL DEFAULT 'tarmac',
    created_at BIGINT NOT NULL
);
CREATE INDEX incidents_opened ON incidents (opened_at);
CREATE INDEX incidents_deployment ON incidents (deployment_id);

-- A deployment's status changes and log lines, numbered per deployment: the SSE event ids.
CREATE TABLE deployment_events (
    deployment_id TEXT NOT NULL REFERENCES deployments (id),
    seq BIGINT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('status', 'log')),
    data TEXT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (deployment_id, seq)
);

-- Responses to creating writes, by the caller's Idempotency-Key: a retry gets the first answer.
CREATE TABLE idempotency_keys (
    principal TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (principal, idempotency_key)
);
