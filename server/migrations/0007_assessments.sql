-- SPDX-License-Identifier: GPL-3.0-or-later
-- Maturity assessment sessions as facilitators publish them. The session file's YAML text is the
-- source of truth; the other columns are read from it when it is stored, to list and compare rounds
-- without parsing every file. Written once for SQLite and PostgreSQL (plain TEXT, INTEGER, BIGINT).
-- The previous round is not stored: it is the latest earlier session of the same scope and model,
-- found when read, so publishing an old round late never leaves a stale link.
CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    model_id TEXT NOT NULL,
    model_version TEXT NOT NULL,
    model_hash TEXT NOT NULL DEFAULT '',
    scope_kind TEXT NOT NULL CHECK (scope_kind IN ('organisation', 'unit', 'team')),
    scope_name TEXT NOT NULL DEFAULT '',
    held_on TEXT NOT NULL,
    facilitator TEXT NOT NULL DEFAULT '',
    participants INTEGER NOT NULL DEFAULT 0,
    session TEXT NOT NULL,
    published_by TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX assessments_held_on ON assessments (held_on, id);
CREATE INDEX assessments_rounds ON assessments (scope_kind, scope_name, model_id, held_on, id);

-- Per capability, the level the room agreed and the target (NULL: none yet).
CREATE TABLE assessment_capabilities (
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    sort_order INTEGER NOT NULL,
    capability_id TEXT NOT NULL,
    agreed_level INTEGER,
    target_level INTEGER,
    PRIMARY KEY (assessment_id, capability_id)
);
