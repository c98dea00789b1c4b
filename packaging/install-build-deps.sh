#!/usr/bin/env bash
# Installs everything needed to build, test, benchmark and demo BrandMind Backup on Debian 12 (run as
# root). Debian packages only, plus the npm test tooling pinned in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build pkg-config git make ca-certificates openssl
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    libgl-dev qtkeychain-qt6-dev libquazip1-qt6-dev libhiredis-dev libqt6svg6 qt6-svg-dev
    redis-server redis-tools python3
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    rclone imagemagick
    desktop-file-utils appstream xdotool
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# The distribution's redis-server service is not used: tests and the demo start their own servers.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund --loglevel=error
fi
