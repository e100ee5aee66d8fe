#!/usr/bin/env bash
# Times the region filter (--region) on the 1M-firm benchmark registry, beside the province's count.
#   scripts/bench-region.sh [DB] [RUNS]
# DB defaults to .bench/bench.sqlite, built (once, ~4 min) by scripts/bench-registry.py with 1M
# firms, as scripts/bench-stats.sh does. Prints the minimum and median wall time of RUNS runs
# (default 5), each a new process, and checks that 赣州's count equals its row in the province's.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-.bench/bench.sqlite}
RUNS=${2:-5}
DAY=2026-11-29
KNOWN=2026-11-29T12:00:00.000000Z

swift build -c release --product ladder >/dev/null
LADDER=.build/release/ladder
if [ ! -f "$DB" ]; then
    mkdir -p "$(dirname "$DB")"
    $LADDER init --db "$DB" >/dev/null
    python3 scripts/bench-registry.py --db "$DB" --firms 1000000 --seed 1
fi
$LADDER stats --tier hnte --db "$DB" --as-of $DAY --known-at $KNOWN >/dev/null  # fills the cache once

source scripts/bench-lib.sh

at=(--as-of $DAY --known-at $KNOWN --db "$DB")
time_ms "stats --tier hnte --by city (the province)" $LADDER stats --tier hnte --by city "${at[@]}"
time_ms "stats --tier hnte (the province, by tier)" $LADDER stats --tier hnte "${at[@]}"
time_ms "stats --tier hnte --region 3607" $LADDER stats --tier hnte --region 3607 "${at[@]}"
time_ms "stats --tier hnte --region 3607 --by county" $LADDER stats --tier hnte --region 3607 --by county "${at[@]}"
time_ms "stats --tier hnte --region 360702" $LADDER stats --tier hnte --region 360702 "${at[@]}"
time_ms "stats --tier hnte --region ganjiang" $LADDER stats --tier hnte --region ganjiang "${at[@]}"
time_ms "series --tier hnte --from 2024-12 --region 3607" \
    $LADDER series --tier hnte --from 2024-12 --to 2026-11 --region 3607 --known-at $KNOWN --db "$DB"

# The same figure both ways: 赣州's own count, and 赣州's row in the province's.
own=$($LADDER stats --tier hnte --region 3607 --format csv "${at[@]}" | sed -n 2p | cut -d, -f3)
row=$($LADDER stats --tier hnte --by city --format csv "${at[@]}" | grep '^360700,' | cut -d, -f3)
echo "赣州市: --region 3607 counts $own, the province's row $row"
[ "$own" = "$row" ]
