#!/usr/bin/env bash
# Times `ladder candidates` for every tier on a registry of 1,000,000 firms with three years of facts.
#   [LADDER=binary] [TIERS="hnte tsme"] scripts/bench-candidates.sh [DB] [RUNS] [FIRMS]
# DB defaults to .build-bench/candidates.sqlite, built once (~8 min) by `ladder init`,
# scripts/bench-registry.py (firms and events) and scripts/bench-facts.py (a founding day and facts
# for 2023-2025, about 3.1 rows a firm). Prints, per tier, the best wall time of RUNS runs (default 1)
# and that run's user CPU and peak RSS, the counts the search reports and a digest of the list, with the load
# average before each tier (the machine may be shared: user CPU says what the work cost). Target: hnte ≤ 10 s.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-.build-bench/candidates.sqlite}
RUNS=${2:-1}
FIRMS=${3:-1000000}
DAY=2026-11-29
KNOWN=2026-11-29T12:00:00.000000Z

# LADDER=path times another build (e.g. a copy of an older one) instead of building this one.
if [ -z "${LADDER:-}" ]; then
    swift build -c release --product ladder >/dev/null
    LADDER=.build/release/ladder
fi
if [ ! -f "$DB" ]; then
    mkdir -p "$(dirname "$DB")"
    $LADDER init --db "$DB" >/dev/null
    python3 scripts/bench-registry.py --db "$DB" --firms "$FIRMS" --seed 1
    python3 scripts/bench-facts.py --db "$DB" --seed 1
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Prints, per tier, the best wall time of $RUNS runs and that run's peak RSS, the number of
# candidates, the checked/failing/lacking line, and a digest of the list (to compare two builds).
echo "registry: $DB ($(sqlite3 "$DB" "SELECT count(*) FROM enterprise") firms, $(sqlite3 "$DB" "SELECT count(*) FROM fact") fact rows)"
cat "$DB" "$DB-wal" >/dev/null 2>&1 || true  # warm the OS file cache once
for tier in ${TIERS:-hnte tsme growth leader}; do
    best=""
    load=$(cut -d' ' -f1 /proc/loadavg)
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %U %M" -o "$WORK/time.txt" $LADDER candidates --tier $tier --as-of $DAY --known-at $KNOWN \
            --db "$DB" --format csv >"$WORK/out.csv" 2>"$WORK/err.txt"
        now=$(tail -n 1 "$WORK/time.txt")
        if [ -z "$best" ] || awk -v a="$now" -v b="$best" 'BEGIN{split(a,x," ");split(b,y," ");exit !(x[1]<y[1])}'; then
            best=$now
        fi
    done
    read -r wall user kb <<<"$best"
    printf "candidates --tier %-7s %6.2f s   user %6.2f s   peak RSS %4d MB   %7d candidates   list md5 %s   load %s\n" \
        "$tier" "$wall" "$user" $((kb / 1024)) "$(($(wc -l <"$WORK/out.csv") - 1))" "$(md5sum <"$WORK/out.csv" | cut -c1-12)" "$load"
    grep -v '^$' "$WORK/err.txt" | sed 's/^/    /' || true
done
