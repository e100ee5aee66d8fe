# Sourced by the checks that need a live `ladder serve` (api-check.sh, browser-check.sh): builds
# ladder, makes a throwaway folder, starts the server on 127.0.0.1 (a port the system picks) and
# stops it on the way out, pass or fail, showing its log when the check failed.
#   . scripts/serve-lib.sh NAME     # sets $ladder and $work; then `start_server` sets $url

check_name="$1"
scripts/ensure-sqlite.sh
swift build --product ladder >&2
ladder="$(swift build --show-bin-path)/ladder"

work="$(mktemp -d "${TMPDIR:-/tmp}/ladder-$check_name.XXXXXX")"
server=""
stop() {
    status=$?
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        kill -TERM "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    if [ "$status" -ne 0 ] && [ -s "$work/serve.log" ]; then
        echo "--- the server's log (last 40 lines) ---" >&2
        tail -n 40 "$work/serve.log" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap stop EXIT INT TERM

# Starts `ladder serve` on the registry in $LADDER_DB and waits until it says where it listens.
start_server() {
    "$ladder" serve --listen 127.0.0.1:0 2>"$work/serve.log" &
    server=$!
    url=""
    for _ in $(seq 1 300); do
        url="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/serve.log" | head -n 1)"
        [ -n "$url" ] && return 0
        kill -0 "$server" 2>/dev/null || { echo "$check_name: ladder serve stopped before listening" >&2; exit 1; }
        sleep 0.1
    done
    echo "$check_name: ladder serve did not say where it listens within 30 s" >&2
    exit 1
}
