#!/usr/bin/env bash
# Installs the Debian 12 packages Amanah needs to build, run and test. Idempotent and
# non-interactive: when everything is present it changes nothing and prints one line.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-charts-dev libqt6opengl6-dev libgl-dev
    libbotan-2-dev libqrencode-dev libphonenumber-dev libsqlite3-dev
    postgresql-15 postgresql-client-15
    cracklib-runtime
    qt6-qpa-plugins fonts-dejavu-core xvfb xauth poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "bootstrap: all ${#PACKAGES[@]} packages are installed"
    exit 0
fi

echo "bootstrap: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
