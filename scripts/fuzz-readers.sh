#!/bin/sh
# Longer fuzz campaign for the table readers (CSV, XLSX, XLS): mutated inputs must end in rows or
# a ReadError, never a crash or a hang. CI runs the same test with 150 iterations per input.
#
#   scripts/fuzz-readers.sh [ITERATIONS] [SEED]     e.g. scripts/fuzz-readers.sh 20000 7
#
# A failure prints the input kind, iteration and seed; rerun with that seed to replay it.
set -eu
cd "$(dirname "$0")/.."
LADDER_FUZZ_ITERATIONS="${1:-5000}" LADDER_FUZZ_SEED="${2:-$(date +%s)}" \
    swift test --filter 'ReadingTests.ReaderFuzzTests'
