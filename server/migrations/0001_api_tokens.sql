-- SPDX-License-Identifier: GPL-3.0-or-later
-- Bearer tokens, stored as SHA-256 hashes only: the token itself is shown once, when created.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'developer', 'owner', 'facilitator', 'admin')),
    team TEXT,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    expires_at TEXT,
    revoked_at TEXT
);
