#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Metrics benchmarks: demo data of 50,000 deployments (time to write it), tarmacd answering
# GET /metrics/dora for a year by week (each request a fresh range, so the server's 5 s answer cache
# never serves it), a Four Keys-style single SQL query on the same SQLite file for comparison, and
# the chart zoom frame time. Run inside the build environment:
#   TARMAC_BUILD_DIR=build/metrics scripts/dev exec tests/bench/metrics/run.sh [DEPLOYMENTS]
set -euo pipefail
deployments=${1:-50000}
build=${TARMAC_BUILD_DIR:-build/dev}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
token="bench-$RANDOM$RANDOM"
trap 'kill ${server:-0} 2>/dev/null; rm -rf "$work"' EXIT

echo "== tarmacd demo-data --deployments $deployments (SQLite)"
/usr/bin/time -f "wall %e s, peak %M KiB" "$build/bin/tarmacd" demo-data --database "sqlite:$work/demo.sqlite" \
    --deployments "$deployments" --seed 1 --end 2026-06-01

TARMACD_SESSION_TOKEN=$token XDG_DATA_HOME="$work/data" "$build/bin/tarmacd" --listen 127.0.0.1:0 \
    --database "sqlite:$work/demo.sqlite" --state-dir "$work/state" > "$work/out" 2> "$work/err" &
server=$!
for _ in $(seq 100); do grep -q "listening on" "$work/out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/^tarmacd: listening on //p' "$work/out")

python3 - "$base" "$token" "$work/demo.sqlite" <<'PY'
import json, sqlite3, statistics, sys, time, urllib.request
base, token, path = sys.argv[1:4]
def timed(f, n):
    times = []
    for i in range(n):
        t = time.perf_counter(); f(i); times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times)
def dora(i):
    # A different end each time (by i ms): a fresh computation, never the answer cache.
    url = f"{base}/api/v1/metrics/dora?from=2025-06-01T00:00:00Z&to=2026-06-01T00:00:00.{i:03d}Z&bucket=week"
    body = urllib.request.urlopen(urllib.request.Request(url, headers={"Authorization": "Bearer " + token})).read()
    json.loads(body)
m, x = timed(dora, 10)
print(f"== GET /metrics/dora, a year by week over the demo data: median {m:.0f} ms, max {x:.0f} ms (10 fresh ranges)")
db = sqlite3.connect(path)
# Four Keys' dashboard style: one statement, per week, deployments joined to their changes and to
# incidents by explicit attribution only (no window rule, no remediation by rollback/hotfix).
four_keys = """
SELECT week, COUNT(DISTINCT d.id),
       (SELECT AVG(d2.finished_at - c.committed_at) FROM deployments d2
          JOIN environments e2 ON e2.id = d2.environment_id AND e2.production = 1
          JOIN deployment_changes dc ON dc.deployment_id = d2.id JOIN changes c ON c.id = dc.change_id
         WHERE d2.status = 'succeeded' AND d2.finished_at / 604800000 = week),
       COUNT(DISTINCT i.deployment_id) * 1.0 / COUNT(DISTINCT d.id)
FROM (SELECT d.*, d.finished_at / 604800000 AS week FROM deployments d) d
JOIN environments e ON e.id = d.environment_id AND e.production = 1
LEFT JOIN incidents i ON i.deployment_id = d.id
WHERE d.status = 'succeeded' AND d.finished_at >= 1748736000000 AND d.finished_at < 1780272000000
GROUP BY week ORDER BY week"""
m, x = timed(lambda i: db.execute(four_keys).fetchall(), 5)
print(f"== Four Keys-style single SQL query (mean lead time, explicit attribution only): median {m:.0f} ms, max {x:.0f} ms")
PY

echo "== chart zoom, 50,000 points"
QT_QPA_PLATFORM=offscreen "$build/bin/bench_metrics_chartzoom" 50000
