#!/usr/bin/env bash
# Installs every system package LienThong needs to build, run and test (Debian 12).
# Idempotent: when everything is present it returns in well under a second.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-pdf-dev libqt6pdfwidgets6 qt6-webengine-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-httpserver-dev
  qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qtkeychain-qt6-dev libpodofo-dev libssl-dev libsqlite3-dev libp11-kit-dev
  softhsm2 opensc libengine-pkcs11-openssl poppler-utils qpdf libnss3-tools
  xvfb xauth dbus-x11 gnome-keyring libsecret-tools fonts-liberation2 libxkbcommon-dev
  clang-format imagemagick x11-utils qt6-translations-l10n postgresql libxlsxwriter-dev unzip
  libreoffice-writer-nogui libxmlsec1-dev xmlsec1 zlib1g-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
