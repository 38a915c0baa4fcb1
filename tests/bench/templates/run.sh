#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tarmacctl render of the Go HTTP service golden path versus cookiecutter --no-input on the
# equivalent cookiecutter template, whole process, side by side; then the in-process re-render.
# Run inside the toolchain: scripts/dev exec tests/bench/templates/run.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../../build/dev}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/make_cookiecutter.py" "$work/cookiecutter-go-http"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
mkdir -p "$HOME"
hyperfine --warmup 3 --runs 20 --export-markdown "$work/result.md" \
    --prepare "rm -rf $work/out-tarmac $work/out-cc" \
    -n "tarmacctl render" "$build/bin/tarmacctl render go-http-service --set name=orders --set owner=group:team-a --set system=shop -o $work/out-tarmac" \
    -n "cookiecutter --no-input" "cookiecutter --no-input -o $work/out-cc $work/cookiecutter-go-http"
cat "$work/result.md"
"$build/tests/bench/templates/bench_rerender" -minimumvalue 50
