# SPDX-License-Identifier: GPL-3.0-or-later
# A Four Keys-style computation of the same year by week over tarmacd's tables, for comparison with
# GET /metrics/dora: Four Keys' dashboard runs one statement per key, takes every change of a
# deployment (not only the first deployment that shipped it), attributes incidents explicitly only
# (no window rule, no remediation by rollback or hotfix), and has no data-quality checks. Medians by
# the database's percentile where it has one (PostgreSQL); SQLite has none, so the mean stands in.
# Usage: fourkeys.py sqlite:PATH|postgres://USER@HOST:PORT/DB N
import statistics
import subprocess
import sys
import time

url, n = sys.argv[1], int(sys.argv[2])
postgres = url.startswith("postgres")
FROM, TO, WEEK = 1748736000000, 1780272000000, 604800000
# 2025-06-01 is a Sunday; weeks start on Monday 2025-05-26 (1748217600000).
week = f"((d.finished_at - 1748217600000) / {WEEK})"
median = (lambda v: f"percentile_cont(0.5) WITHIN GROUP (ORDER BY {v})") if postgres else (lambda v: f"AVG({v})")
counted = (f"FROM deployments d JOIN environments e ON e.id = d.environment_id AND e.production = 1 "
           f"WHERE d.status = 'succeeded' AND d.finished_at >= {FROM} AND d.finished_at < {TO}")
statements = {
    "deployment frequency": f"SELECT {week} AS w, COUNT(*) {counted} GROUP BY w ORDER BY w",
    "lead time": (f"SELECT {week} AS w, {median('d.finished_at - c.committed_at')} {counted.split(' WHERE ')[0]} "
                  f"JOIN deployment_changes dc ON dc.deployment_id = d.id JOIN changes c ON c.id = dc.change_id "
                  f"WHERE {counted.split(' WHERE ')[1]} GROUP BY w ORDER BY w"),
    "change failure rate": (f"SELECT {week} AS w, COUNT(DISTINCT i.deployment_id) * 1.0 / COUNT(DISTINCT d.id) "
                            f"{counted.split(' WHERE ')[0]} LEFT JOIN incidents i ON i.deployment_id = d.id "
                            f"WHERE {counted.split(' WHERE ')[1]} GROUP BY w ORDER BY w"),
    "time to restore": (f"SELECT (i.opened_at - 1748217600000) / {WEEK} AS w, {median('i.resolved_at - i.opened_at')} "
                        f"FROM incidents i WHERE i.opened_at >= {FROM} AND i.opened_at < {TO} "
                        f"AND i.resolved_at IS NOT NULL GROUP BY w ORDER BY w"),
}

if postgres:
    def run(sql):
        subprocess.run(["psql", "-qAt", "-d", url, "-c", sql], check=True, stdout=subprocess.DEVNULL)
else:
    import sqlite3
    db = sqlite3.connect(url[len("sqlite:"):])

    def run(sql):
        db.execute(sql).fetchall()

totals = []
for i in range(n):
    start = time.perf_counter()
    parts = {}
    for name, sql in statements.items():
        t = time.perf_counter()
        run(sql)
        parts[name] = (time.perf_counter() - t) * 1000
    totals.append((time.perf_counter() - start) * 1000)
print(f"   all four keys: median {statistics.median(totals):.0f} ms of {n} runs; last run: "
      + ", ".join(f"{k} {v:.0f} ms" for k, v in parts.items()))
