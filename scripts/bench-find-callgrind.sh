#!/usr/bin/env bash
# Instructions per warm `find` and `show` read, counted by callgrind (repeatable on a loaded machine):
#   scripts/bench-find-callgrind.sh [DB] [TEXT] [RUNS]
# DB defaults to .bench/serve.sqlite (scripts/bench-serve.sh builds it). ladder-bench-find (release,
# debug info stripped for valgrind) runs each read once to warm up, then RUNS times (default 10)
# as `ladder serve` answers GET /api/v1/find?q=TEXT (TEXT defaults to 科技; region 360000, as the
# bench's provincial account) and GET /api/v1/enterprises/{code}: the library call and its JSON.
# Printed: millions of instructions per read, and the functions costing most of each.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-.bench/serve.sqlite}
TEXT=${2:-科技}
RUNS=${3:-10}
command -v valgrind >/dev/null || { echo "valgrind is missing (apt-get install valgrind)" >&2; exit 1; }
[ -f "$DB" ] || { echo "no registry at $DB: run scripts/bench-serve.sh once, or name one" >&2; exit 1; }
swift build -c release --product ladder-bench-find >/dev/null
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
objcopy --strip-debug .build/release/ladder-bench-find "$WORK/bench"
CODE=$(sqlite3 "$DB" "SELECT credit_code FROM enterprise ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM enterprise)")
"$WORK/bench" "$DB" "$TEXT" "$CODE" "$RUNS" 360000
for read in Find Show; do
    valgrind --tool=callgrind --toggle-collect="measured$read" --callgrind-out-file="$WORK/$read.out" \
        "$WORK/bench" "$DB" "$TEXT" "$CODE" "$RUNS" 360000 >/dev/null 2>"$WORK/$read.log"
    total=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$WORK/$read.log")
    echo "$read: $(awk -v t="$total" -v n="$RUNS" 'BEGIN { printf "%.2f", t / n / 1e6 }') M instructions per read"
    callgrind_annotate --inclusive=yes "$WORK/$read.out" 2>/dev/null \
        | grep -E 'LadderKit' | grep -vE 'measured|Registry(V|C)7reading' | head -12 \
        | awk -v n="$RUNS" '{ gsub(",", "", $1); printf "  %8.3f M  %s\n", $1 / n / 1e6, substr($0, index($0, "???:") + 4, 110) }'
done
