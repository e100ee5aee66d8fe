# Timing helpers the benchmark scripts source (not run on its own).

# measure COMMAND...: "seconds peak_kb" of the best of $RUNS runs (/usr/bin/time), each after
# eval "$SETUP" when set; the time file goes to $WORK.
measure() {
    local best="" out
    for _ in $(seq "$RUNS"); do
        [ -n "${SETUP:-}" ] && eval "$SETUP"
        /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>&1 || true
        out=$(tail -n 1 "$WORK/time.txt")
        if [ -z "$best" ] || awk -v a="$out" -v b="$best" 'BEGIN{split(a,x," ");split(b,y," ");exit !(x[1]<y[1])}'; then best=$out; fi
    done
    echo "$best"
}

# runs_ms COMMAND...: the wall milliseconds of $RUNS runs after one warm-up run (OS file cache), sorted.
runs_ms() {
    "$@" >/dev/null
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
        echo $(( (end - start) / 1000000 ))
    done | sort -n
}

# time_ms LABEL COMMAND...: min and median wall milliseconds over $RUNS runs.
time_ms() {
    local label=$1; shift
    runs_ms "$@" | awk -v label="$label" '{ t[NR] = $1 } END {
        printf "%-48s min %5d ms   median %5d ms\n", label, t[1], t[int((NR + 1) / 2)] }'
}

# postgres_bin NAME: the path of PostgreSQL's program NAME (psql, postgres, …), newest installed version.
postgres_bin() { echo "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/$1"; }

# postgres_server: sets POSTGRES_SERVER to $BENCH_POSTGRES (a server database the script may create
# and drop databases from) or to a throwaway local cluster (scripts/postgres-cluster.sh) stopped when
# the script exits; returns 1 when neither is at hand.
postgres_server() {
    POSTGRES_SERVER=${BENCH_POSTGRES:-}
    [ -n "$POSTGRES_SERVER" ] && return 0
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || return 1
    POSTGRES_CLUSTER=$(mktemp -d)
    trap 'scripts/postgres-cluster.sh stop "$POSTGRES_CLUSTER"' EXIT
    scripts/postgres-cluster.sh start "$POSTGRES_CLUSTER"
    POSTGRES_SERVER=$(cat "$POSTGRES_CLUSTER/url")
    # The local cluster has TLS on; over loopback, unencrypted, as the measurements before it.
    export PGSSLMODE=disable
}

# empty_postgres NAME: drops and creates database NAME on $POSTGRES_SERVER (empty: `ladder copy` fills it).
empty_postgres() {
    "$(postgres_bin psql)" -q "$POSTGRES_SERVER" \
        -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
}

# fresh_postgres NAME: database NAME on $POSTGRES_SERVER, new, holding an empty registry.
fresh_postgres() {
    empty_postgres "$1"
    "$LADDER" init --db "${POSTGRES_SERVER%/*}/$1" >/dev/null
}

# release_ladder: $LADDER_BIN when set, else a release build's ladder (built now); sets LADDER.
release_ladder() {
    if [ -n "${LADDER_BIN:-}" ]; then
        LADDER=$LADDER_BIN
    else
        echo "== building (release)" >&2
        swift build -c release --product ladder >&2
        LADDER="$(swift build -c release --show-bin-path)/ladder"
    fi
}

# generated_roster ROWS PATH: gen_roster.py's roster of ROWS rows (--seed 1) at PATH unless it is
# there already ($GEN; without it, `ladder sample`).
generated_roster() {
    [ -s "$2" ] && return
    echo "== generating $2" >&2
    if [ -f "$GEN" ]; then python3 "$GEN" --rows "$1" --seed 1 --quiet --out "$2"
    else "$LADDER" sample --rows "$1" --seed 1 --out "$2" >&2; fi
}
