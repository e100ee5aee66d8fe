#!/usr/bin/env bash
# Runs the test suite: installs SQLite's headers and poppler's pdftotext (the PDF list tests) when
# missing, then `swift test`, then the web pages in a real browser (scripts/browser-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-sqlite.sh

if ! command -v pdftotext >/dev/null 2>&1; then
    echo "installing poppler-utils (pdftotext)…" >&2
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq poppler-utils >/dev/null
fi

swift build --build-tests "$@"
swift test --skip-build "$@"

# The web pages in a real browser (installs chromium, chromedriver and selenium when missing).
scripts/browser-check.sh
