#!/usr/bin/env bash
# Crash safety at scale: kill `ladder import` with SIGKILL at random moments and check, after
# every kill, that the registry is intact (PRAGMA integrity_check, `ladder verify`), that the
# batch is wholly present or wholly absent (batches, enterprises, events counted), and that
# importing again completes with the right counts. CI runs the same loop at small scale
# (Tests/ladderTests/CrashTests.swift).
#
#   scripts/crash-test.sh [KILLS] [ROWS]      default 20 kills of a 200,000-row import
#   CRASH_SEED=7 scripts/crash-test.sh        replay the random moments of an earlier run
#
# Odd kills hit an import into an empty registry (deferred indexes rebuilt inside the
# transaction), even kills one into a registry that already holds the first half of the roster.
# Only kills that land while the import runs count; one that comes after it exited is retried.
set -euo pipefail
cd "$(dirname "$0")/.."

KILLS="${1:-20}"
ROWS="${2:-200000}"
SEED="${CRASH_SEED:-$(date +%s)}"
GEN=../shared/tools/gen_roster.py

fail() { echo "crash-test: $*" >&2; exit 1; }
[ -f "$GEN" ] || fail "$GEN not found: the roster generator lives in ../shared/tools (see ../shared/README.md)"
command -v python3 >/dev/null || fail "python3 is needed to generate the roster"

echo "== building ladder (release)" >&2
swift build -c release --product ladder >&2
ladder="$(swift build -c release --show-bin-path)/ladder"
work="$(mktemp -d "${TMPDIR:-/tmp}/ladder-crash.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export LADDER_OPERATOR=crash-test

roster="$work/roster.csv" half="$work/half.csv"
python3 "$GEN" --rows "$ROWS" --seed 1 --out "$roster" >/dev/null 2>&1
head -n $((ROWS / 2 + 1)) "$roster" > "$half"

now_ms() { date +%s%3N; }
# "batches enterprises events" of a registry: import batches listed, and verify's summary line.
counts() {
    local batches summary
    batches=$(( $(LADDER_DB="$1" "$ladder" imports --format csv | wc -l) - 1 ))
    summary=$(LADDER_DB="$1" "$ladder" verify) || { echo "verify failed: $summary" >&2; return 1; }
    echo "$batches $(echo "$summary" | sed -E 's/^registry verified: ([0-9,]+) enterprises, ([0-9,]+) events.*/\1 \2/; s/,//g')"
}
integrity() {
    if command -v sqlite3 >/dev/null; then sqlite3 "$1" "PRAGMA integrity_check"; else echo "ok"; fi
}
import_into() { LADDER_DB="$1" "$ladder" import "$2" --silent >/dev/null; }

echo "== reference runs ($ROWS rows, seed $SEED)" >&2
LADDER_DB="$work/empty.sqlite" "$ladder" init >/dev/null
LADDER_DB="$work/halfway.sqlite" "$ladder" init >/dev/null
import_into "$work/halfway.sqlite" "$half"
cp "$work/empty.sqlite" "$work/ref.sqlite"
start=$(now_ms); import_into "$work/ref.sqlite" "$roster"; duration=$(( $(now_ms) - start ))
full=$(counts "$work/ref.sqlite")
cp "$work/halfway.sqlite" "$work/ref2.sqlite"; import_into "$work/ref2.sqlite" "$roster"
halfway=$(counts "$work/halfway.sqlite") full2=$(counts "$work/ref2.sqlite")
echo "a whole import takes ${duration} ms; counts (batches enterprises events): empty→'$full', half→'$halfway'→'$full2'" >&2

RANDOM=$SEED
killed=0 attempts=0 absent=0 present=0 problems=0 finished=0
while [ "$killed" -lt "$KILLS" ]; do
    attempts=$((attempts + 1))
    [ "$attempts" -le $((KILLS * 3)) ] || fail "only $killed of $KILLS kills landed while the import ran"
    db="$work/crash.sqlite"
    rm -f "$db" "$db"-wal "$db"-shm "$db".lock-holder
    if [ $((attempts % 2)) -eq 1 ]; then
        cp "$work/empty.sqlite" "$db"; before="0 0 0"; after="$full"
    else
        cp "$work/halfway.sqlite" "$db"; before="$halfway"; after="$full2"
    fi
    delay=$(( ((RANDOM << 15) | RANDOM) % (duration + 1) ))
    LADDER_DB="$db" "$ladder" import "$roster" --silent >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    kill -KILL "$pid" 2>/dev/null || true
    status=0; wait "$pid" 2>/dev/null || status=$?
    if [ "$status" -ne 137 ]; then finished=$((finished + 1)); continue; fi
    killed=$((killed + 1))

    kind=$([ $((attempts % 2)) -eq 1 ] && echo "empty" || echo "half-filled")
    check=$(integrity "$db")
    if [ "$check" != "ok" ]; then
        echo "kill $killed at ${delay} ms: integrity_check says: $check" >&2; problems=$((problems + 1)); continue
    fi
    got=$(counts "$db") || { echo "kill $killed at ${delay} ms: ladder verify found problems" >&2; problems=$((problems + 1)); continue; }
    if [ "$got" = "$before" ]; then
        absent=$((absent + 1)); outcome="absent"
    elif [ "$got" = "$after" ]; then
        present=$((present + 1)); outcome="wholly present"
    else
        echo "kill $killed at ${delay} ms: counts '$got' are neither '$before' nor '$after'" >&2; problems=$((problems + 1)); continue
    fi
    import_into "$db" "$roster" || { echo "kill $killed: importing again failed" >&2; problems=$((problems + 1)); continue; }
    read -r b _ _ <<< "$got"; read -r _ fe fv <<< "$after"
    again=$(counts "$db") || again="verify failed"
    if [ "$again" != "$((b + 1)) $fe $fv" ]; then
        echo "kill $killed: after importing again, counts '$again', expected '$((b + 1)) $fe $fv'" >&2
        problems=$((problems + 1)); continue
    fi
    echo "kill $killed at ${delay} ms into the $kind registry: batch $outcome, integrity ok, verify ok, re-import counts ok" >&2
done

echo "crash test: $killed kills of a $ROWS-row import (seed $SEED, whole import ${duration} ms): batch absent $absent," \
     "wholly present $present, problems $problems; $finished run(s) finished before their kill and were retried"
[ "$problems" -eq 0 ]
