#!/usr/bin/env bash
# Builds LadderKit's DocC documentation (the API and the getting-started article) into
# .build/plugins/Swift-DocC/outputs/LadderKit.doccarchive; warnings fail the build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-sqlite.sh
swift package --disable-sandbox generate-documentation --target LadderKit --warnings-as-errors "$@"
