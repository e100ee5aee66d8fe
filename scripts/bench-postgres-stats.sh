#!/usr/bin/env bash
# Measures `ladder stats --tier hnte --by city` on PostgreSQL against the SQLite registry it was
# copied from, and checks both print the same JSON.
#   scripts/bench-postgres-stats.sh [ROWS]   (default 200000 firms)
# LADDER_BIN=path measures that binary instead of building one (release); BENCH_DIR (default
# /tmp/ladder-bench-pg) holds the files; RUNS (default 5) timed runs after one warm-up.
# A throwaway cluster (scripts/postgres-cluster.sh) is started and stopped unless
# BENCH_POSTGRES names an empty database to copy into.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-200000}
RUNS=${RUNS:-5}
WORK=${BENCH_DIR:-/tmp/ladder-bench-pg}
GEN=../shared/tools/gen_roster.py
mkdir -p "$WORK"
source scripts/bench-lib.sh

release_ladder

roster="$WORK/roster_${ROWS}.csv"; DB="$WORK/stats_${ROWS}.sqlite"
generated_roster "$ROWS" "$roster"
if [ ! -s "$DB" ]; then
    echo "== importing into $DB" >&2
    "$LADDER" init --db "$DB" >/dev/null
    "$LADDER" import "$roster" --db "$DB" --silent >/dev/null
fi

postgres_server || { echo "no PostgreSQL server installed (scripts/ensure-postgres.sh)" >&2; exit 1; }
echo "== copying to $POSTGRES_SERVER" >&2
"$LADDER" copy "$DB" "$POSTGRES_SERVER" >&2

AS_OF=2025-12-31
sqlite_json=$("$LADDER" stats --tier hnte --by city --as-of $AS_OF --format json --db "$DB")
pg_json=$("$LADDER" stats --tier hnte --by city --as-of $AS_OF --format json --db "$POSTGRES_SERVER")
[ "$sqlite_json" = "$pg_json" ] || { echo "stats differ between SQLite and PostgreSQL" >&2; exit 1; }
echo "same JSON on both engines ($(echo "$sqlite_json" | wc -c) bytes)" >&2

echo "stats --tier hnte --by city, $ROWS firms, wall time of the whole process:"
time_ms "SQLite" "$LADDER" stats --tier hnte --by city --as-of $AS_OF --db "$DB"
time_ms "PostgreSQL (copied, local server)" "$LADDER" stats --tier hnte --by city --as-of $AS_OF --db "$POSTGRES_SERVER"
