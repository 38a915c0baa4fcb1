-- SPDX-License-Identifier: GPL-3.0-or-later
-- Migration 0013's counted deployments per day from scratch, set-based (shared with demo data, which
-- writes its history with the triggers paused). Needs the facts of sql/dora_facts_backfill.sql.
DELETE FROM dora_deploy_days;
INSERT INTO dora_deploy_days (day, environment_id, service_id, deployments, rework, without_changes)
    SELECT finished_at / 86400000, environment_id, service_id, COUNT(*),
        SUM(CASE WHEN intent IN ('hotfix', 'rollback') THEN 1 ELSE 0 END), SUM(CASE WHEN carried = 0 THEN 1 ELSE 0 END)
    FROM deployments WHERE status = 'succeeded' AND finished_at IS NOT NULL GROUP BY 1, 2, 3;
