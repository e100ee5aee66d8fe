#!/usr/bin/env bash
# The quick start: build ladder, create a registry in ./demo, record a few firms' histories,
# and show one of them. Safe to run again: it starts from an empty ./demo each time.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== building ladder (first build takes a minute or two)" >&2
swift build -c release --product ladder >&2
ladder="$(swift build -c release --show-bin-path)/ladder"

rm -rf demo && mkdir -p demo
export LADDER_DB="$PWD/demo/ladder.sqlite" LADDER_OPERATOR="demo"

"$ladder" init
"$ladder" add 91360722MA35G1YK7R --name 信丰众城矿业有限公司 --founded 2015-12-01 --field 新材料
"$ladder" add 9136060006346630XD --name 鹰潭市信江海融小额贷款股份有限公司 --region 360602 --field 高技术服务
"$ladder" certify 91360722MA35G1YK7R --number GR202336000123 --issued 2023-11-22 --document '赣高企认办〔2023〕5号' \
    --override '省认定名单公布，事实数据未录入'
"$ladder" admit 91360722MA35G1YK7R --number 2025360722A0000031 --effective 2025-04-18 --override '入库公告'
"$ladder" rename 91360722MA35G1YK7R --name 江西众城新材料有限公司 --effective 2025-03-01 --note 市场监管局变更登记
"$ladder" relocate 91360722MA35G1YK7R --region 360112 --zone ganjiang --effective 2025-06-01 --note 整体迁移
"$ladder" select 91360722MA35G1YK7R --tier growth --category gazelle --year 2025 --effective 2025-07-01 --override '省瞪羚名单'
"$ladder" certify 9136060006346630XD --number GR202436000456 --issued 2024-12-06 --override '省认定名单'
"$ladder" revoke 9136060006346630XD --tier hnte --effective 2025-09-01 --ground missed-reports --reason '连续两年未报年报'

echo
"$ladder" show 江西众城新材料有限公司 --as-of 2025-12-31
