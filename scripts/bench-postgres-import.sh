#!/usr/bin/env bash
# Times `ladder import` of an N-row generated roster into PostgreSQL beside SQLite: the first
# import into an empty registry, then the same file imported again (every row unchanged), and
# prints both times and the PostgreSQL / SQLite ratio (issue #15's target: first import ≤ 2 ×).
#   scripts/bench-postgres-import.sh [ROWS]   (default 100000)
# LADDER_BIN=path measures that binary instead of building one (release); BENCH_DIR (default
# /tmp/ladder-bench-pg-import) holds the files; RUNS (default 1) timed runs of each, best kept.
# A throwaway cluster (scripts/postgres-cluster.sh) is started and stopped unless BENCH_POSTGRES
# names a server database the script may create and drop databases from.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
RUNS=${RUNS:-1}
WORK=${BENCH_DIR:-/tmp/ladder-bench-pg-import}
GEN=../shared/tools/gen_roster.py
mkdir -p "$WORK"
source scripts/bench-lib.sh

release_ladder

roster="$WORK/roster_${ROWS}.csv"
generated_roster "$ROWS" "$roster"

postgres_server || { echo "no PostgreSQL server installed (scripts/ensure-postgres.sh)" >&2; exit 1; }
PG_DB="${POSTGRES_SERVER%/*}/ladder_import_bench"
SQLITE_DB="$WORK/import_${ROWS}.sqlite"

# Each timed first import starts from a new, empty registry.
fresh_sqlite() { rm -f "$SQLITE_DB" "$SQLITE_DB"-*; "$LADDER" init --db "$SQLITE_DB" >/dev/null; }
IMPORT=("$LADDER" import "$roster" --silent --rejects "$WORK/rejects.csv" --problems "$WORK/problems.csv")

SETUP=fresh_sqlite;                         sqlite_first=$(measure "${IMPORT[@]}" --db "$SQLITE_DB")
SETUP="fresh_postgres ladder_import_bench"; pg_first=$(measure "${IMPORT[@]}" --db "$PG_DB")
SETUP="";                                   sqlite_again=$(measure "${IMPORT[@]}" --db "$SQLITE_DB")
                                            pg_again=$(measure "${IMPORT[@]}" --db "$PG_DB")

# The two registries must agree.
s=$("$LADDER" stats --as-of 2025-12-31 --format json --db "$SQLITE_DB")
p=$("$LADDER" stats --as-of 2025-12-31 --format json --db "$PG_DB")
[ "$s" = "$p" ] || { echo "stats differ between SQLite and PostgreSQL after the imports" >&2; exit 1; }

ratio() { awk -v a="${1%% *}" -v b="${2%% *}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo "import of a $ROWS-row roster (wall seconds, peak KB; best of $RUNS), stats equal on both:"
printf "%-28s SQLite %8s s   PostgreSQL %8s s   ratio %s\n" "first import" "${sqlite_first%% *}" "${pg_first%% *}" "$(ratio "$pg_first" "$sqlite_first")"
printf "%-28s SQLite %8s s   PostgreSQL %8s s   ratio %s\n" "re-import (all unchanged)" "${sqlite_again%% *}" "${pg_again%% *}" "$(ratio "$pg_again" "$sqlite_again")"
