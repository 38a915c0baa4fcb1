#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A PostgreSQL for run.sh with the distribution's default durability (fsync on, synchronous_commit
# on), so that the write figures include the WAL flush every acknowledged write waits for. Run as
# root inside the build environment; the server runs as nobody, as the tests' own one does:
#   scripts/dev exec tests/bench/api/postgres.sh start DIR PORT [DB]   (prints the DATABASE_URL for run.sh)
#   scripts/dev exec tests/bench/api/postgres.sh stop DIR
set -euo pipefail

action=${1:?usage: postgres.sh start DIR PORT | stop DIR}
dir=${2:?usage: postgres.sh start DIR PORT | stop DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }

case $action in
start)
    port=${3:?usage: postgres.sh start DIR PORT [DB]}
    # A new name per run keeps runs apart: each one's writes stay in its own database.
    db=${4:-bench}
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        mkdir -p "$dir"
        chown nobody:nogroup "$dir"
        as_nobody "$bin/initdb" -D "$dir/data" -U tarmac -A trust >"$dir/initdb.log"
    fi
    as_nobody "$bin/pg_ctl" -D "$dir/data" status >/dev/null \
        || as_nobody "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
    as_nobody "$bin/psql" -h 127.0.0.1 -p "$port" -U tarmac -d postgres -qtAc \
        "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
        || as_nobody "$bin/createdb" -h 127.0.0.1 -p "$port" -U tarmac "$db"
    echo "postgres://tarmac@127.0.0.1:$port/$db"
    ;;
stop)
    as_nobody "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    ;;
*)
    echo "postgres.sh: unknown action $action" >&2
    exit 1
    ;;
esac
