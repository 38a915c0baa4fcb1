#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Config editor benchmark on a 20,000-line YAML file, offscreen:
#  1. whole process (hyperfine): open, highlight and paint in KSyntaxHighlighting alone (the baseline)
#     and in Tarmac's config editor (budget 1.2x), and the editor until its diagnostics are listed;
#  2. in process (QBENCHMARK): open, keystroke, diagnostics.
# Run inside the build environment:
#   TARMAC_BUILD_DIR=build/config scripts/dev exec tests/bench/config/run.sh [RUNS]
set -euo pipefail

runs=${1:-10}
build=${TARMAC_BUILD_DIR:-build/dev}
bench="$build/tests/bench/config"
for program in bench_config_baseline bench_config_editor bench_configeditor; do
    [ -x "$bench/$program" ] || { echo "run.sh: $bench/$program is not built" >&2; exit 1; }
done
command -v hyperfine >/dev/null || { echo "run.sh: hyperfine is missing" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
yaml="$work/all.yaml"
"$bench/bench_configeditor" --write-yaml "$yaml"
echo "input: $(wc -l <"$yaml") lines, $(wc -c <"$yaml") bytes" >&2

hyperfine --warmup 2 --runs "$runs" --style basic --export-csv "$work/times.csv" \
    -n baseline "$bench/bench_config_baseline $yaml" \
    -n editor "$bench/bench_config_editor $yaml" \
    -n diagnostics "$bench/bench_config_editor --diagnostics $yaml" >&2

# hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds)
awk -F, '
    NR > 1 { median[$1] = $4 * 1000 }
    END {
        printf "%-28s %10.1f ms\n", "baseline (KSH alone)", median["baseline"]
        printf "%-28s %10.1f ms  (%.2fx the baseline, budget 1.20x)\n", "config editor", median["editor"], median["editor"] / median["baseline"]
        printf "%-28s %10.1f ms\n", "config editor + diagnostics", median["diagnostics"]
    }' "$work/times.csv"

"$bench/bench_configeditor" -median 5 2>&1 | grep -E '^(PASS|FAIL|RESULT)|msecs' || true
