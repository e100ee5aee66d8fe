#!/usr/bin/env bash
# Renders a report page to PNG with headless Chromium, as a person would see it on screen.
#   scripts/render-report.sh IN.html OUT.png [WIDTH [HEIGHT]]
# WIDTH defaults to 1280, HEIGHT to 2400 pixels; pick a HEIGHT that fits the page so the
# picture has no blank tail. Installs chromium and the Noto CJK fonts from apt when missing.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 IN.html OUT.png [WIDTH [HEIGHT]]" >&2
    exit 64
fi
in="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$2"
width="${3:-1280}"
height="${4:-2400}"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ] || ! fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null; then
    echo "installing chromium and fonts-noto-cjk…" >&2
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
    browser="$(command -v chromium)"
fi

flags=(--headless --disable-gpu --no-sandbox --hide-scrollbars --force-device-scale-factor=1
       --default-background-color=eef1f5ff --run-all-compositor-stages-before-draw --virtual-time-budget=2000)

"$browser" "${flags[@]}" --window-size="$width,$height" --screenshot="$out" "file://$in" 2>/dev/null
echo "wrote $out" >&2
