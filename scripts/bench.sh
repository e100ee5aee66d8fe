#!/usr/bin/env bash
# Measures ladder against the sqlite3 CLI on the same files and writes docs/benchmarks.md.
#   scripts/bench.sh [ROWS]          (default 1000000; the xlsx file has ROWS/10 rows)
#   scripts/bench.sh --quick [ROWS]  (default 200000) the imports only, printed, docs/benchmarks.md untouched
# LADDER_BIN=path measures that binary instead of building one; BENCH_DIR (default /tmp/ladder-bench) holds the files.
# Each first import is set beside the same-schema floor, measured in the same run: a fresh
# registry into which the sqlite3 shell copies every table the import filled (scripts/bench-floor.py).
# Reading and parsing alone (an import's reading thread, nothing written) are timed in CPU seconds
# of one core by ladder-bench-parse, beside each roster's import.
# Inputs come from ../shared/tools/gen_roster.py when present, else from `ladder sample`.
# Whole-process wall time and peak RSS are taken with /usr/bin/time; each figure is the best of
# $RUNS runs (default 1) so a busy machine does not flatter or punish one side. Reading and parsing
# alone (two seconds of one core at 1M rows) is the best of $PARSE_RUNS runs (default 10): this host's
# neighbours slow a core by a third for minutes at a time.
# PostgreSQL beside SQLite (the UTF-8 roster's first import, re-import and stats): on a throwaway
# local cluster (scripts/postgres-cluster.sh), or on BENCH_POSTGRES when it names a server database
# the script may create and drop databases from. POSTGRES=0 skips it; --quick runs it only with POSTGRES=1.
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=0
if [ "${1:-}" = --quick ]; then QUICK=1; shift; fi
ROWS=${1:-$([ $QUICK = 1 ] && echo 200000 || echo 1000000)}
RUNS=${RUNS:-1}
PARSE_RUNS=${PARSE_RUNS:-10}
WORK=${BENCH_DIR:-/tmp/ladder-bench}
GEN=../shared/tools/gen_roster.py
mkdir -p "$WORK" docs
command -v sqlite3 >/dev/null || { echo "bench needs the sqlite3 CLI (apt-get install sqlite3)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

if [ -n "${LADDER_BIN:-}" ]; then  # another build to measure (e.g. before and after a change)
    LADDER=$LADDER_BIN
else
    echo "== building (release)" >&2
    swift build -c release --product ladder >&2
    swift build -c release --product ladder-bench-parse >&2
    LADDER="$(swift build -c release --show-bin-path)/ladder"
fi
# Times reading and parsing alone, on one core, writing nothing (Sources/ladder-bench-parse);
# taken from beside the ladder binary unless PARSE_BIN names it. Skipped when absent.
PARSE_BIN=${PARSE_BIN:-$(dirname "$LADDER")/ladder-bench-parse}

utf8="$WORK/roster_${ROWS}.csv"; gbk="$WORK/roster_${ROWS}_gb18030.csv"; xlsx="$WORK/roster_$((ROWS / 10)).xlsx"
generate() { # kind file rows
    [ -s "$2" ] && return 0
    echo "== generating $2" >&2
    if [ -f "$GEN" ]; then
        case $1 in
            utf8) python3 "$GEN" --rows "$3" --seed 1 --out "$2" ;;
            gb18030) python3 "$GEN" --rows "$3" --seed 1 --encoding gb18030 --out "$2" ;;
            xlsx) python3 -c "import openpyxl" 2>/dev/null || pip install -q openpyxl >&2
                  python3 "$GEN" --rows "$3" --seed 1 --format xlsx --out "$2" ;;
        esac
    else
        [ "$1" = utf8 ] && "$LADDER" sample --rows "$3" --seed 1 --out "$2" >&2 || return 1
    fi
}
generate utf8 "$utf8" "$ROWS"
generate gb18030 "$gbk" "$ROWS" || echo "no GB18030 generator: skipping" >&2
generate xlsx "$xlsx" $((ROWS / 10)) || echo "no xlsx generator: skipping" >&2

source scripts/bench-lib.sh
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }
row() { echo "| $1 | $2 s | ${3:+$3 MB} | $4 | $5 |"; }

DB="$WORK/bench.sqlite"; BASE="$WORK/base.sqlite"; FLOOR="$WORK/floor.sqlite"
results=()
# floor_of REGISTRY: "seconds peak_kb" of the sqlite3 shell copying what the import wrote into a fresh registry.
floor_of() {
    rm -f "$FLOOR"*; "$LADDER" init --db "$FLOOR" >/dev/null
    python3 scripts/bench-floor.py "$1" "$FLOOR" > "$WORK/floor.sql"
    SETUP="rm -f $FLOOR*; $LADDER init --db $FLOOR >/dev/null" measure sqlite3 "$FLOOR" ".read $WORK/floor.sql"
}
utf8_floor=""
import_case() { # label file limit [extra args]
    local label=$1 file=$2 limit=$3; shift 3
    [ -s "$file" ] || return 0
    echo "== $label" >&2
    read -r bs bkb < <(SETUP="rm -f $BASE*" measure sqlite3 "$BASE" '.mode csv' ".import $file t")
    read -r ls lkb < <(SETUP="rm -f $DB*; $LADDER init --db $DB >/dev/null" measure "$LADDER" import "$file" --db "$DB" --silent "$@")
    read -r fs fkb < <(floor_of "$DB")
    [ "$file" = "$utf8" ] && utf8_floor=$fs && utf8_import=$ls
    results+=("$(row "$label: sqlite3 .import" "$bs" "$((bkb / 1024))" "" "")")
    results+=("$(row "$label: same-schema floor (sqlite3 copies what ladder wrote)" "$fs" "$((fkb / 1024))" "" "")")
    results+=("$(row "$label: ladder import" "$ls" "$((lkb / 1024))" "**$(ratio "$ls" "$fs") × floor**, $(ratio "$ls" "$bs") × .import" "$limit")")
}
# parse_case LABEL FILE: CPU seconds and MB/s of reading and parsing alone (best of $PARSE_RUNS).
parse_case() { # LABEL FILE TARGET
    [ -s "$2" ] && [ -x "$PARSE_BIN" ] || return 0
    echo "== $1: reading and parsing alone" >&2
    local out cpu rate
    out=$("$PARSE_BIN" --runs "$PARSE_RUNS" "$2" | tail -n 1)
    cpu=$(sed -E 's/.* in ([0-9.]+) s CPU.*/\1/' <<< "$out"); rate=$(sed -E 's/.*, ([0-9.]+) MB\/s$/\1/' <<< "$out")
    results+=("| $1: reading and parsing alone, one core, nothing written (ladder-bench-parse) | $cpu s CPU | | **$rate MB/s** | ${3:-} |")
}
import_case "${ROWS} rows UTF-8" "$utf8" "≤ 1.5 × floor, ≤ 150 MB"
parse_case "${ROWS} rows UTF-8" "$utf8" "≥ 100 MB/s"
if [ -s "$utf8" ]; then
    echo "== re-import (unchanged)" >&2
    read -r bs _ < <(SETUP="rm -f $BASE*" measure sqlite3 "$BASE" '.mode csv' ".import $utf8 t")
    rm -f "$DB"*; "$LADDER" init --db "$DB" >/dev/null; "$LADDER" import "$utf8" --db "$DB" --silent >/dev/null 2>&1 || true
    read -r rs rkb < <(measure "$LADDER" import "$utf8" --db "$DB" --silent)
    results+=("$(row "${ROWS} rows UTF-8 again: ladder import (all unchanged)" "$rs" "$((rkb / 1024))" "$(ratio "$rs" "$utf8_floor") × floor, $(ratio "$rs" "$bs") × .import" "≤ 1.0 × floor")")
fi

# The same UTF-8 roster on PostgreSQL, each figure beside SQLite's of this run ($DB holds the
# SQLite registry the re-import left).
postgres_rows=()
postgres_case() {
    postgres_server || { echo "no PostgreSQL server installed (scripts/ensure-postgres.sh): skipping it" >&2; return 0; }
    local pg="${POSTGRES_SERVER%/*}/ladder_bench" AS_OF=2025-12-31 ps pkb qs qkb sms pms
    echo "== PostgreSQL: first import, re-import, stats" >&2
    read -r ps pkb < <(SETUP="fresh_postgres ladder_bench" measure "$LADDER" import "$utf8" --db "$pg" --silent)
    read -r qs qkb < <(measure "$LADDER" import "$utf8" --db "$pg" --silent)
    local stats=("$LADDER" stats --tier hnte --by city --as-of "$AS_OF" --format json)
    # What autovacuum does within a minute of a bulk load: until then the visibility map is unset
    # and every index-only read of the statistics cache visits the table too (measured 342 ms, not 118).
    "$(postgres_bin psql)" -q "$pg" -c "VACUUM ANALYZE" >/dev/null
    [ "$("${stats[@]}" --db "$DB")" = "$("${stats[@]}" --db "$pg")" ] \
        || { echo "stats differ between SQLite and PostgreSQL after the imports" >&2; exit 1; }
    sms=$(RUNS=5 runs_ms "${stats[@]}" --db "$DB" | head -n 1)
    pms=$(RUNS=5 runs_ms "${stats[@]}" --db "$pg" | head -n 1)
    postgres_rows+=("$(row "${ROWS} rows UTF-8 into PostgreSQL: ladder import (first)" "$ps" "$((pkb / 1024))" "**$(ratio "$ps" "$utf8_import") × SQLite** ($utf8_import s)" "≤ 2 × SQLite")")
    postgres_rows+=("$(row "the same again into PostgreSQL (all unchanged)" "$qs" "$((qkb / 1024))" "$(ratio "$qs" "$rs") × SQLite ($rs s)" "")")
    postgres_rows+=("| stats --tier hnte --by city on PostgreSQL after VACUUM ANALYZE (same JSON as SQLite; best of 5) | $pms ms | | SQLite $sms ms | ≤ 200 ms |")
}
if [ -s "$utf8" ] && { [ "${POSTGRES:-}" = 1 ] || { [ $QUICK = 0 ] && [ "${POSTGRES:-}" != 0 ]; }; }; then postgres_case; fi
import_case "${ROWS} rows GB18030" "$gbk" "≤ 1.7 × floor, ≤ 150 MB"
parse_case "${ROWS} rows GB18030" "$gbk"
if [ -s "$xlsx" ]; then
    echo "== xlsx" >&2
    read -r xs xkb < <(SETUP="rm -f $DB*; $LADDER init --db $DB >/dev/null" measure "$LADDER" import "$xlsx" --db "$DB" --silent)
    results+=("$(row "$((ROWS / 10)) rows .xlsx: ladder import" "$xs" "$((xkb / 1024))" "" "≤ 10 s")")
fi

# Files as bureaus receive them: legacy .xls (100,000 rows in two sheets) and a 40-page PDF list,
# each measured by its own script (they print markdown), skipped when their tools are missing.
load=$(cut -d' ' -f1-3 /proc/loadavg)
if [ $QUICK = 1 ]; then
    echo "load average at the end: $load"
    echo "| what | wall | peak RSS | ratio | target |"; echo "|---|---|---|---|---|"
    printf '%s\n' "${results[@]}" "${postgres_rows[@]}"
    exit 0
fi
files_sections=()
if python3 -c "import xlwt" 2>/dev/null || pip install -q xlwt >&2; then
    echo "== .xls (scripts/bench-xls.sh)" >&2
    files_sections+=("### Legacy .xls (target: 100,000 rows ≤ 10 s)" "" "$(RUNS=$RUNS scripts/bench-xls.sh)" "")
fi
if command -v pdftotext >/dev/null; then
    echo "== PDF list (scripts/bench-pdf.sh)" >&2
    files_sections+=("### PDF list (target: 2,000 rows, 40 pages ≤ 5 s)" "" '```' "$(scripts/bench-pdf.sh 2000)" '```' "")
fi

IMPORT_RUNS=$RUNS
# Statistics on the registry built from the UTF-8 roster (issue 5), when the commands exist.
stats_rows=()
if [ -s "$utf8" ] && "$LADDER" stats --help >/dev/null 2>&1; then
    echo "== statistics" >&2
    rm -f "$DB"*; "$LADDER" init --db "$DB" >/dev/null; "$LADDER" import "$utf8" --db "$DB" --silent >/dev/null 2>&1 || true
    AS_OF=2025-12-31
    # The count a data-literate person would write by hand against the schema: valid certificates
    # (three years, Civil Code end, not voided, not revoked by then), each firm once, by its city
    # on the day (after any relocation).
    HAND_SQL="$WORK/stats-by-city-hand.sql"
    sed "s/:d/'$AS_OF'/g" > "$HAND_SQL" <<'SQL'
WITH grants AS (
  SELECT g.id, g.enterprise_id,
         CASE WHEN substr(g.effective_on, 6, 5) = '02-29'
              THEN printf('%04d-02-28', substr(g.effective_on, 1, 4) + 3)
              ELSE printf('%04d', substr(g.effective_on, 1, 4) + 3) || substr(g.effective_on, 5) END AS end_on
  FROM event g
  WHERE g.tier = 'hnte' AND g.effective_on <= :d
    AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = g.id)
), valid AS (
  SELECT DISTINCT gr.enterprise_id FROM grants gr
  WHERE gr.end_on >= :d
    AND NOT EXISTS (SELECT 1 FROM event r WHERE r.kind = 'revoke' AND r.target_id = gr.id AND r.effective_on <= :d
                      AND NOT EXISTS (SELECT 1 FROM event v WHERE v.kind = 'void' AND v.target_id = r.id))
), placed AS (
  SELECT v.enterprise_id, e.division AS registered, e.zone AS registered_zone,
         (SELECT m.id FROM event m WHERE m.kind = 'relocate' AND m.enterprise_id = v.enterprise_id
            AND m.effective_on <= :d
            AND NOT EXISTS (SELECT 1 FROM event x WHERE x.kind = 'void' AND x.target_id = m.id)
          ORDER BY m.effective_on DESC, m.id DESC LIMIT 1) AS move
  FROM valid v JOIN enterprise e ON e.id = v.enterprise_id
)
SELECT CASE WHEN COALESCE(m.zone, p.registered_zone) IS NOT NULL AND (m.id IS NULL OR m.zone IS NOT NULL)
            THEN COALESCE(m.zone, p.registered_zone)
            ELSE substr(COALESCE(m.division, p.registered), 1, 4) || '00' END AS city,
       count(*) AS count
FROM placed p LEFT JOIN event m ON m.id = p.move
GROUP BY city ORDER BY city;
SQL
    RUNS=$(( RUNS < 5 ? 5 : RUNS ))   # quick commands: best of at least five
    read -r ss _ < <(measure "$LADDER" stats --tier hnte --by city --as-of "$AS_OF" --db "$DB")
    stats_rows+=("$(row "stats --tier hnte --by city" "$ss" "" "" "≤ 0.15 s")")
    read -r qs _ < <(measure sqlite3 "$DB" ".read $HAND_SQL")
    stats_rows+=("$(row "the same count by hand-written SQL (sqlite3 CLI)" "$qs" "" "$(ratio "$ss" "$qs") ×" "≤ 2 ×")")
    read -r se _ < <(measure "$LADDER" series --tier hnte --from 2018-01 --to 2025-12 --every month --by city --db "$DB")
    stats_rows+=("$(row "series monthly 2018-01…2025-12 by city" "$se" "" "" "≤ 1 s")")
    if "$LADDER" report --help >/dev/null 2>&1; then
        read -r rp _ < <(measure "$LADDER" report --out "$WORK/report.html" --as-of "$AS_OF" --db "$DB")
        stats_rows+=("$(row "report (HTML)" "$rp" "" "" "≤ 3 s")")
    fi
fi

# Hand-written notes below the marker survive a re-run.
NOTES=""
if [ -f docs/benchmarks.md ] && grep -q '<!-- notes -->' docs/benchmarks.md; then
    NOTES=$(sed -n '/<!-- notes -->/,$p' docs/benchmarks.md)
fi
{
    echo "# Benchmarks"
    echo
    echo "Written by \`scripts/bench.sh $ROWS\` on $(date -u +%Y-%m-%d). Whole-process wall time and peak"
    echo "resident memory from \`/usr/bin/time\`; imports are best of ${IMPORT_RUNS} run(s), reading and parsing"
    echo "alone best of ${PARSE_RUNS}, statistics best of ${RUNS};"
    echo "the same input file for both tools."
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
    echo "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(swift --version 2>&1 | head -n 1),"
    echo "SQLite $(sqlite3 --version | cut -d' ' -f1). Inputs: $( [ -f "$GEN" ] && echo "gen_roster.py --seed 1" || echo "ladder sample --seed 1")."
    echo "Load average when the imports ended: $load (the machine may be shared: compare the ratios of one run)."
    echo "The **same-schema floor** is a fresh \`ladder init\` registry into which the sqlite3 shell copies, in one"
    echo "transaction, every table the import filled (\`scripts/bench-floor.py\`: every index, CHECK and trigger in place)."
    echo
    echo "## Import"
    echo
    echo "| what | wall | peak RSS | ratio | target |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${results[@]}"
    if [ ${#postgres_rows[@]} -gt 0 ]; then
        echo
        echo "## PostgreSQL beside SQLite"
        echo
        echo "The UTF-8 roster into a local PostgreSQL $("$(postgres_bin postgres)" --version | awk '{print $3}')"
        echo "(\`scripts/postgres-cluster.sh\`: a throwaway cluster, fsync off) and the same statistics, each beside SQLite's figure of this run."
        echo
        echo "| what | wall | peak RSS | ratio | target |"
        echo "|---|---|---|---|---|"
        printf '%s\n' "${postgres_rows[@]}"
    fi
    if [ ${#files_sections[@]} -gt 0 ]; then
        echo
        echo "## Files as bureaus receive them"
        echo
        printf '%s\n' "${files_sections[@]}"
    fi
    if [ ${#stats_rows[@]} -gt 0 ]; then
        echo
        echo "## Statistics"
        echo
        echo "| what | wall | | ratio | target |"
        echo "|---|---|---|---|---|"
        printf '%s\n' "${stats_rows[@]}"
    fi
    if [ -n "$NOTES" ]; then echo; echo "$NOTES"; fi
} > docs/benchmarks.md
cat docs/benchmarks.md
