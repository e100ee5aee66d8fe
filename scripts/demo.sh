#!/usr/bin/env bash
# The quick start: build ladder, create a registry in ./demo, import a generated sample roster,
# record a few events by hand, and print the statistics a bureau reports. Runs on a fresh
# machine with nothing but Swift (it installs SQLite's headers when missing); safe to run
# again (it starts from an empty ./demo each time).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-sqlite.sh
echo "== building ladder (the first build takes a few minutes)" >&2
swift build -c release --product ladder >&2
ladder="$(swift build -c release --show-bin-path)/ladder"

rm -rf demo && mkdir -p demo
export LADDER_DB="$PWD/demo/ladder.sqlite" LADDER_OPERATOR="demo"
run() { echo; echo "\$ ladder $*"; "$ladder" "$@"; }

run init
run sample --rows 20000 --seed 7 --out demo/roster.csv
run import demo/roster.csv --year 2024 --silent
run targets set hnte 10000 --due 2025-12-31 --note '江西省科技型企业梯次培育行动计划（2023—2025年）'
run targets set tsme 17000 --due 2025-12-31
code=$(sed -n 2p demo/roster.csv | cut -d, -f1)
run rename "$code" --name 江西众城新材料有限公司 --effective 2025-03-01 --note 市场监管局变更登记
run relocate "$code" --region 360112 --zone ganjiang --effective 2025-06-01 --note 整体迁移
run find 众城 --as-of 2025-12-31
run stats --tier hnte --by city --as-of 2025-12-31
run targets --as-of 2025-12-31
run show "$code" --as-of 2025-12-31
run stats --tier 高企 --by county --region 赣州 --as-of 2025-12-31
