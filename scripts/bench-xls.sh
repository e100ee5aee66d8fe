#!/usr/bin/env bash
# Measures `ladder import` on legacy Excel .xls: 100,000 rows from gen_roster.py, typed as a bureau's
# Excel holds them (numbers as numbers, days as date cells, codes as text), written by xlwt.
# BIFF8 holds at most 65,536 rows a sheet, so the rows are split: 65,535 in sheet 名单 (the most one
# sheet can hold under its header) and 34,465 in sheet 名单2, imported one after the other with
# --sheet into one registry. The same 65,535 rows as CSV UTF-8 give a reference.
#   scripts/bench-xls.sh            prints a markdown table on stdout (wall time and peak RSS from
#                                   /usr/bin/time, best of $RUNS runs, default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-1}
WORK=${BENCH_DIR:-/tmp/ladder-bench-xls}
GEN=../shared/tools/gen_roster.py
[ -f "$GEN" ] || GEN=/work/shared/tools/gen_roster.py
mkdir -p "$WORK"
[ -x /usr/bin/time ] || { echo "bench needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
python3 -c "import xlwt" 2>/dev/null || pip install -q xlwt >&2

echo "== building (release)" >&2
swift build -c release --product ladder >&2
LADDER="$(swift build -c release --show-bin-path)/ladder"

csv="$WORK/roster_100000.csv"; xls="$WORK/roster_100000.xls"; first="$WORK/roster_65535.csv"
if [ ! -s "$xls" ]; then
    echo "== generating $xls" >&2
    python3 "$GEN" --rows 100000 --seed 1 --quiet --out "$csv"
    head -n 65536 "$csv" > "$first"
    python3 - "$csv" "$xls" <<'PY'
import csv, datetime as dt, re, sys
import xlwt
source, target = sys.argv[1:]
wb = xlwt.Workbook(encoding="utf-8")
day = xlwt.easyxf(num_format_str="YYYY-MM-DD")
number = re.compile(r"^-?\d+(\.\d+)?$")
with open(source, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
text_columns = {i for i, h in enumerate(header) if "代码" in h or "编号" in h}
for name, part in (("名单", body[:65535]), ("名单2", body[65535:])):
    ws = wb.add_sheet(name)
    for c, h in enumerate(header):
        ws.write(0, c, h)
    for r, row in enumerate(part, start=1):
        for c, value in enumerate(row):
            if value == "":
                continue
            if c not in text_columns and number.match(value):
                ws.write(r, c, float(value) if "." in value else int(value))
            elif re.match(r"^\d{4}-\d\d-\d\d$", value):
                ws.write(r, c, dt.date.fromisoformat(value), day)
            else:
                ws.write(r, c, value)
wb.save(target)
PY
fi

source scripts/bench-lib.sh
row() { echo "| $1 | $2 s | $3 MB | $4 |"; }

DB="$WORK/bench.sqlite"
echo "== 65,535 rows CSV" >&2
read -r cs ckb < <(SETUP="rm -f $DB*; $LADDER init --db $DB >/dev/null" measure "$LADDER" import "$first" --db "$DB" --silent)
echo "== .xls sheet 名单 then 名单2" >&2
read -r x1 k1 < <(SETUP="rm -f $DB*; $LADDER init --db $DB >/dev/null" measure "$LADDER" import "$xls" --db "$DB" --silent)
# The second sheet lands on top of the first, as a bureau would import a two-sheet file.
read -r x2 k2 < <(SETUP="rm -f $DB*; $LADDER init --db $DB >/dev/null; $LADDER import $xls --db $DB --silent >/dev/null 2>&1" \
    measure "$LADDER" import "$xls" --sheet 名单2 --db "$DB" --silent)
firms=$(sqlite3 "$DB" "SELECT count(*) FROM enterprise" 2>/dev/null || echo "?")
total=$(awk -v a="$x1" -v b="$x2" 'BEGIN{printf "%.2f", a+b}')
echo "| case | wall | peak RSS | goal |"
echo "|---|---|---|---|"
row "65,535 rows CSV UTF-8 (reference)" "$cs" "$((ckb / 1024))" ""
row "65,535 rows .xls, sheet 名单 ($(du -k "$xls" | cut -f1) KB file, both sheets)" "$x1" "$((k1 / 1024))" ""
row "34,465 rows .xls, --sheet 名单2, into the same registry" "$x2" "$((k2 / 1024))" ""
row "100,000 rows .xls in two sheets, together ($firms firms)" "$total" "$(( (k1 > k2 ? k1 : k2) / 1024 ))" "≤ 10 s"
