#!/usr/bin/env bash
# Times `ladder find` on a registry of 1,000,000 firms with realistic Chinese names.
#   scripts/bench-find.sh [DB] [RUNS]
# DB defaults to .bench/find.sqlite, built once (~5 min) by `ladder init` and
# scripts/bench-registry.py --chinese-names; the first `ladder find` then fills the name index
# (timed below as "index fill"). Each query runs RUNS times (default 7), each a new process; printed:
# the lookup itself (the library call, from `find --timing`) and the whole process, min and median.
# Target: the lookup ≤ 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-.bench/find.sqlite}
RUNS=${2:-7}

swift build -c release --product ladder >/dev/null
LADDER=.build/release/ladder
if [ ! -f "$DB" ]; then
    mkdir -p "$(dirname "$DB")"
    $LADDER init --db "$DB" >/dev/null
    python3 scripts/bench-registry.py --db "$DB" --firms 1000000 --seed 1 --chinese-names
fi
if [ "$(sqlite3 "$DB" "SELECT count(*) FROM firm_name_mark")" = "0" ]; then
    start=$(date +%s%N)
    $LADDER find 众城 --db "$DB" >/dev/null
    end=$(date +%s%N)
    echo "index fill (first find on a registry written without it): $(( (end - start) / 1000000 )) ms"
fi
echo "firms: $(sqlite3 "$DB" "SELECT count(*) FROM enterprise"), names indexed: $(sqlite3 "$DB" "SELECT count(*) FROM firm_name")"

# A code of a firm in the registry, and names that exist in it.
CODE=$(sqlite3 "$DB" "SELECT credit_code FROM enterprise WHERE id = 500000")
FULL=$(sqlite3 "$DB" "SELECT name FROM enterprise WHERE id = 500000")
FULLWIDTH=$(python3 -c "import sys; print(''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in sys.argv[1]))" "$CODE")

# bench LABEL TEXT: min and median of the lookup itself and of the whole process, over $RUNS runs.
bench() {
    local label=$1 text=$2 lookups="" walls=""
    $LADDER find "$text" --db "$DB" >/dev/null 2>&1 || true  # warm the OS file cache once
    for _ in $(seq "$RUNS"); do
        local start end lookup
        start=$(date +%s%N)
        lookup=$($LADDER find "$text" --db "$DB" --timing 2>&1 >/dev/null | sed -n 's/^find took \([0-9.]*\) ms$/\1/p')
        end=$(date +%s%N)
        lookups+="$lookup"$'\n'
        walls+="$(( (end - start) / 1000000 ))"$'\n'
    done
    local l w
    l=$(printf '%s' "$lookups" | sort -n | awk '{ v[NR] = $1 } END { printf "%6.1f ms  median %6.1f ms", v[1], v[int((NR + 1) / 2)] }')
    w=$(printf '%s' "$walls" | sort -n | awk '{ v[NR] = $1 } END { printf "%5d ms  median %5d ms", v[1], v[int((NR + 1) / 2)] }')
    printf "%-40s lookup min %s   process min %s\n" "$label" "$l" "$w"
}

bench "2 characters: 华瑞" "华瑞"
bench "2 characters: 科技 (half of all)" "科技"
bench "3 characters: 华瑞航" "华瑞航"
bench "4 characters: 华瑞航空" "华瑞航空"
bench "6 characters: 信息技术有限" "信息技术有限"
bench "exact name: $FULL" "$FULL"
bench "near miss (no match, suggests)" "${FULL/有限/}"
bench "code: $CODE" "$CODE"
bench "full-width code" "$FULLWIDTH"
bench "no match: 长江存储" "长江存储"
