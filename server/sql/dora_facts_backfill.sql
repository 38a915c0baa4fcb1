-- SPDX-License-Identifier: GPL-3.0-or-later
-- The DORA facts of migration 0009 (read its head) worked out for every row at once, set-based: one
-- pass each instead of a lookup per row. Migration 0009 runs it on the history it finds; demo data
-- runs it on the history it writes with the fact triggers off. It only sets facts that exist (a
-- shipment, a next deployment, carried changes): rows whose facts are still the columns' defaults
-- (NULL, 0) are the ones it expects, as fresh columns or fresh rows have them.
UPDATE changes SET shipped_by = f.id, shipped_at = f.finished_at
    FROM (SELECT change_id, id, finished_at FROM (SELECT dc.change_id, d.id, d.finished_at,
          ROW_NUMBER() OVER (PARTITION BY dc.change_id ORDER BY d.finished_at, d.id) AS n
          FROM deployment_changes dc JOIN deployments d ON d.id = dc.deployment_id
          JOIN environments e ON e.id = d.environment_id
          WHERE d.status = 'succeeded' AND d.finished_at IS NOT NULL AND e.production = 1) ranked WHERE n = 1) f
    WHERE changes.id = f.change_id;
UPDATE deployments SET carried = n.carried
    FROM (SELECT deployment_id, COUNT(*) AS carried FROM deployment_changes GROUP BY deployment_id) n
    WHERE deployments.id = n.deployment_id;
UPDATE deployments SET next_intent = n.next_intent, next_finished_at = n.next_finished_at
    FROM (SELECT id, LEAD(intent) OVER w AS next_intent, LEAD(finished_at) OVER w AS next_finished_at
          FROM deployments WHERE status = 'succeeded' AND finished_at IS NOT NULL
          WINDOW w AS (PARTITION BY service_id, environment_id ORDER BY finished_at, id)) n
    WHERE deployments.id = n.id AND n.next_finished_at IS NOT NULL;
