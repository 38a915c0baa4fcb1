-- SPDX-License-Identifier: GPL-3.0-or-later
-- Published template versions and their files. A version is immutable once stored: the same name
-- and version again is either the very same content (answered with the stored one) or a conflict.
-- The manifest's text is one of the files; the other columns are read from it on publish so that
-- lists need not parse it. version_key sorts versions as semantic versions do (zero-padded digits,
-- then 1 for a release or 0 and the pre-release), so "the latest" is the highest version, not the
-- last published. Written once for SQLite and PostgreSQL (plain TEXT, BIGINT).
CREATE TABLE template_versions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    version TEXT NOT NULL,
    version_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('service', 'resource')),
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    owner TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    published_by TEXT NOT NULL DEFAULT '',
    published_at BIGINT NOT NULL,
    UNIQUE (name, version)
);
CREATE INDEX template_versions_latest ON template_versions (name, version_key);

CREATE TABLE template_files (
    template_version_id TEXT NOT NULL REFERENCES template_versions (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (template_version_id, path)
);
