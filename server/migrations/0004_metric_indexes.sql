-- SPDX-License-Identifier: GPL-3.0-or-later
-- The window rule looks for a service's latest deployment before an incident opened.
CREATE INDEX deployments_service_finished ON deployments (service_id, finished_at);
