#!/usr/bin/env bash
# `ladder serve` under wrk on loopback, against a registry of 1,000,000 firms:
#   scripts/bench-serve.sh [DB]
# DB defaults to .bench/serve.sqlite, built once from gen_roster.py's 1M-row roster (--seed 1) by
# `ladder import` (several minutes). The server runs on a copy of it, thrown away at the end, so
# every run imports into the same 1,000,000 firms (a second import of the same rows would change
# nothing and load nothing). wrk (apt-get install wrk) runs 16 connections for $DURATION
# (default 15s) on each read, then the same reads while a 100,000-row roster is imported through
# `POST /api/v1/imports`. Printed: requests/s and p99 latency per read, quiet and under import.
# Targets: stats p99 ≤ 200 ms and ≥ 50 req/s; a firm ≥ 1,000 req/s and p99 ≤ 20 ms; find p99 ≤ 50 ms;
# under import within 3 × the quiet p99. Set LADDER to use a binary already built.
# SERVE_ON=postgres serves a PostgreSQL copy of it instead (`ladder copy` into a fresh database on
# BENCH_POSTGRES's server, else on a throwaway local cluster), the imports going to that database too.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-.bench/serve.sqlite}
DURATION=${DURATION:-15s}
# The shared tools: beside the repository (/work/main), else /work/shared (from a worktree).
SHARED=${SHARED:-$( [ -d ../shared/tools ] && echo ../shared || echo /work/shared )}

if ! command -v wrk >/dev/null; then
    echo "wrk is missing; installing it (apt-get install wrk)" >&2
    apt-get update -qq && apt-get install -y wrk >/dev/null
fi
if [ -z "${LADDER:-}" ]; then
    swift build -c release --product ladder >/dev/null
    LADDER=.build/release/ladder
fi
WORK=$(mktemp -d)
SERVER=""
cleanup() {
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ ! -f "$DB" ]; then
    mkdir -p "$(dirname "$DB")"
    # ROSTER: gen_roster.py's 1M-row file made already (--rows 1000000 --seed 1), else made here.
    ROSTER=${ROSTER:-$WORK/roster-1m.csv}
    [ -f "$ROSTER" ] || python3 "$SHARED/tools/gen_roster.py" --rows 1000000 --seed 1 --out "$ROSTER" --quiet
    $LADDER init --db "$DB" >/dev/null
    start=$(date +%s)
    $LADDER import "$ROSTER" --db "$DB" --silent >/dev/null 2>&1 || true  # rows rejected by the generator's faults, if any
    echo "registry built: $(wc -l < "$ROSTER") lines of $ROSTER imported in $(( $(date +%s) - start )) s"
fi
# An editor of the province (already there from an earlier run, the add fails quietly).
echo "bench-password-1" | $LADDER accounts add bench-sheng --role editor --region 360000 --password-stdin --db "$DB" \
    >/dev/null 2>&1 || true
# The copy the server runs on (the WAL folded in first, so the file alone is the whole registry).
sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$DB" "$WORK/serve.sqlite"
export LADDER_DB=$WORK/serve.sqlite
echo "firms: $(sqlite3 "$LADDER_DB" "SELECT count(*) FROM enterprise")"
# The firms wrk asks for: 10,000 real codes, each request a random one.
sqlite3 "$LADDER_DB" "SELECT credit_code FROM enterprise ORDER BY random() LIMIT 10000" > "$WORK/codes.txt"
if [ "${SERVE_ON:-sqlite}" = postgres ]; then
    source scripts/bench-lib.sh
    postgres_server || { echo "no PostgreSQL server installed (scripts/ensure-postgres.sh)" >&2; exit 1; }
    trap 'cleanup; [ -z "${POSTGRES_CLUSTER:-}" ] || scripts/postgres-cluster.sh stop "$POSTGRES_CLUSTER"' EXIT
    empty_postgres ladder_serve_bench
    start=$(date +%s)
    $LADDER copy "$LADDER_DB" "${POSTGRES_SERVER%/*}/ladder_serve_bench" >/dev/null
    export LADDER_DB=${POSTGRES_SERVER%/*}/ladder_serve_bench
    "$(postgres_bin psql)" -q "$LADDER_DB" -c "VACUUM ANALYZE" >/dev/null
    echo "served from PostgreSQL: $LADDER_DB (copied and vacuumed in $(( $(date +%s) - start )) s)"
fi
TOKEN=$($LADDER accounts token bench-sheng 2>/dev/null)
cat > "$WORK/firms.lua" <<LUA
local codes = {}
for line in io.lines("$WORK/codes.txt") do codes[#codes + 1] = line end
math.randomseed(os.time())
request = function()
    return wrk.format("GET", "/api/v1/enterprises/" .. codes[math.random(#codes)])
end
LUA
# A 100,000-row roster of other firms (another seed) for the runs under import, one per read.
for seed in 2 3 4; do
    python3 "$SHARED/tools/gen_roster.py" --rows 100000 --seed "$seed" --out "$WORK/import-$seed.csv" --quiet
done

$LADDER serve --listen 127.0.0.1:0 2> "$WORK/serve.log" &
SERVER=$!
for _ in $(seq 100); do grep -q "listening on" "$WORK/serve.log" && break; sleep 0.1; done
BASE=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$WORK/serve.log" | head -n 1)
AUTH="Authorization: Bearer $TOKEN"

READS=("stats|/api/v1/stats?tier=hnte&by=city|" "firm|/api/v1/enterprises/{code}|$WORK/firms.lua")
if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$BASE/api/v1/find?q=%E7%A7%91%E6%8A%80")" != "404" ]; then
    READS+=("find|/api/v1/find?q=%E7%A7%91%E6%8A%80|")
else
    echo "find: GET /api/v1/find answers 404 on this build; skipped"
fi

# run LABEL PATH SCRIPT: "req/s p99_ms" of wrk with 16 connections.
run() {
    local path=$2 script=$3 args=(-t 2 -c 16 -d "$DURATION" --latency -H "$AUTH")
    [ -n "$script" ] && args+=(-s "$script")
    wrk "${args[@]}" "$BASE${path/\{code\}/$(head -n 1 "$WORK/codes.txt")}" > "$WORK/wrk.txt"
    if grep -q "Non-2xx" "$WORK/wrk.txt"; then echo "$1: $(grep Non-2xx "$WORK/wrk.txt")" >&2; fi
    awk '/Requests\/sec/ { rps = $2 }
         $1 == "99%" { v = $2; if (v ~ /us$/) ms = v / 1000; else if (v ~ /ms$/) ms = v + 0; else ms = v * 1000 }
         END { printf "%.0f %.1f", rps, ms }' "$WORK/wrk.txt"
}

printf "%-8s %12s %10s %16s %14s %12s\n" read "req/s" "p99 ms" "req/s (import)" "p99 (import)" "import s"
for entry in "${READS[@]}"; do
    IFS='|' read -r label path script <<< "$entry"
    run "$label" "$path" "$script" > /dev/null   # warm up: the page cache and the statistics cache
    quiet=$(run "$label" "$path" "$script")
    case $label in stats) seed=2 ;; firm) seed=3 ;; *) seed=4 ;; esac
    start=$(date +%s%N)
    curl -s -o "$WORK/import.json" -w '%{http_code}' -X POST -H "$AUTH" -H "X-Filename: import-$seed.csv" \
        --data-binary "@$WORK/import-$seed.csv" "$BASE/api/v1/imports" > "$WORK/import.status" &
    IMPORT=$!
    sleep 1
    loaded=$(run "$label" "$path" "$script")
    wait "$IMPORT"
    took=$(( ($(date +%s%N) - start) / 1000000 ))
    [ "$(cat "$WORK/import.status")" = 201 ] || { echo "the import answered $(cat "$WORK/import.status")" >&2; cat "$WORK/import.json" >&2; }
    printf "%-8s %12s %10s %16s %14s %12s\n" "$label" ${quiet% *} ${quiet#* } ${loaded% *} ${loaded#* } \
        "$(awk -v t="$took" 'BEGIN { printf "%.1f", t / 1000 }')"
done
echo "(wrk: 2 threads, 16 connections, $DURATION per run; the import runs meanwhile from 1 s before its wrk run; an import ending before the run ends leaves the rest of the run quiet)"
