#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Metrics benchmarks (issue 5), on SQLite and on a throwaway PostgreSQL:
# - demo data of DEPLOYMENTS deployments (default 1,000,000, about 5 changes each with
#   --changes-per-deployment 8, and incidents topped up to one per 20 deployments, 50,000 for the
#   issue's 1M): the time to write it;
# - tarmacd answering GET /metrics/dora for a year by week, uncached (each request a fresh range, so
#   the server's 5 s answer cache never serves it); budget 1 s;
# - a Four Keys-style query on the same tables for comparison (one statement per metric, medians by
#   the database's own percentile where it has one, explicit incident attribution only);
# - the chart zoom and pan frame times, 5,000 and 50,000 points.
# Run inside the build environment:
#   scripts/dev exec tests/bench/metrics/run.sh [DEPLOYMENTS] [sqlite|postgres|both]
# Note the machine's load (uptime) beside every figure: the machine is shared.
set -euo pipefail
deployments=${1:-1000000}
which=${2:-both}
build=${TARMAC_BUILD_DIR:-build/dev}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
token="bench-$RANDOM$RANDOM"
server=0
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
cleanup() {
    [ "$server" != 0 ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    [ -d "$work/pg" ] && as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
# PostgreSQL refuses to run as root; as root it runs as nobody, as the tests do.
as_pg() { if [ "$(id -u)" = 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; else "$@"; fi; }

start_tarmacd() {
    TARMACD_SESSION_TOKEN=$token XDG_DATA_HOME="$work/data" "$build/bin/tarmacd" --listen 127.0.0.1:0 \
        --database "$1" --state-dir "$work/state" > "$work/out" 2> "$work/err" &
    server=$!
    for _ in $(seq 300); do grep -q "listening on" "$work/out" 2>/dev/null && break; sleep 0.1; done
    base=$(sed -n 's/^tarmacd: listening on //p' "$work/out")
    [ -n "$base" ] || { cat "$work/err" >&2; exit 1; }
}
stop_tarmacd() { kill "$server"; wait "$server" 2>/dev/null || true; server=0; rm -f "$work/out"; }

bench() { # NAME DATABASE_URL
    local name=$1 url=$2
    echo "== $name: tarmacd demo-data --deployments $deployments --changes-per-deployment 8 --incidents $((deployments / 20)) (load: $(cut -d' ' -f1-3 /proc/loadavg))"
    /usr/bin/time -f "   wall %e s, peak %M KiB" "$build/bin/tarmacd" demo-data --database "$url" \
        --deployments "$deployments" --changes-per-deployment 8 --incidents $((deployments / 20)) --seed 1 --end 2026-06-01
    start_tarmacd "$url"
    echo "== $name: GET /metrics/dora, a year by week, uncached (load: $(cut -d' ' -f1-3 /proc/loadavg))"
    python3 "$here/dora_timing.py" "$base" "$token" 5
    echo "== $name: the same while wrk reads GET /api/v1/health: the server keeps answering"
    python3 "$here/dora_timing.py" "$base" "$token" 3 &
    local timing=$!
    sleep 0.5
    wrk -t2 -c16 -d5s --latency "$base/api/v1/health" | grep -E "Requests/sec|99%|Non-2xx|requests in"
    wait $timing
    stop_tarmacd
    echo "== $name: Four Keys-style queries over the same tables (load: $(cut -d' ' -f1-3 /proc/loadavg))"
    python3 "$here/fourkeys.py" "$url" 3
}

if [ "$which" != postgres ]; then
    bench SQLite "sqlite:$work/demo.sqlite"
    rm -f "$work/demo.sqlite"*
fi
if [ "$which" != sqlite ]; then
    mkdir -p "$work/pg"
    # mktemp -d makes a folder only its owner may enter: let nobody through to its pg folder.
    [ "$(id -u)" = 0 ] && chmod 711 "$work" && chown nobody:nogroup "$work/pg"
    as_pg "$pg_bin/initdb" -D "$work/pg/data" -U tarmac --auth=trust -E UTF8 --no-sync --no-instructions >/dev/null
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # Settings of a modest server of its own: memory for sorts and the data's pages.
    as_pg "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w -o "-h 127.0.0.1 -p $port -k $work/pg \
        -c fsync=off -c shared_buffers=1GB -c work_mem=256MB -c max_parallel_workers_per_gather=2" start >/dev/null
    as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U tarmac bench
    bench PostgreSQL "postgres://tarmac@127.0.0.1:$port/bench"
fi

for points in 5000 50000; do
    echo "== chart zoom, $points points (40 wheel notches: median, p90, worst frame)"
    QT_QPA_PLATFORM=offscreen "$build/bin/bench_metrics_chartzoom" "$points"
    echo "== chart zoom and pan frames, $points points (QBENCHMARK, 40 frames each)"
    QT_QPA_PLATFORM=offscreen "$build/bin/bench_metrics_chartframes" "$points" -iterations 40 | grep -A1 '^RESULT'
done
