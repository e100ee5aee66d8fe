#!/usr/bin/env bash
# Checks the live API against its own OpenAPI document with schemathesis (PyPI): no server error,
# and no status, content type or body that contradicts the document. It builds ladder, makes a
# throwaway registry from a generated sample with an editor account of the province and its API
# token, starts `ladder serve` on 127.0.0.1 (a port the system picks), runs schemathesis for a
# bounded time, and stops the server on the way out, pass or fail.
#   scripts/api-check.sh                 # the check, about two minutes
#   API_CHECK_SECONDS=300 scripts/api-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${API_CHECK_SECONDS:-120}"

# The command beside the python3 that pip installs for (a pyenv shim appears only after a rehash),
# else the one on PATH.
find_schemathesis() {
    local beside
    beside="$(python3 -c 'import os, sys; print(os.path.join(os.path.dirname(sys.executable), "schemathesis"))')"
    if [ -x "$beside" ]; then echo "$beside"; else command -v schemathesis || true; fi
}
schemathesis="$(find_schemathesis)"
if [ -z "$schemathesis" ]; then
    echo "installing schemathesis (PyPI)…" >&2
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore schemathesis
    schemathesis="$(find_schemathesis)"
    [ -n "$schemathesis" ] || { echo "api-check: schemathesis installed but not found; add pip's script folder to PATH" >&2; exit 1; }
fi

. scripts/serve-lib.sh api-check

export LADDER_DB="$work/registry.sqlite" LADDER_OPERATOR=api-check
"$ladder" init >/dev/null
"$ladder" sample --rows 400 --seed 7 --out "$work/roster.csv" >/dev/null
"$ladder" import "$work/roster.csv" --silent >/dev/null
"$ladder" targets set hnte 120 --due 2026-12-31 >/dev/null
"$ladder" targets set hnte 20 --due 2026-12-31 --region 360700 >/dev/null
printf 'api-check-password\n' | "$ladder" accounts add checker --role editor --region 360000 --password-stdin >/dev/null
token="$("$ladder" accounts token checker 2>/dev/null)"

start_server

# Half the firms asked for are real ones of the sample (the rest are whatever schemathesis makes up),
# so that `enterprises/{code}` is tested beyond its 404.
{
    echo '[dictionaries.codes]'
    printf 'values = [%s]\n' "$(sed -n '2,9p' "$work/roster.csv" | cut -d, -f1 | sed 's/.*/"&"/' | paste -sd, -)"
    echo '[parameters]'
    echo '"path.code" = { dictionary = "codes", probability = 0.5 }'
} >"$work/schemathesis.toml"

echo "api-check: schemathesis against $url for at most ${seconds}s" >&2
# One worker: hypothesis parses lambda sources with ast, which Python 3.11 does not do safely from two threads.
started=$(date +%s)
# Run from the throwaway folder: schemathesis and hypothesis keep their caches in the working directory.
(cd "$work" && "$schemathesis" --no-color --config-file "$work/schemathesis.toml" run "$url/api/v1/openapi.json" \
    --header "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --phases examples,coverage,fuzzing --max-examples 40 --max-time "$seconds" --seed 1 \
    --request-timeout 20 --workers 1 --generation-database none --suppress-health-check all)
echo "api-check: passed in $(( $(date +%s) - started ))s" >&2
