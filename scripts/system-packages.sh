#!/usr/bin/env bash
# Debian/Ubuntu packages the app, its tests and its builds need beyond Python: poppler and
# its CJK data (pdfsig, pdffonts, pdftotext, pdftoppm: the tests check our PDFs the way a
# third party would), a Chinese font and fontconfig for the interface, openssl (the tests
# verify bundle signatures with it), binutils (PyInstaller's objdump and strip), and the
# libraries Qt's xcb and offscreen platforms load, with Xvfb for real windows. Installs only
# what is missing; does nothing on other systems.
set -euo pipefail
command -v dpkg >/dev/null 2>&1 || exit 0
packages=(poppler-utils poppler-data fonts-wqy-microhei fontconfig openssl binutils
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 xvfb xauth)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
((${#missing[@]})) || exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
