#!/usr/bin/env bash
# What reading a published list's layout and places costs: the same roster imported as
#   plain      gen_roster.py's file (所属地区 a city, 行政区划代码 a code, header on row 1)
#   layout     the same rows with a title and a blank row above the header and a 合计 and a
#              注 line below: what finding the header and skipping footers costs
#   places     the layout, no 行政区划代码, and 所属地区 written as an address
#              (江西省赣州市某某路12号) or a short city name (赣州) on alternate rows, so every row
#              goes through the place reader
#   scripts/bench-titles.sh [ROWS]     (default 200000). Whole-process wall time and peak RSS
# from /usr/bin/time, best of $RUNS (default 2), each into a fresh registry.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-200000}
RUNS=${RUNS:-2}
WORK=${BENCH_DIR:-/tmp/ladder-bench-titles}
GEN=${GEN:-../shared/tools/gen_roster.py}
[ -f "$GEN" ] || GEN=../../shared/tools/gen_roster.py
mkdir -p "$WORK"
[ -x /usr/bin/time ] || { echo "bench needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
swift build -c release --product ladder >&2
LADDER="$(swift build -c release --show-bin-path)/ladder"

plain="$WORK/plain_${ROWS}.csv"
[ -s "$plain" ] || python3 "$GEN" --rows "$ROWS" --seed 1 --quiet --out "$plain"
for variant in layout places; do
[ -s "$WORK/${variant}_${ROWS}.csv" ] || python3 - "$plain" "$WORK/${variant}_${ROWS}.csv" "$variant" <<'PY'
import csv, sys
src, dst, variant = sys.argv[1], sys.argv[2], sys.argv[3]
with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8", newline="") as out:
    rows = csv.reader(f)
    header = next(rows)
    region, division = header.index("所属地区"), header.index("行政区划代码")
    keep = [i for i in range(len(header)) if variant == "layout" or i != division]
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["江西省2025年科技型企业名单"] + [""] * (len(keep) - 1))
    w.writerow([""] * len(keep))
    w.writerow([header[i] for i in keep])
    for n, row in enumerate(rows):
        if variant == "places":
            city = row[region]
            row[region] = city.rstrip("市") if n % 2 else "江西省" + city + "某某路" + str(n) + "号"
        w.writerow([row[i] for i in keep])
    w.writerow(["合计：%d家" % (n + 1)] + [""] * (len(keep) - 1))
    w.writerow(["注：数据截至2025年"] + [""] * (len(keep) - 1))
PY
done

for name in plain layout places; do
    file="$WORK/${name}_${ROWS}.csv"; best=""
    for _ in $(seq "$RUNS"); do
        rm -f "$WORK/r.sqlite"* "$WORK/${name}_${ROWS}".{rejects,problems}.csv
        "$LADDER" init --db "$WORK/r.sqlite" >/dev/null
        /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$LADDER" import "$file" --db "$WORK/r.sqlite" --silent >/dev/null
        out=$(tail -n 1 "$WORK/time.txt")
        if [ -z "$best" ] || awk -v a="$out" -v b="$best" 'BEGIN{split(a,x," ");split(b,y," ");exit !(x[1]<y[1])}'; then
            best=$out
        fi
    done
    read -r secs kb <<<"$best"
    printf '| %s rows, %s | %s s | %d MB |\n' "$ROWS" "$name" "$secs" $((kb / 1024))
done
