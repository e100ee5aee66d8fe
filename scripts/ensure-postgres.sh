#!/usr/bin/env bash
# Installs Debian's PostgreSQL server and client (postgresql) and openssl when missing: the tests
# of the PostgreSQL engine run against a throwaway cluster with TLS (scripts/postgres-cluster.sh).
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v psql >/dev/null 2>&1 \
    || ! command -v openssl >/dev/null 2>&1; then
    echo "installing postgresql…" >&2
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq postgresql openssl >/dev/null
fi
