#!/usr/bin/env bash
# Times `ladder import LIST.pdf --as hnte-list` on a 2,000-row, ~40-page PDF list (target ≤ 5 s).
#   scripts/bench-pdf.sh [ROWS]      (default 2000)
# The list is set by reportlab (pip install reportlab) from `ladder sample`'s firms: header
# 序号/企业名称/统一社会信用代码/证书编号/所属地区 repeated on every page, a page number on each.
# Prints the PDF's size and pages, then one run's wall time and peak RSS (/usr/bin/time), and
# pdftotext's own share. Run once; it is not a loop.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-2000}
WORK=${BENCH_DIR:-/tmp/ladder-bench-pdf}
mkdir -p "$WORK"
command -v pdftotext >/dev/null || { echo "bench needs pdftotext (apt-get install poppler-utils)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
python3 -c "import reportlab" 2>/dev/null || pip install -q reportlab >&2

echo "== building (release)" >&2
swift build -c release --product ladder >&2
LADDER="$(swift build -c release --show-bin-path)/ladder"

CSV="$WORK/firms_${ROWS}.csv"; PDF="$WORK/hnte-list_${ROWS}.pdf"
[ -s "$CSV" ] || "$LADDER" sample --rows "$ROWS" --seed 1 --out "$CSV" >&2
if [ ! -s "$PDF" ]; then
    echo "== setting $PDF" >&2
    python3 - "$CSV" "$PDF" <<'PY'
import csv, sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
with open(sys.argv[1], encoding="utf-8-sig") as f:
    firms = list(csv.DictReader(f))
rows = [["序号", "企业名称", "统一社会信用代码", "证书编号", "所属地区"]]
for i, firm in enumerate(firms):
    rows.append([str(i + 1), firm["企业名称"], firm["统一社会信用代码"], f"GR202536{i + 1:06d}", firm["所属地区"]])
table = Table(rows, colWidths=[30, 200, 110, 90, 50], rowHeights=14, repeatRows=1)
table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
def page_number(canvas, doc):
    canvas.setFont("STSong-Light", 8)
    canvas.drawCentredString(A4[0] / 2, 30, f"第 {doc.page} 页")
SimpleDocTemplate(sys.argv[2], pagesize=A4, invariant=1).build([table], onFirstPage=page_number,
                                                                onLaterPages=page_number)
PY
fi
PAGES=$(pdftotext -layout -enc UTF-8 "$PDF" - | tr -cd '\f' | wc -c)
echo "list: $PDF, $(stat -c %s "$PDF") bytes, $PAGES pages, $ROWS rows"

DB="$WORK/bench.sqlite"
rm -f "$DB"*; "$LADDER" init --db "$DB" >/dev/null
/usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$LADDER" import "$PDF" --as hnte-list --effective 2025-10-28 \
    --db "$DB" --silent --format json > "$WORK/summary.json"
read -r seconds kb < "$WORK/time.txt"
/usr/bin/time -f "%e %M" -o "$WORK/tool.txt" pdftotext -layout -enc UTF-8 "$PDF" - >/dev/null
read -r tool_seconds tool_kb < "$WORK/tool.txt"
python3 - "$WORK/summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print("imported: rows %(rows)d, new enterprises %(new_enterprises)d, new events %(new_events)d, rejected %(rejected)d" % s)
PY
echo "ladder import: $seconds s wall, peak RSS $((kb / 1024)) MB (target ≤ 5 s)"
echo "of which pdftotext alone: $tool_seconds s, peak RSS $((tool_kb / 1024)) MB"
