#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start DIR` makes one in DIR (initdb, C locale,
# UTF-8, trust sign-in on 127.0.0.1 and 127.0.0.2 only, a free port), starts it and writes its
# address to DIR/url (postgres://ladder_test@127.0.0.1:PORT/ladder_test); `stop DIR` stops it and
# removes DIR. PostgreSQL refuses to run as root, so as root the cluster belongs to the packaged
# `postgres` user.
# TLS is on, as on a province's server: openssl makes a CA (DIR/ca.pem) and the server's
# certificate it signs (CN=localhost, names localhost and 127.0.0.1, not 127.0.0.2: the TLS tests
# reach the same server by a name the certificate lacks), and a second CA that signed nothing
# (DIR/other-ca.pem, for the tests of a certificate that does not verify).
set -euo pipefail
action=${1:?usage: postgres-cluster.sh start|stop DIR}
dir=${2:?usage: postgres-cluster.sh start|stop DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
# make_certificates DIR: DIR/ca.pem, DIR/other-ca.pem and the server's key and certificate in DIR/tls
# (P-256 keys: made in milliseconds; valid two days, longer than any test run). Called after `||`,
# where set -e does not reach, so each step says its own failure.
make_certificates() {
    local tls="$1/tls" ca
    mkdir -p "$tls"
    for ca in ca other-ca; do
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj "/CN=ladder test $ca" \
            -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
            -keyout "$tls/$ca.key" -out "$1/$ca.pem" || return 1
    done
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" \
        -keyout "$tls/server.key" -out "$tls/server.csr" || return 1
    printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1" "basicConstraints=critical,CA:FALSE" \
        "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" >"$tls/server.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$1/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
        -extfile "$tls/server.ext" -out "$tls/server.crt" || return 1
    chmod 600 "$tls/server.key"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$tls"; fi
}

case "$action" in
start)
    mkdir -p "$dir/data"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$dir/data" -U ladder_test --auth=trust --locale=C --encoding=UTF8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    echo "host all all 127.0.0.2/32 trust" >>"$dir/data/pg_hba.conf"
    make_certificates "$dir" 2>"$dir/openssl.log" || { cat "$dir/openssl.log" >&2; exit 1; }
    ssl="-c ssl=on -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1,127.0.0.2 -p $port -k $dir -c fsync=off -c full_page_writes=off $ssl" \
        start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U ladder_test ladder_test
    echo "postgres://ladder_test@127.0.0.1:$port/ladder_test" >"$dir/url"
    ;;
stop)
    if [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
*) echo "usage: postgres-cluster.sh start|stop DIR" >&2; exit 64 ;;
esac
