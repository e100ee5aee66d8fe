#!/usr/bin/env bash
# Instructions of a first import into an empty registry, thread by thread and phase by phase, under
# valgrind's callgrind (repeatable on a loaded machine), beside the same-schema floor's:
#   scripts/bench-import-callgrind.sh [ROWS]   (default 50000)
# LADDER_BIN=path profiles that binary instead of building one; FLOOR=0 skips the floor;
# BENCH_DIR (default /tmp/ladder-bench-import-callgrind) holds the files and the callgrind outputs.
# Valgrind 3.19 cannot read Swift 6.3's DWARF, so the binary is profiled with its debug sections
# stripped (objcopy --strip-debug); the symbol table still names every function.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-50000}
WORK=${BENCH_DIR:-/tmp/ladder-bench-import-callgrind}
GEN=../shared/tools/gen_roster.py
[ -f "$GEN" ] || GEN=/work/shared/tools/gen_roster.py
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 1; }
mkdir -p "$WORK"
if [ -z "${LADDER_BIN:-}" ]; then
    swift build -c release --product ladder >&2
    LADDER_BIN=$(swift build -c release --show-bin-path)/ladder
fi
roster=$WORK/roster-$ROWS.csv
[ -f "$roster" ] || python3 "$GEN" --rows "$ROWS" --seed 1 --quiet --out "$roster"
stripped=$WORK/ladder.stripped
objcopy --strip-debug "$LADDER_BIN" "$stripped"
db=$WORK/registry-$ROWS.db
rm -f "$db"*; "$stripped" init --db "$db" >/dev/null
out=$WORK/import-$ROWS.out
rm -f "$out"*
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
valgrind --tool=callgrind --separate-threads=yes --dump-instr=no --callgrind-out-file="$out" \
    "$stripped" import "$roster" --db "$db" --silent 2>&1 | grep -E "Collected" || true

# Millions of instructions, inclusive, of the functions that make the writer's phases (per thread file).
phases() {
    callgrind_annotate --inclusive=yes "$1" 2>/dev/null | tr -d , | awk '
        function show(label, n) { printf "  %-60s %8.0f M\n", label, n / 1e6 }
        /PROGRAM TOTALS/ { all = $1; show("thread total", $1) }
        /LadderKit8ImporterV8readRows_/ && !r++ { rows = $1; show("rows: check and write (Importer.readRows)", $1) }
        /ImportStatementsC6insert4code/ && !i++ { show("  enterprise inserts (binding and SQLite)", $1) }
        /ImportStatementsC11insertEvent12/ && !e++ { show("  event inserts (binding and SQLite)", $1) }
        /ImportStatementsC10insertFact/ && !f++ { show("  fact inserts (binding and SQLite)", $1) }
        /RegistryV13fillFirmNames_/ && !n++ { names = $1; show("name index (fillFirmNames)", $1) }
        /TrigramIndexBuilderC6finish4into/ && !t++ { show("  full-text indexes built aside: wait and copy", $1) }
        /RegistryV15fillGrantPlaces/ && !g++ { grants = $1; show("statistics cache (fillGrantPlaces)", $1) }
        /DeferredForeignKeysV5check/ && !k++ { keys = $1; show("foreign-key check", $1) }
        /TrigramIndexBuilderC5build/ && !b++ { show("full-text index builder (build)", $1) }
        /LadderKit10FileDigestC4path/ && !h++ { show("SHA-256 of the file", $1) }
        /RowPipeline/ && /prepare/ && !q++ { show("reading thread: RowPipeline.prepare", $1) }
        END { if (rows > 0) show("the rest of the end: indexes rebuilt, batch row, commit", all - rows - names - grants - keys) }
    '
}
total=0
for f in "$out"-*; do
    n=$(callgrind_annotate "$f" 2>/dev/null | tr -d , | awk '/PROGRAM TOTALS/ { print $1 }')
    total=$((total + ${n:-0}))
    echo "${f##*/}:"
    phases "$f"
done
printf "whole process: %.0f M\n" "$(echo "$total / 1000000" | bc -l)"

[ "${FLOOR:-1}" = 1 ] || exit 0
# The floor: the sqlite3 shell copying what the import wrote into a fresh registry (bench-floor.py).
fresh=$WORK/floor-$ROWS.db
rm -f "$fresh"*; "$stripped" init --db "$fresh" >/dev/null
python3 scripts/bench-floor.py "$db" "$fresh" > "$WORK/floor.sql"
# One dump before each sqlite3_prepare_v2: the shell prepares each statement with it, but so do the
# reads of the two schemas (main, then src, at the first statements that need them) and FTS5's rebuild
# (twice), so the dumps are printed in order with their costs, and the statements beside them for
# reading: the big ones are the copies, in the order of floor.sql; the last big one is the rebuild.
rm -f "$WORK/floor-$ROWS.out"*
valgrind --tool=callgrind --dump-instr=no --dump-before=sqlite3_prepare_v2 --callgrind-out-file="$WORK/floor-$ROWS.out" \
    sqlite3 "$fresh" ".read $WORK/floor.sql" >/dev/null 2>&1
echo "floor statements (floor.sql):"
grep -v '^$' "$WORK/floor.sql" | cut -c1-90 | sed 's/^/  /'
ftotal=0
for f in $(ls "$WORK/floor-$ROWS.out".* | sort -t. -k3 -n) "$WORK/floor-$ROWS.out"; do
    n=$(callgrind_annotate "$f" 2>/dev/null | tr -d , | awk '/PROGRAM TOTALS/ { print $1 }')
    ftotal=$((ftotal + ${n:-0}))
    printf "  dump %-4s %10.1f M\n" "${f##*.}" "$(echo "${n:-0} / 1000000" | bc -l)"
done
printf "floor (sqlite3 shell), whole: %.0f M\n" "$(echo "$ftotal / 1000000" | bc -l)"
