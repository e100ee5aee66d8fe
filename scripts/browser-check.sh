#!/usr/bin/env bash
# The web pages in a real headless browser: Debian's chromium and chromedriver driven by Selenium
# (every Tests/browser/test_*.py; what they share is in browsing.py). Installs what is missing (apt-get; pip), builds ladder, makes a
# throwaway registry from a generated sample with two accounts (the province, a 赣州 viewer) and two
# firms the tests name (one in 南昌, one named like an attack), starts `ladder serve` on 127.0.0.1
# (a port the system picks), runs the tests, and stops the server on the way out, pass or fail.
# The tests write a screenshot of every page they visit to docs/screenshots/ (1366x768).
#   scripts/browser-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "installing chromium and chromium-driver (apt)…" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >&2
fi
if ! python3 -c 'import selenium' 2>/dev/null; then
    echo "installing selenium (PyPI)…" >&2
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore selenium \
        || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages selenium
fi
# Selenium finds the browser and the driver given; it must not download or report anything.
export SE_OFFLINE=true SE_AVOID_STATS=true

. scripts/serve-lib.sh browser-check

export LADDER_DB="$work/registry.sqlite" LADDER_OPERATOR=browser-check LADDER_PASSWORD=browser-check-password
"$ladder" init >/dev/null
"$ladder" sample --rows 400 --seed 7 --out "$work/roster.csv" >/dev/null
"$ladder" import "$work/roster.csv" --silent >/dev/null
"$ladder" add 91440300708461136T --name 南昌浏览器测试科技有限公司 --region 360102 --founded 2016-03-01 --field 电子信息 >/dev/null
"$ladder" facts set 91440300708461136T --year 2024 --employees 120 --tech-staff 30 --revenue 8000 --rd-expense 600 >/dev/null
"$ladder" certify 91440300708461136T --number GR202436000888 --issued 2024-11-22 --document '赣高企认办〔2024〕3号' \
    --override '按认定名单录入' >/dev/null
"$ladder" add 91360722MA35G1YK7R --name '<script>alert(1)</script>' --region 360702 >/dev/null
# Targets, so that the dashboard shows progress (test_overview.py): the province's and 赣州's.
"$ladder" targets set hnte 400 --due 2027-12-31 >/dev/null
"$ladder" targets set hnte 60 --due 2027-12-31 --region 360700 >/dev/null
printf '%s\n' "$LADDER_PASSWORD" | "$ladder" accounts add sheng --role admin --region 360000 --password-stdin >/dev/null
printf '%s\n' "$LADDER_PASSWORD" | "$ladder" accounts add ganzhou --role viewer --region 360700 --password-stdin >/dev/null
# The firm page's actions (test_actions.py): an editor of 南昌 and a 南昌 firm with no facts to certify.
printf '%s\n' "$LADDER_PASSWORD" | "$ladder" accounts add nanchang --role editor --region 360100 --password-stdin >/dev/null
"$ladder" add 91360111MA38C4D5XG --name 南昌待认定科技有限公司 --region 360111 --founded 2019-05-01 --field 电子信息 >/dev/null
# The import page's test (test_imports.py) uploads and applies a file as an editor of the province.
printf '%s\n' "$LADDER_PASSWORD" | "$ladder" accounts add shengbian --role editor --region 360000 --password-stdin >/dev/null

start_server

echo "browser-check: chromium against $url" >&2
# LADDER_BIN: the tests ask the CLI the dashboard's questions (LADDER_DB is exported above).
LADDER_URL="$url" LADDER_SCREENSHOTS=docs/screenshots LADDER_BIN="$ladder" \
    python3 -m unittest discover --start-directory Tests/browser --pattern 'test_*.py' --verbose
