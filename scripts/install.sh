#!/usr/bin/env bash
# Builds ladder in release mode and installs it, with shell completions, under a prefix:
#   scripts/install.sh                 # /usr/local: /usr/local/bin/ladder (needs root)
#   scripts/install.sh --prefix ~/.local
# Installs SQLite's headers first when they are missing (as scripts/test.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."

prefix=/usr/local
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        -h|--help) sed -n 2,5p "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (see --help)" >&2; exit 64 ;;
    esac
done

scripts/ensure-sqlite.sh
echo "== building ladder (release; the first build takes a few minutes)" >&2
swift build -c release --product ladder >&2
bin="$(swift build -c release --show-bin-path)/ladder"

install -d "$prefix/bin" "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
    "$prefix/share/fish/vendor_completions.d"
install -m 0755 "$bin" "$prefix/bin/ladder"
"$bin" --generate-completion-script bash > "$prefix/share/bash-completion/completions/ladder"
"$bin" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_ladder"
"$bin" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/ladder.fish"

echo "installed $prefix/bin/ladder and its bash, zsh and fish completions" >&2
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "note: $prefix/bin is not on your PATH; add it with: export PATH=\"$prefix/bin:\$PATH\"" >&2 ;;
esac
