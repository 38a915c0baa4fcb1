#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# API benchmark with wrk on loopback against a real tarmacd: GET /metrics/dora (a quarter by week
# over the data the run made) and POST /deployments (recorded, each with an Idempotency-Key).
# Budgets (issue 5): at least 5,000 reads/s with p99 under 50 ms, 1,000 deployment writes/s.
# Run inside the build environment:
#   scripts/dev exec tests/bench/api/run.sh [SECONDS] [DATABASE_URL] [PHASES]
# DATABASE_URL defaults to a fresh SQLite file; give postgres://USER@HOST:PORT/DB to use PostgreSQL
# (postgres.sh beside this script starts one with the default durability and prints its URL).
# PHASES picks some of "writes reads uncached health" (all by default), e.g. writes alone while
# profiling the database. compare.sh beside this script runs two builds' writes in turn.
# TARMACD_WORKERS=N serves with tarmacd --workers N (PostgreSQL only).
set -euo pipefail

seconds=${1:-10}
build=${TARMAC_BUILD_DIR:-build/dev}
tarmacd="$build/bin/tarmacd"
here=$(cd "$(dirname "$0")" && pwd)
[ -x "$tarmacd" ] || { echo "run.sh: $tarmacd is not built" >&2; exit 1; }
command -v wrk >/dev/null || { echo "run.sh: wrk is missing" >&2; exit 1; }

work=$(mktemp -d)
database=${2:-sqlite:$work/bench.sqlite}
phases=" ${3:-writes reads uncached health} "
token="bench-$RANDOM$RANDOM"
cat > "$work/tarmacd.json" <<JSON
{ "environments": [ { "name": "production", "production": true, "deployer": "record" } ] }
JSON
TARMACD_SESSION_TOKEN=$token XDG_DATA_HOME="$work/data" "$tarmacd" --listen 127.0.0.1:0 --database "$database" \
    --config "$work/tarmacd.json" --state-dir "$work/state" --workers "${TARMACD_WORKERS:-1}" > "$work/out" 2> "$work/err" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; [ -n "${TARMAC_BENCH_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT
for _ in $(seq 100); do grep -q "listening on" "$work/out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/^tarmacd: listening on //p' "$work/out")
[ -n "$base" ] || { cat "$work/err" >&2; exit 1; }
auth="Authorization: Bearer $token"
curl_json() { python3 - "$@" <<'PY'
import json, sys, urllib.request
method, url, token, body = sys.argv[1:5]
request = urllib.request.Request(url, data=body.encode() if body else None, method=method,
    headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
try:
    urllib.request.urlopen(request).read()
except urllib.error.HTTPError as error:
    if error.code != 409:
        raise
PY
}
curl_json POST "$base/api/v1/teams" "$token" '{"name":"bench"}'
curl_json POST "$base/api/v1/services" "$token" '{"name":"bench-api","team":"bench"}'

if [[ $phases == *" writes "* ]]; then
echo "== POST /api/v1/deployments, ${seconds}s, 2 threads, 32 connections ($database)"
BENCH_RUN="$RANDOM$RANDOM" wrk -t2 -c32 -d"${seconds}s" --latency -H "$auth" -H "Content-Type: application/json" \
    -s "$here/post_deployment.lua" "$base" | grep -E "Requests/sec|99%|Non-2xx|Socket errors|requests in"
fi

# The runner is still finishing the deployments just posted, and each status it writes empties the
# answer cache: the reads are measured once it is done.
python3 - "$base" "$token" <<'PY'
import json, sys, time, urllib.request
base, token = sys.argv[1:3]
for _ in range(600):
    busy = 0
    for status in ("queued", "running"):
        request = urllib.request.Request(f"{base}/api/v1/deployments?status={status}&limit=1",
                                         headers={"Authorization": "Bearer " + token})
        busy += len(json.loads(urllib.request.urlopen(request).read()).get("items", []))
    if not busy:
        break
    time.sleep(0.5)
PY

if [[ $phases == *" reads "* ]]; then
echo "== GET /api/v1/metrics/dora (2024 Q1, by week, all), ${seconds}s, 2 threads, 32 connections"
wrk -t2 -c32 -d"${seconds}s" --latency -H "$auth" \
    "$base/api/v1/metrics/dora?from=2024-01-01T00:00:00Z&to=2024-04-01T00:00:00Z&bucket=week" \
    | grep -E "Requests/sec|99%|Non-2xx|Socket errors|requests in"
fi

if [[ $phases == *" uncached "* ]]; then
echo "== GET /api/v1/metrics/dora uncached (each request a new range, so each is computed), ${seconds}s, 2 threads, 32 connections"
wrk -t2 -c32 -d"${seconds}s" --latency -H "$auth" -s "$here/dora_uncached.lua" "$base" \
    | grep -E "Requests/sec|99%|Non-2xx|Socket errors|requests in"
fi

if [[ $phases == *" health "* ]]; then
echo "== GET /api/v1/health, ${seconds}s (the server's floor)"
wrk -t2 -c32 -d"${seconds}s" --latency "$base/api/v1/health" | grep -E "Requests/sec|99%|Non-2xx"
fi
