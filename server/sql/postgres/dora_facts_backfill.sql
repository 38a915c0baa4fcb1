-- SPDX-License-Identifier: GPL-3.0-or-later
-- PostgreSQL's spelling of sql/dora_facts_backfill.sql (read that first).
UPDATE changes c SET shipped_by = f.deployment_id, shipped_at = f.finished_at
    FROM (SELECT DISTINCT ON (dc.change_id) dc.change_id, d.id AS deployment_id, d.finished_at
          FROM deployment_changes dc JOIN deployments d ON d.id = dc.deployment_id
          JOIN environments e ON e.id = d.environment_id
          WHERE d.status = 'succeeded' AND d.finished_at IS NOT NULL AND e.production = 1
          ORDER BY dc.change_id, d.finished_at, d.id) f
    WHERE c.id = f.change_id;
UPDATE deployments d SET carried = n.carried
    FROM (SELECT deployment_id, COUNT(*) AS carried FROM deployment_changes GROUP BY deployment_id) n
    WHERE d.id = n.deployment_id;
UPDATE deployments d SET next_intent = n.next_intent, next_finished_at = n.next_finished_at
    FROM (SELECT id, LEAD(intent) OVER w AS next_intent, LEAD(finished_at) OVER w AS next_finished_at
          FROM deployments WHERE status = 'succeeded' AND finished_at IS NOT NULL
          WINDOW w AS (PARTITION BY service_id, environment_id ORDER BY finished_at, id)) n
    WHERE d.id = n.id AND n.next_finished_at IS NOT NULL;
