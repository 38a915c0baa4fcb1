#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up benchmark: `tarmac --screenshot` against the floor (startup_floor), whole process,
# offscreen, side by side in one run. Prints median wall time and median peak memory of each,
# and tarmac's ratios to the floor (budget: 1.5x). Run inside the build environment:
#   scripts/dev exec tests/bench/startup/run.sh [RUNS]
set -euo pipefail

runs=${1:-15}
build=${TARMAC_BUILD_DIR:-build/dev}
tarmac="$build/bin/tarmac"
floor="$build/tests/bench/startup/startup_floor"
for program in "$tarmac" "$floor"; do
    [ -x "$program" ] || { echo "run.sh: $program is not built (scripts/dev build)" >&2; exit 1; }
done
command -v hyperfine >/dev/null || { echo "run.sh: hyperfine is missing" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time is missing" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"

hyperfine --warmup 3 --runs "$runs" --style basic --export-csv "$work/times.csv" \
    -n floor "$floor $work/floor.png" \
    -n tarmac "$tarmac --screenshot $work/tarmac.png" >&2

median_rss_kib() {
    local i
    for ((i = 0; i < runs; i++)); do
        /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1
    done | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
floor_rss=$(median_rss_kib "$floor" "$work/floor.png")
tarmac_rss=$(median_rss_kib "$tarmac" --screenshot "$work/tarmac.png")

# hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds)
awk -F, -v floor_kib="$floor_rss" -v tarmac_kib="$tarmac_rss" '
    NR > 1 { median[$1] = $4 * 1000 }
    END {
        printf "%-8s %12s %16s\n", "program", "median wall", "median peak RSS"
        printf "%-8s %9.1f ms %12.1f MiB\n", "floor", median["floor"], floor_kib / 1024
        printf "%-8s %9.1f ms %12.1f MiB\n", "tarmac", median["tarmac"], tarmac_kib / 1024
        printf "ratio    %10.2fx %14.2fx   (budget 1.50x)\n", median["tarmac"] / median["floor"], tarmac_kib / floor_kib
    }' "$work/times.csv"
