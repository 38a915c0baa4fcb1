#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The example composition (examples/shop.tarmac.yaml): tarmacctl compose into an empty folder,
# whole process, with hyperfine; then in process: the whole bundle, a re-render after one
# parameter change, and one with an override to merge.
# Run inside the toolchain: scripts/dev exec tests/bench/composition/bench_bundle.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
source=$(cd "$here/../../.." && pwd)
build=${1:-$source/build/dev}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
mkdir -p "$HOME"
hyperfine --warmup 2 --runs 15 --export-markdown "$work/result.md" \
    --prepare "rm -rf $work/out" \
    -n "tarmacctl compose (3 services, 4 resources)" "$build/bin/tarmacctl compose $source/examples/shop.tarmac.yaml -o $work/out" \
    -n "tarmacctl compose --dry-run (render only)" "$build/bin/tarmacctl compose $source/examples/shop.tarmac.yaml --dry-run"
cat "$work/result.md"
/usr/bin/time -f "peak memory of tarmacctl compose: %M KiB" "$build/bin/tarmacctl" compose \
    "$source/examples/shop.tarmac.yaml" -o "$work/out-time" >/dev/null
"$build/tests/bench/composition/bench_bundle" -iterations 30
