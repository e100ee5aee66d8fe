#!/usr/bin/env bash
# Runs the test suite: installs SQLite's headers, poppler's pdftotext (the PDF list tests) and
# PostgreSQL when missing, starts a throwaway PostgreSQL cluster on 127.0.0.1 for the PostgreSQL
# tests (LADDER_TEST_POSTGRES, and LADDER_TEST_POSTGRES_CA: its CA file, for the TLS tests; stopped
# when this script ends, pass or fail), then `swift test`,
# then the web pages in a real browser (scripts/browser-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-sqlite.sh

if ! command -v pdftotext >/dev/null 2>&1; then
    echo "installing poppler-utils (pdftotext)…" >&2
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq poppler-utils >/dev/null
fi

scripts/ensure-postgres.sh
if [ -z "${LADDER_TEST_POSTGRES:-}" ]; then
    postgres_dir=$(mktemp -d)
    trap 'scripts/postgres-cluster.sh stop "$postgres_dir"' EXIT
    scripts/postgres-cluster.sh start "$postgres_dir"
    LADDER_TEST_POSTGRES=$(cat "$postgres_dir/url")
    LADDER_TEST_POSTGRES_CA=$postgres_dir/ca.pem
    export LADDER_TEST_POSTGRES LADDER_TEST_POSTGRES_CA
    echo "PostgreSQL tests run against $LADDER_TEST_POSTGRES" >&2
fi

swift build --build-tests "$@"
swift test --skip-build "$@"

# The web pages in a real browser (installs chromium, chromedriver and selenium when missing).
scripts/browser-check.sh
