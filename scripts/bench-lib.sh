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

# time_ms LABEL COMMAND...: min and median wall milliseconds over $RUNS runs.
time_ms() {
    local label=$1; shift
    "$@" >/dev/null  # warm the OS file cache once
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
        echo $(( (end - start) / 1000000 ))
    done | sort -n | awk -v label="$label" '{ t[NR] = $1 } END {
        printf "%-48s min %5d ms   median %5d ms\n", label, t[1], t[int((NR + 1) / 2)] }'
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
