#!/usr/bin/env bash
# Installs SQLite's headers and shell (Debian's libsqlite3-dev, sqlite3) when they are missing:
# ladder links the system SQLite. Shared by test.sh, demo.sh and install.sh.
set -euo pipefail
if ! { [ -f /usr/include/sqlite3.h ] || dpkg -s libsqlite3-dev >/dev/null 2>&1; }; then
    echo "installing libsqlite3-dev…" >&2
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq libsqlite3-dev sqlite3 >/dev/null
fi
