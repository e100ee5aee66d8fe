#!/usr/bin/env bash
# Times the statistics commands on a big registry against hand-written SQL in the sqlite3 CLI.
#   scripts/bench-stats.sh [DB] [RUNS]
# DB defaults to .bench/bench.sqlite, built (once, ~4 min) by scripts/bench-registry.py with 1M
# firms. Prints the minimum and median wall time of RUNS runs (default 15), each a new process.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-.bench/bench.sqlite}
RUNS=${2:-15}
DAY=2026-11-29
KNOWN=2026-11-29T12:00:00.000000Z

if [ ! -f "$DB" ]; then
    mkdir -p "$(dirname "$DB")"
    swift build -c release --product ladder >/dev/null
    .build/release/ladder init --db "$DB" >/dev/null
    python3 scripts/bench-registry.py --db "$DB" --firms 1000000 --seed 1
fi
swift build -c release --product ladder >/dev/null
LADDER=.build/release/ladder

source scripts/bench-lib.sh

# The hand-written equivalent of `stats --tier hnte --by city` on the event and enterprise tables:
# certificates issued in the last three years (Civil Code), recorded by then, not voided, not
# revoked by a revocation in force; each firm once, in its city after its last relocation.
HAND_EVENTS=$(cat <<SQL
WITH valid AS (
  SELECT DISTINCT g.enterprise_id AS id FROM event g
  WHERE g.kind IN ('admit', 'certify', 'select') AND g.tier = 'hnte'
    AND g.effective_on BETWEEN date('$DAY', '-3 years') AND '$DAY' AND g.recorded_at <= '$KNOWN'
    AND NOT EXISTS (SELECT 1 FROM event v WHERE v.target_id = g.id AND v.kind = 'void' AND v.recorded_at <= '$KNOWN')
    AND NOT EXISTS (SELECT 1 FROM event r WHERE r.target_id = g.id AND r.kind = 'revoke'
                    AND r.effective_on <= '$DAY' AND r.recorded_at <= '$KNOWN'
                    AND NOT EXISTS (SELECT 1 FROM event v WHERE v.target_id = r.id AND v.kind = 'void'
                                    AND v.recorded_at <= '$KNOWN')))
SELECT city, count(*) FROM (
  SELECT coalesce(
    (SELECT coalesce(m.zone, substr(m.division, 1, 4)) FROM event m
     WHERE m.kind = 'relocate' AND m.enterprise_id = valid.id AND m.effective_on <= '$DAY' AND m.recorded_at <= '$KNOWN'
       AND NOT EXISTS (SELECT 1 FROM event v WHERE v.target_id = m.id AND v.kind = 'void' AND v.recorded_at <= '$KNOWN')
     ORDER BY m.effective_on DESC, m.id DESC LIMIT 1),
    (SELECT coalesce(e.zone, substr(e.division, 1, 4)) FROM enterprise e WHERE e.id = valid.id)) AS city
  FROM valid)
GROUP BY city;
SQL
)
# What `ladder stats --print-sql` prints: the same count in one statement, on the cache.
HAND_PRINTED=$($LADDER stats --tier hnte --by city --as-of $DAY --known-at $KNOWN --db "$DB" --print-sql)

echo "registry: $DB ($(sqlite3 "$DB" "SELECT count(*) FROM enterprise") firms, $(sqlite3 "$DB" \
    "SELECT group_concat(kind || ' ' || n, ', ') FROM (SELECT kind, count(*) n FROM event GROUP BY kind)"))"
time_ms "ladder stats --tier hnte --by city" $LADDER stats --tier hnte --by city --as-of $DAY --known-at $KNOWN --db "$DB"
time_ms "sqlite3: hand SQL on event + enterprise" sqlite3 "$DB" "$HAND_EVENTS"
time_ms "sqlite3: stats --print-sql" sqlite3 "$DB" "$HAND_PRINTED"
time_ms "ladder series monthly 2019-2026 by city" $LADDER series --tier hnte --from 2019-01 --to 2026-12 --by city \
    --known-at $KNOWN --db "$DB"
time_ms "ladder stats (positions, all tiers)" $LADDER stats --by position --as-of $DAY --known-at $KNOWN --db "$DB"
time_ms "ladder stats --tier tsme --by city" $LADDER stats --tier tsme --by city --as-of $DAY --known-at $KNOWN --db "$DB"
time_ms "ladder cohort --tier hnte" $LADDER cohort --as-of $DAY --known-at $KNOWN --db "$DB"
time_ms "ladder --version (process start)" $LADDER --version
