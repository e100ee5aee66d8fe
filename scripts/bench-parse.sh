#!/usr/bin/env bash
# Reading and parsing alone (an import's reading thread, nothing written) on one core:
#   scripts/bench-parse.sh [ROWS]              (default 50000) MB/s, best of $RUNS runs (default 3), UTF-8 and GB18030
#   scripts/bench-parse.sh --callgrind [ROWS]  instructions by phase under valgrind's callgrind (repeatable on a loaded machine)
# Valgrind 3.19 cannot read Swift 6.3's DWARF, so the binary is profiled with its debug sections
# stripped (objcopy --strip-debug); the symbol table still names every function.
# PARSE_BIN=path measures that binary instead of building one; BENCH_DIR (default /tmp/ladder-bench-parse) holds the files.
set -euo pipefail
cd "$(dirname "$0")/.."
CALLGRIND=0
if [ "${1:-}" = --callgrind ]; then CALLGRIND=1; shift; fi
ROWS=${1:-50000}
RUNS=${RUNS:-3}
WORK=${BENCH_DIR:-/tmp/ladder-bench-parse}
GEN=../shared/tools/gen_roster.py
[ -f "$GEN" ] || GEN=/work/shared/tools/gen_roster.py
mkdir -p "$WORK"
if [ -z "${PARSE_BIN:-}" ]; then
    swift build -c release --product ladder-bench-parse >&2
    PARSE_BIN=$(swift build -c release --show-bin-path)/ladder-bench-parse
fi
utf8=$WORK/roster-$ROWS.csv gb=$WORK/roster-$ROWS-gb18030.csv
[ -f "$utf8" ] || python3 "$GEN" --rows "$ROWS" --seed 1 --quiet --out "$utf8"
[ -f "$gb" ] || python3 "$GEN" --rows "$ROWS" --seed 1 --encoding gb18030 --quiet --out "$gb"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ $CALLGRIND = 0 ]; then
    "$PARSE_BIN" --runs "$RUNS" "$utf8" "$gb"
    exit 0
fi
command -v valgrind >/dev/null || { echo "--callgrind needs valgrind (apt-get install valgrind)" >&2; exit 1; }
stripped=$WORK/ladder-bench-parse.stripped
objcopy --strip-debug "$PARSE_BIN" "$stripped"
out=$WORK/callgrind.out
valgrind --tool=callgrind --callgrind-out-file="$out" "$stripped" "$utf8" 2>&1 | grep -E "refs|rows"
# Inclusive millions of instructions of the functions that make the phases.
callgrind_annotate --inclusive=yes "$out" 2>/dev/null | tr -d , | awk '
    /PROGRAM TOTALS/ { printf "%-40s %8.0f M\n", "whole process", $1 / 1e6 }
    /DelimitedReaderC10readRecord/ { printf "%-40s %8.0f M\n", "read the CSV (DelimitedReader)", $1 / 1e6 }
    /TitledTableReaderC4next/ { printf "%-40s %8.0f M\n", "read and skip non-data lines", $1 / 1e6 }
    /RowParser[CV]5parse_4code/ { printf "%-40s %8.0f M\n", "RowParser.parse", $1 / 1e6 }
    /RowParser[CV]6rawKey/ { printf "%-40s %8.0f M\n", "row fingerprint", $1 / 1e6 }
    /RowParser[CV]4code2of/ { printf "%-40s %8.0f M\n", "code read before parsing", $1 / 1e6 }
'
