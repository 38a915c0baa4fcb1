#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# POST /deployments on PostgreSQL for two builds of tarmacd, run after run in turn, each run on a
# fresh database. On these shared 2-core virtual machines one build's runs spread over 560-980/s
# (where the scheduler puts tarmacd and PostgreSQL), as wide as most changes being measured: one
# run of each proves nothing, alternating runs and their medians do. Run as root inside the build
# environment; DIR and PORT are postgres.sh's, and the server is left running:
#   scripts/dev exec tests/bench/api/compare.sh BUILD_DIR_A BUILD_DIR_B [RUNS] [SECONDS] [DIR] [PORT]
set -euo pipefail

a=${1:?usage: compare.sh BUILD_DIR_A BUILD_DIR_B [RUNS] [SECONDS] [DIR] [PORT]}
b=${2:?usage: compare.sh BUILD_DIR_A BUILD_DIR_B [RUNS] [SECONDS] [DIR] [PORT]}
runs=${3:-5}
seconds=${4:-10}
dir=${5:-/tmp/tarmac-bench-pg}
port=${6:-55481}
here=$(cd "$(dirname "$0")" && pwd)
stamp="$(date +%s)$RANDOM"

declare -A rates=([a]="" [b]="")
for run in $(seq "$runs"); do
    for side in a b; do
        build=$a
        [ "$side" = b ] && build=$b
        url=$("$here/postgres.sh" start "$dir" "$port" "compare_${stamp}_${side}_${run}")
        rate=$(TARMAC_BUILD_DIR=$build "$here/run.sh" "$seconds" "$url" writes | sed -n 's/^Requests\/sec: *//p')
        echo "run $run $side ($build): ${rate:-failed}/s"
        rates[$side]+="${rate:-0} "
    done
done
for side in a b; do
    printf '%s: median %s/s of %s\n' "$side" \
        "$(printf '%s\n' ${rates[$side]} | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}')" \
        "${rates[$side]}"
done
