#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Automatic layout of 50 and 200 nodes with Graphviz dot, in process.
# Run inside the toolchain: scripts/dev exec tests/bench/composition/run.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../../build/dev}
"$build/tests/bench/composition/bench_autolayout" -minimumvalue 5
