#!/usr/bin/env bash
# Runs the test suite: installs SQLite's headers when missing, then `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-sqlite.sh

swift build --build-tests "$@"
swift test --skip-build "$@"
