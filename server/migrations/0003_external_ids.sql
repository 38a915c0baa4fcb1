-- SPDX-License-Identifier: GPL-3.0-or-later
-- Records that came from other systems through webhooks keep that system's id, so a redelivered or
-- updated event changes the record it made instead of making another.
ALTER TABLE deployments ADD COLUMN external_id TEXT;
ALTER TABLE incidents ADD COLUMN external_id TEXT;
CREATE UNIQUE INDEX deployments_external ON deployments (external_id);
CREATE UNIQUE INDEX incidents_external ON incidents (external_id);
